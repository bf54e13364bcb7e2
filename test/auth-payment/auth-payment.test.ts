import { beforeEach, describe, expect, it } from '@jest/globals';
import { holdAccount, settlementAccount, walletAccount } from '../../src/ledger/accounts.js';
import { balanceOf } from '../../src/ledger/ledger.js';
import { verifyLedger } from '../../src/ledger/verify.js';
import { signedClient, signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';

const PAYMENT = '/snap-adapter/b2b2c/v1.0/auth/payment';
const CAPTURE = '/snap-adapter/b2b/v1.0/auth/capture';
const VOID = '/snap-adapter/b2b/v1.0/auth/void';
const RICH = { accountId: '1140340010', authCode: 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed' };
const EMPTY_AUTH_CODE = '0d3c2f1e-5b6a-4c7d-8e9f-a0b1c2d3e4f5';
const START = 5_000_000_00;
const idr = (value: string) => ({ value, currency: 'IDR' });

describe('Auth Payment, Capture and Void (63 / 65 / 67)', () => {
  let sb: TestSandbox;
  let client: SnapClient;
  beforeEach(async () => {
    ({ sb, client } = await signedIn({ customer: RICH }));
  });

  const wallet = () => balanceOf(sb.ctx.store, walletAccount(RICH.accountId));
  const held = () => balanceOf(sb.ctx.store, holdAccount(RICH.accountId));
  const settled = () => balanceOf(sb.ctx.store, settlementAccount(sb.partner.clientId));

  async function authorise(ref: string, value = '150000.00') {
    const res = await client.post(PAYMENT, { partnerReferenceNo: ref, amount: idr(value), title: 'Hotel deposit', merchantId: 'M-1' });
    if (res.body.responseCode !== '2006300') throw new Error(JSON.stringify(res.body));
    return res.body.referenceNo as string;
  }
  const capture = (referenceNo: string, ref: string, no: string, value: string, extra: Record<string, unknown> = {}) =>
    client.post(CAPTURE, { originalReferenceNo: referenceNo, originalPartnerReferenceNo: ref, partnerCaptureNo: no, captureAmount: idr(value), title: 'night', ...extra });
  const voidAuth = (referenceNo: string, ref: string, no: string, extra: Record<string, unknown> = {}) =>
    client.post(VOID, { originalReferenceNo: referenceNo, originalPartnerReferenceNo: ref, partnerVoidNo: no, ...extra });

  it('when authorised, then 2006300 and the amount moves from available to held (balance inquiry shows holdAmount)', async () => {
    const res = await client.post(PAYMENT, { partnerReferenceNo: 'AUTH-1', amount: idr('150000.00'), title: 'Hotel deposit' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ responseCode: '2006300', responseMessage: 'Successful', partnerReferenceNo: 'AUTH-1', amount: idr('150000.00') });
    expect(res.body.referenceNo).toMatch(/^[0-9A-Z]{20}$/);
    expect(res.body.paidTime).toMatch(/\+07:00$/);
    expect(wallet()).toBe(START - 150_000_00);
    expect(held()).toBe(150_000_00);
    const bal = await client.post('/snap-adapter/b2b2c/v1.0/balance-inquiry', {});
    expect(bal.body.accountInfos[0]).toMatchObject({ availableBalance: idr('4850000.00'), holdAmount: idr('150000.00'), ledgerBalance: idr('5000000.00') });
  });

  it('when the available balance is short, then 4036314; above the partner maximum, then 4036302; no customer token, then 4016301', async () => {
    expect((await client.post(PAYMENT, { partnerReferenceNo: 'AUTH-BIG', amount: idr('10000000.01'), title: 't' })).body.responseCode).toBe('4036302');
    client.customerToken = undefined;
    expect((await client.post(PAYMENT, { partnerReferenceNo: 'AUTH-NC', amount: idr('1.00'), title: 't' })).body.responseCode).toBe('4016301');
    const poor = await signedClient(sb, EMPTY_AUTH_CODE); // its B2B token replaces the first client's (newest wins)
    const short = await poor.post(PAYMENT, { partnerReferenceNo: 'AUTH-POOR', amount: idr('1.00'), title: 't' });
    expect(short.status).toBe(403);
    expect(short.body).toEqual({ responseCode: '4036314', responseMessage: 'Insufficient Funds', partnerReferenceNo: 'AUTH-POOR' });
  });

  it('when partnerReferenceNo repeats with the same body, then the same authorisation; another body, then 4096301', async () => {
    const body = { partnerReferenceNo: 'AUTH-ID', amount: idr('1000.00'), title: 't' };
    const first = await client.post(PAYMENT, body);
    expect((await client.post(PAYMENT, body)).body).toEqual(first.body);
    expect((await client.post(PAYMENT, { ...body, amount: idr('2000.00') })).body.responseCode).toBe('4096301');
    expect(held()).toBe(1_000_00);
  });

  it('when captured in parts and then voided, then captures go to settlement, the void releases the rest to the wallet', async () => {
    const ref = await authorise('AUTH-P', '150000.00');
    const c1 = await capture(ref, 'AUTH-P', 'CAP-1', '50000.00');
    expect(c1.status).toBe(200);
    expect(c1.body).toMatchObject({ responseCode: '2006500', originalReferenceNo: ref, originalPartnerReferenceNo: 'AUTH-P', partnerCaptureNo: 'CAP-1', captureAmount: idr('50000.00') });
    expect(c1.body.captureNo).toMatch(/^[0-9A-Z]{20}$/);
    expect(c1.body.additionalInfo).toMatchObject({ captureStatus: 'SUCCESS', remainingAmount: idr('100000.00') });
    const c2 = await capture(ref, 'AUTH-P', 'CAP-2', '30000.00');
    expect(c2.body.additionalInfo.remainingAmount).toEqual(idr('70000.00'));
    const v = await voidAuth(ref, 'AUTH-P', 'VOID-1', { reason: 'checked out' });
    expect(v.body).toMatchObject({ responseCode: '2006700', partnerVoidNo: 'VOID-1', voidAmount: idr('70000.00'), additionalInfo: { voidStatus: 'SUCCESS', remainingAmount: idr('0.00') } });
    expect(held()).toBe(0);
    expect(settled()).toBe(80_000_00);
    expect(wallet()).toBe(START - 80_000_00);
    expect(verifyLedger(sb.ctx.store).ok).toBe(true);
  });

  it('when lastCapture is TRUE, then the remainder is released in the same step and the authorisation closes', async () => {
    const ref = await authorise('AUTH-L', '100000.00');
    const c = await capture(ref, 'AUTH-L', 'CAP-L', '60000.00', { lastCapture: 'TRUE' });
    expect(c.body.additionalInfo).toMatchObject({ remainingAmount: idr('0.00'), releasedAmount: idr('40000.00') });
    expect(held()).toBe(0);
    expect(wallet()).toBe(START - 60_000_00);
    const more = await capture(ref, 'AUTH-L', 'CAP-L2', '1.00');
    expect(more.body).toMatchObject({ responseCode: '4046500', responseMessage: 'Invalid Transaction Status' });
    expect((await voidAuth(ref, 'AUTH-L', 'VOID-L')).body.responseCode).toBe('4046700');
  });

  it('when a capture asks for more than is held, then 4046513 Invalid Amount and nothing moves', async () => {
    const ref = await authorise('AUTH-O', '100000.00');
    await capture(ref, 'AUTH-O', 'CAP-O1', '90000.00');
    const over = await capture(ref, 'AUTH-O', 'CAP-O2', '10000.01');
    expect(over.status).toBe(404);
    expect(over.body).toMatchObject({ responseCode: '4046513', responseMessage: 'Invalid Amount', partnerCaptureNo: 'CAP-O2' });
    expect(held()).toBe(10_000_00);
  });

  it('when captured after a void, or voided twice, then 4046500 / 4046700 Invalid Transaction Status', async () => {
    const ref = await authorise('AUTH-V', '100000.00');
    expect((await voidAuth(ref, 'AUTH-V', 'VOID-V1')).body.voidAmount).toEqual(idr('100000.00'));
    const afterVoid = await capture(ref, 'AUTH-V', 'CAP-V', '1.00');
    expect(afterVoid.status).toBe(404);
    expect(afterVoid.body.responseCode).toBe('4046500');
    const twice = await voidAuth(ref, 'AUTH-V', 'VOID-V2');
    expect(twice.body).toMatchObject({ responseCode: '4046700', responseMessage: 'Invalid Transaction Status' });
    expect(wallet()).toBe(START);
    expect(sb.ctx.store.transactions.get(ref)!.status).toBe('05');
  });

  it('when a void names an amount, then only that much is released; more than held → 4046713', async () => {
    const ref = await authorise('AUTH-PV', '100000.00');
    const part = await voidAuth(ref, 'AUTH-PV', 'VOID-P1', { voidAmount: idr('25000.00') });
    expect(part.body).toMatchObject({ voidAmount: idr('25000.00'), additionalInfo: { remainingAmount: idr('75000.00') } });
    expect((await voidAuth(ref, 'AUTH-PV', 'VOID-P2', { voidAmount: idr('75000.01') })).body.responseCode).toBe('4046713');
    expect((await capture(ref, 'AUTH-PV', 'CAP-PV', '75000.00')).body.responseCode).toBe('2006500');
    expect(held()).toBe(0);
    expect(verifyLedger(sb.ctx.store).ok).toBe(true);
  });

  it('when the authorisation is unknown or the references disagree, then 4046501 / 4046701', async () => {
    const ref = await authorise('AUTH-U');
    expect((await capture('NOPE', 'AUTH-U', 'CAP-U', '1.00')).body.responseCode).toBe('4046501');
    expect((await capture(ref, 'OTHER', 'CAP-U2', '1.00')).body.responseCode).toBe('4046501');
    expect((await voidAuth('NOPE', 'AUTH-U', 'VOID-U')).body.responseCode).toBe('4046701');
  });

  it('when partnerCaptureNo repeats with another body, then 4096501; the same body replays', async () => {
    const ref = await authorise('AUTH-D', '100000.00');
    const first = await capture(ref, 'AUTH-D', 'CAP-D', '1000.00');
    expect((await capture(ref, 'AUTH-D', 'CAP-D', '1000.00')).body).toEqual(first.body);
    expect((await capture(ref, 'AUTH-D', 'CAP-D', '2000.00')).body.responseCode).toBe('4096501');
    expect(settled()).toBe(1_000_00);
  });

  it('when sent to the other prefix (/b2b/ payment, /b2b2c/ capture and void), then the same operations answer', async () => {
    const res = await client.post('/snap-adapter/b2b/v1.0/auth/payment', { partnerReferenceNo: 'AUTH-B', amount: idr('1000.00'), title: 't' });
    expect(res.body.responseCode).toBe('2006300');
    const cap = await client.post('/snap-adapter/b2b2c/v1.0/auth/capture', { originalReferenceNo: res.body.referenceNo, originalPartnerReferenceNo: 'AUTH-B', partnerCaptureNo: 'C', captureAmount: idr('500.00') });
    expect(cap.body.responseCode).toBe('2006500');
    const v = await client.post('/snap-adapter/b2b2c/v1.0/auth/void', { originalReferenceNo: res.body.referenceNo, originalPartnerReferenceNo: 'AUTH-B', partnerVoidNo: 'V' });
    expect(v.body).toMatchObject({ responseCode: '2006700', voidAmount: idr('500.00') });
  });
});
