import { beforeEach, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { settlementAccount, walletAccount } from '../../src/ledger/accounts.js';
import { balanceOf } from '../../src/ledger/ledger.js';
import { externalId } from '../../src/client/signing.js';
import { signedClient, signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { CANCEL, openPurchase, PURCHASE, purchaseBody, REFUND, submitPin } from '../helpers/purchase.js';
import { EMPTY, RICH } from '../helpers/personas.js';
import { idr } from '../helpers/ledger-support.js';

/**
 * DOKU's "Idempotency Request" page: the same request ID (X-EXTERNAL-ID) with the same body gets
 * the same response body with HTTP 409 Conflict; nothing is processed twice. Another body under
 * that X-EXTERNAL-ID stays 409xx00 Conflict.
 */
const TOPUP = '/snap-adapter/b2b/v1.0/emoney/topup';
const TRANSFER = '/snap-adapter/b2b2c/v1.0/emoney/transfer-bank';
const BALANCE = '/snap-adapter/b2b2c/v1.0/balance-inquiry';

let sb: TestSandbox;
let c: SnapClient;
let seq = 0;
const ref = (prefix: string) => `${prefix}-${Date.now()}-${++seq}`;

beforeEach(async () => {
  ({ sb, client: c } = await signedIn({ customer: RICH }));
});

/** One signed request, sent as many times as asked with the very same headers and bytes. */
function fixedRequest(client: SnapClient, path: string, body: unknown, text = JSON.stringify(body)) {
  const headers = client.headers(path, JSON.parse(text), {});
  return () => request(sb.app).post(path).set(headers).send(text);
}

const wallet = (accountId: string) => balanceOf(sb.ctx.store, walletAccount(accountId));
const settlement = () => balanceOf(sb.ctx.store, settlementAccount(sb.partner.clientId));
const postings = () => sb.ctx.store.postings.size;
const transactions = () => sb.ctx.store.transactions.size;

async function ledgerIsSound(): Promise<void> {
  const verify = await sb.http.get('/admin/ledger/verify');
  expect(verify.body.checks.filter((check: { ok: boolean }) => !check.ok)).toEqual([]);
}

async function paidPurchase(value = '100000.00'): Promise<string> {
  const partnerReferenceNo = ref('INV');
  const opened = await openPurchase(c, partnerReferenceNo, value);
  expect((await submitPin(sb, opened.token, RICH.pin)).status).toBe(302);
  return partnerReferenceNo;
}

interface Case {
  name: string;
  path: string;
  /** Runs before the body is built (a refund needs a paid purchase). */
  prepare?: () => Promise<Record<string, string>>;
  body: (ctx: Record<string, string>) => Record<string, unknown>;
  /** The other body under the same X-EXTERNAL-ID. */
  other: (body: Record<string, unknown>) => Record<string, unknown>;
  /** Money the call moves, read from the ledger. */
  money: () => number;
  /** How much money() changes when the call is done once. */
  moves: number;
  code: string;
}

const CASES: Case[] = [
  {
    name: 'Top Up',
    path: TOPUP,
    body: () => ({ partnerReferenceNo: ref('TOPUP'), customerNumber: EMPTY.accountId, amount: idr('25000.00') }),
    other: (body) => ({ ...body, amount: idr('30000.00') }),
    money: () => wallet(EMPTY.accountId),
    moves: 25000_00,
    code: '38',
  },
  {
    name: 'Purchase Web',
    path: PURCHASE,
    body: () => purchaseBody(ref('INV'), '15000.00'),
    other: (body) => ({ ...body, amount: idr('16000.00') }),
    // Opening a purchase moves no money: what must not happen twice is the purchase itself.
    money: () => sb.ctx.store.transactions.allBy('account', RICH.accountId).filter((t) => t.type === 'PURCHASE').length,
    moves: 1,
    code: '54',
  },
  {
    name: 'Transfer to Bank',
    path: TRANSFER,
    body: () => ({ partnerReferenceNo: ref('TRF'), beneficiaryAccountNumber: '8377388292', beneficiaryBankCode: '014', amount: idr('200000.00') }),
    other: (body) => ({ ...body, amount: idr('200000.01') }),
    money: () => wallet(RICH.accountId),
    moves: -200000_00,
    code: '43',
  },
  {
    name: 'Refund Purchase',
    path: REFUND,
    prepare: async () => ({ purchase: await paidPurchase() }),
    body: ({ purchase }) => ({ originalPartnerReferenceNo: purchase!, partnerRefundNo: ref('RFD'), refundAmount: idr('1000.00') }),
    other: (body) => ({ ...body, refundAmount: idr('2000.00') }),
    money: () => settlement(),
    moves: -1000_00,
    code: '58',
  },
];

describe.each(CASES)('$name: the same X-EXTERNAL-ID again', ({ path, prepare, body: makeBody, other, money, moves, code }) => {
  it('with the same body, then the original answer (referenceNo included) with HTTP 409, and nothing is processed twice', async () => {
    const body = makeBody((await prepare?.()) ?? {});
    const send = fixedRequest(c, path, body);
    const before = { money: money(), postings: postings(), transactions: transactions() };
    const first = await send();
    expect([first.status, first.body.responseCode]).toEqual([200, `200${code}00`]);
    const after = { money: money(), postings: postings(), transactions: transactions() };
    expect(after).not.toEqual(before);

    const again = await send();
    expect(again.status).toBe(409);
    expect(again.body).toEqual(first.body);
    expect(again.body.referenceNo).toEqual(first.body.referenceNo);
    expect({ money: money(), postings: postings(), transactions: transactions() }).toEqual(after);
    await ledgerIsSound();
  });

  it('with another body, then 409xx00 Conflict and nothing moves', async () => {
    const body = makeBody((await prepare?.()) ?? {});
    const id = externalId();
    expect((await c.post(path, body, { 'X-EXTERNAL-ID': id })).status).toBe(200);
    const after = { money: money(), postings: postings(), transactions: transactions() };
    const res = await c.post(path, other(body), { 'X-EXTERNAL-ID': id });
    expect(res.status).toBe(409);
    expect(res.body).toEqual({ responseCode: `409${code}00`, responseMessage: 'Conflict' });
    expect({ money: money(), postings: postings(), transactions: transactions() }).toEqual(after);
  });

  it('20 times at once, then one 200 and nineteen 409s with the same answer, and the money moves once', async () => {
    const body = makeBody((await prepare?.()) ?? {});
    const send = fixedRequest(c, path, body);
    const before = { money: money(), postings: postings(), transactions: transactions() };
    const answers = await Promise.all(Array.from({ length: 20 }, () => send()));
    expect(answers.map((a) => a.status).sort()).toEqual([200, ...Array(19).fill(409)]);
    const original = answers.find((a) => a.status === 200)!.body;
    expect(original.responseCode).toBe(`200${code}00`);
    for (const a of answers) expect(a.body).toEqual(original);
    expect(money() - before.money).toBe(moves);
    expect(transactions() - before.transactions).toBe(1);
    expect(postings() - before.postings).toBe(moves === 1 ? 0 : 1); // opening a purchase posts nothing
    await ledgerIsSound();
  });
});

describe('X-EXTERNAL-ID and the partnerReferenceNo rule side by side', () => {
  it('when key order and whitespace differ, then it is the same body: 409 with the original answer', async () => {
    const reference = ref('TOPUP');
    const compact = `{"partnerReferenceNo":"${reference}","customerNumber":"${EMPTY.accountId}","amount":{"value":"10000.00","currency":"IDR"}}`;
    const reordered = `{ "amount": { "currency": "IDR", "value": "10000.00" },\n  "customerNumber": "${EMPTY.accountId}", "partnerReferenceNo": "${reference}" }`;
    const id = externalId();
    const send = (text: string) => request(sb.app).post(TOPUP).set(c.headers(TOPUP, JSON.parse(text), { 'X-EXTERNAL-ID': id })).send(text);
    const first = await send(compact);
    expect(first.status).toBe(200);
    const again = await send(reordered);
    expect([again.status, again.body]).toEqual([409, first.body]);
    expect(wallet(EMPTY.accountId)).toBe(10000_00);
  });

  it('when the answer was lost (magic .04: processed, then 504xx00), then the retry under the same X-EXTERNAL-ID gets the referenceNo with 409', async () => {
    const body = { partnerReferenceNo: ref('TOPUP'), customerNumber: EMPTY.accountId, amount: idr('10000.04') };
    const send = fixedRequest(c, TOPUP, body);
    const lost = await send();
    expect([lost.status, lost.body.responseCode]).toEqual([504, '5043800']);
    const retry = await send();
    expect(retry.status).toBe(409);
    expect(retry.body).toMatchObject({ responseCode: '2003800', partnerReferenceNo: body.partnerReferenceNo, referenceNo: expect.stringMatching(/^[0-9A-Z]{20}$/) });
    expect(sb.ctx.store.transactions.get(retry.body.referenceNo)).toMatchObject({ status: '00', amountMinor: 10000_04 });
    expect(wallet(EMPTY.accountId)).toBe(10000_04);
  });

  it('when the same body comes with a new X-EXTERNAL-ID, then the partnerReferenceNo rule answers 200 with the original; that X-EXTERNAL-ID again → 409 with it', async () => {
    const body = { partnerReferenceNo: ref('TOPUP'), customerNumber: EMPTY.accountId, amount: idr('10000.00') };
    const first = await c.post(TOPUP, body);
    const second = fixedRequest(c, TOPUP, body);
    const viaReference = await second();
    expect([viaReference.status, viaReference.body]).toEqual([200, first.body]);
    const viaExternalId = await second();
    expect([viaExternalId.status, viaExternalId.body]).toEqual([409, first.body]);
    expect(wallet(EMPTY.accountId)).toBe(10000_00);
  });

  it('when the first call was refused, then its answer is not replayed: the same X-EXTERNAL-ID is 409xx00, a new one may retry', async () => {
    const body = { partnerReferenceNo: ref('TOPUP'), customerNumber: EMPTY.accountId, amount: idr('1.00') }; // below the minimum
    const send = fixedRequest(c, TOPUP, body);
    const refused = await send();
    expect([refused.status, refused.body.responseCode]).toEqual([403, '4033802']);
    const again = await send();
    expect([again.status, again.body]).toEqual([409, { responseCode: '4093800', responseMessage: 'Conflict' }]);
    const retried = await c.post(TOPUP, { ...body, amount: idr('10000.00') });
    expect(retried.status).toBe(200);
  });

  it('when a query (Balance Inquiry) repeats its X-EXTERNAL-ID, then 409xx00 as before: queries are not answered again', async () => {
    const send = fixedRequest(c, BALANCE, {});
    expect((await send()).status).toBe(200);
    const again = await send();
    expect([again.status, again.body]).toEqual([409, { responseCode: '4091100', responseMessage: 'Conflict' }]);
  });

  it('when the same X-EXTERNAL-ID and body go to another operation, then 409xx00; to the /b2b2c/ twin of the same operation, then the original answer', async () => {
    const body = { partnerReferenceNo: ref('TOPUP'), customerNumber: EMPTY.accountId, amount: idr('10000.00') };
    const id = externalId();
    const first = await c.post(TOPUP, body, { 'X-EXTERNAL-ID': id });
    expect(first.status).toBe(200);
    const inquiry = await c.post('/snap-adapter/b2b/v1.0/emoney/account-inquiry', body, { 'X-EXTERNAL-ID': id });
    expect([inquiry.status, inquiry.body]).toEqual([409, { responseCode: '4093700', responseMessage: 'Conflict' }]);
    const twin = await c.post('/snap-adapter/b2b2c/v1.0/emoney/topup', body, { 'X-EXTERNAL-ID': id });
    expect([twin.status, twin.body]).toEqual([409, first.body]);
    expect(wallet(EMPTY.accountId)).toBe(10000_00);
  });

  it('when a Cancel Purchase (no partner key) is repeated under its X-EXTERNAL-ID, then the original answer with 409 and the money goes back once', async () => {
    const purchase = await paidPurchase('10000.00');
    const paidBalance = wallet(RICH.accountId);
    const send = fixedRequest(c, CANCEL, { originalPartnerReferenceNo: purchase });
    const first = await send();
    expect(first.body.responseCode).toBe('2005700');
    const again = await send();
    expect([again.status, again.body]).toEqual([409, first.body]);
    expect(wallet(RICH.accountId)).toBe(paidBalance + 10000_00);
    const anotherId = await c.post(CANCEL, { originalPartnerReferenceNo: purchase });
    expect(anotherId.body.responseCode).toBe('4045700');
  });
});

describe('X-EXTERNAL-ID replay and the clock', () => {
  it('when the same request comes on the next Jakarta day, then it is a new X-EXTERNAL-ID use: the partnerReferenceNo rule answers 200', async () => {
    const b2b = await signedClient(sb);
    const body = { partnerReferenceNo: ref('TOPUP'), customerNumber: EMPTY.accountId, amount: idr('10000.00') };
    const id = externalId();
    const first = await b2b.post(TOPUP, body, { 'X-EXTERNAL-ID': id });
    sb.clock.advance(24 * 3600);
    await b2b.getB2bToken();
    const nextDay = await b2b.post(TOPUP, body, { 'X-EXTERNAL-ID': id });
    expect([nextDay.status, nextDay.body]).toEqual([200, first.body]);
    expect(wallet(EMPTY.accountId)).toBe(10000_00);
  });
});
