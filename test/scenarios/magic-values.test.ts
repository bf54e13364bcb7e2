import { beforeEach, describe, expect, it } from '@jest/globals';
import { walletAccount } from '../../src/ledger/accounts.js';
import { balanceOf } from '../../src/ledger/ledger.js';
import { signedClient, signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { RICH } from '../helpers/personas.js';
import { RICH_ACCOUNT } from '../helpers/scenarios.js';

const TOPUP = '/snap-adapter/b2b/v1.0/emoney/topup';
const TOPUP_STATUS = '/snap-adapter/b2b/v1.0/emoney/topup-status';
const TRANSFER = '/snap-adapter/b2b2c/v1.0/emoney/transfer-bank';
const BANK_INQUIRY = '/snap-adapter/b2b/v1.0/emoney/bank-account-inquiry';
const PURCHASE = '/snap-adapter/b2b2c/v1.0/debit/payment-host-to-host';
const AUTH_PAYMENT = '/snap-adapter/b2b2c/v1.0/auth/payment';
const ACCOUNT_CREATION = '/snap-adapter/b2b/v1.0/registration-account-creation';
const VERIFY_OTP = '/snap-adapter/b2b/v1.0/otp-verification';
const idr = (value: string) => ({ value, currency: 'IDR' });

let sb: TestSandbox;
let c: SnapClient;
let seq = 0;
const ref = () => `MAGIC-${++seq}`;
const wallet = () => balanceOf(sb.ctx.store, walletAccount(RICH_ACCOUNT));

beforeEach(async () => {
  ({ sb, client: c } = await signedIn({ customer: RICH }));
});

const bodies: Record<string, (value: string) => Record<string, unknown>> = {
  [TOPUP]: (value) => ({ partnerReferenceNo: ref(), customerNumber: RICH_ACCOUNT, amount: idr(value) }),
  [TRANSFER]: (value) => ({ partnerReferenceNo: ref(), beneficiaryAccountNumber: '8377388292', beneficiaryBankCode: '014', amount: idr(value) }),
  [PURCHASE]: (value) => ({ partnerReferenceNo: ref(), amount: idr(value), urlParams: [{ url: 'https://merchant.example/return', type: 'PAY_RETURN', isDeeplink: 'N' }] }),
  [AUTH_PAYMENT]: (value) => ({ partnerReferenceNo: ref(), amount: idr(value), title: 'Deposit' }),
};

describe('magic amounts (built-in scenario magic-values)', () => {
  it.each([
    [TOPUP, '38'],
    [TRANSFER, '43'],
    [PURCHASE, '54'],
    [AUTH_PAYMENT, '63'],
  ])('when %s is asked for an amount ending in .14, then 403xx14 Insufficient Funds and no money moves', async (path, service) => {
    const before = wallet();
    const res = await c.post(path, bodies[path]!('20000.14'));
    expect([res.status, res.body.responseCode, res.body.responseMessage]).toEqual([403, `403${service}14`, 'Insufficient Funds']);
    expect(wallet()).toBe(before);
  });

  it.each([
    [TOPUP, '38'],
    [PURCHASE, '54'],
  ])('when %s is asked for an amount ending in .02, then 403xx02 Exceeds Transaction Amount Limit', async (path, service) => {
    const res = await c.post(path, bodies[path]!('20000.02'));
    expect([res.status, res.body.responseCode, res.body.responseMessage]).toEqual([403, `403${service}02`, 'Exceeds Transaction Amount Limit']);
  });

  it('when a top-up amount ends in .04, then the money moves but the answer is 504xx00; Query Top Up shows it succeeded', async () => {
    const before = wallet();
    const body = bodies[TOPUP]!('20000.04');
    const res = await c.post(TOPUP, body);
    expect([res.status, res.body]).toEqual([504, { responseCode: '5043800', responseMessage: 'Timeout', partnerReferenceNo: body.partnerReferenceNo }]);
    expect(wallet()).toBe(before + 2_000_004);
    const status = await c.post(TOPUP_STATUS, { originalPartnerReferenceNo: body.partnerReferenceNo, serviceCode: '38' });
    expect([status.body.responseCode, status.body.latestTransactionStatus]).toEqual(['2003900', '00']);
    // A blind retry is idempotent (the same partnerReferenceNo moves no more money), and still times out.
    expect((await c.post(TOPUP, body)).status).toBe(504);
    expect(wallet()).toBe(before + 2_000_004);
    const journal = (await sb.http.get(`/admin/journal?path=${encodeURIComponent(TOPUP)}&limit=1`)).body.entries[0];
    expect(journal.scenario).toEqual({ id: 'magic-values', name: 'magic-values', rule: 'amount-ending-04-timeout-after-processing', effect: 'processThenFail' });
  });

  it('when the amount ends in .00 or the endpoint is not a payment, then nothing is forced', async () => {
    expect((await c.post(TOPUP, bodies[TOPUP]!('20000.00'))).status).toBe(200);
    const inquiry = await c.post(BANK_INQUIRY, { partnerReferenceNo: ref(), customerNumber: RICH_ACCOUNT, amount: idr('20000.14'), beneficiaryAccountNumber: '8377388292', additionalInfo: { bankCode: '014' } });
    expect(inquiry.body.responseCode).toBe('2004200');
  });

  it('when magic-values is deleted, then .14 amounts are served normally; a reset brings it back', async () => {
    await sb.http.delete('/admin/scenarios/magic-values');
    expect((await c.post(TOPUP, bodies[TOPUP]!('20000.14'))).status).toBe(200);
    await sb.http.post('/admin/reset');
    const fresh = await signedClient(sb, RICH);
    expect((await fresh.post(TOPUP, bodies[TOPUP]!('20000.14'))).status).toBe(403);
  });
});

describe('magic phone and bank account', () => {
  it('when an account is created for phone 6280000000000, then its OTP is always 000000', async () => {
    const b2b = await signedClient(sb);
    const created = await b2b.post(ACCOUNT_CREATION, { partnerReferenceNo: ref(), name: 'Magic Phone', email: 'magic@example.com', phoneNo: '6280000000000', redirectUrl: 'https://partner.example/done' });
    expect(created.body.responseCode).toBe('2000600');
    const otps = (await sb.http.get('/admin/otps?phoneNo=6280000000000')).body.otps;
    expect(otps[0].otp).toBe('000000');
    const verified = await b2b.post(VERIFY_OTP, { originalPartnerReferenceNo: created.body.partnerReferenceNo, originalReferenceNo: created.body.referenceNo, otp: '000000' });
    expect(verified.body.responseCode).toBe('2000400');
  });

  it('when the beneficiary is bank account 9999999999, then Bank Account Inquiry answers 404xx11', async () => {
    const res = await c.post(BANK_INQUIRY, { partnerReferenceNo: ref(), customerNumber: RICH_ACCOUNT, amount: idr('20000.00'), beneficiaryAccountNumber: '9999999999', additionalInfo: { bankCode: '014' } });
    expect([res.status, res.body.responseCode]).toEqual([404, '4044211']);
  });
});
