import { beforeEach, describe, expect, it } from '@jest/globals';
import { signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { corporateBalance, idr, registerPartner, walletBalance } from '../helpers/ledger-support.js';
import { BLOCKED, EMPTY, RICH } from '../helpers/personas.js';

const B2B = '/snap-adapter/b2b/v1.0/emoney';
const B2B2C = '/snap-adapter/b2b2c/v1.0/emoney';

let sb: TestSandbox;
let c: SnapClient;
let seq = 0;
const ref = () => `TOPUP-${Date.now()}-${++seq}`;

beforeEach(async () => {
  ({ sb, client: c } = await signedIn());
});

describe('Account Inquiry Top Up (emoney/account-inquiry, 37)', () => {
  it('when the customer is named by phone number, then 2003700 with the masked number, the name and the partner limits', async () => {
    const res = await c.post(`${B2B}/account-inquiry`, { partnerReferenceNo: 'INQ-1', customerNumber: RICH.phoneNo, amount: idr('100000.00') });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      responseCode: '2003700',
      responseMessage: 'Successful',
      referenceNo: expect.stringMatching(/^[0-9A-Z]{20}$/),
      partnerReferenceNo: 'INQ-1',
      customerNumber: 'XXXXXXXXX0010',
      customerName: 'Budi Santoso',
      minAmount: idr('10000.00'),
      maxAmount: idr('10000000.00'),
      amount: idr('100000.00'),
      feeAmount: idr('0.00'),
      additionalInfo: { walletBalanceCap: idr('20000000.00'), remainingCapacity: idr('15000000.00') },
    });
  });

  it('when called on /b2b2c/ with a customer token and no customerNumber, then the token names the wallet', async () => {
    await c.getCustomerToken(RICH.authCode);
    const res = await c.post(`${B2B2C}/account-inquiry`, { amount: idr('50000.00') });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ responseCode: '2003700', customerNumber: 'XXXXXX0010', customerName: 'Budi Santoso', partnerReferenceNo: '' });
  });

  it('when customerNumber is missing and there is no customer token, then 4003702 naming customerNumber', async () => {
    const res = await c.post(`${B2B}/account-inquiry`, { amount: idr('50000.00') });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ responseCode: '4003702', responseMessage: 'Invalid Mandatory Field customerNumber' });
  });

  it('when the customer is unknown, inactive, below the minimum or over the cap, then 4043711, 4033718, 4033702, 4033723', async () => {
    const unknown = await c.post(`${B2B}/account-inquiry`, { customerNumber: '6289999999999', amount: idr('50000.00') });
    expect([unknown.status, unknown.body.responseCode, unknown.body.responseMessage]).toEqual([404, '4043711', 'Invalid Card/Account/Customer']);
    const blocked = await c.post(`${B2B}/account-inquiry`, { customerNumber: BLOCKED.accountId, amount: idr('50000.00') });
    expect([blocked.status, blocked.body.responseCode, blocked.body.responseMessage]).toEqual([403, '4033718', 'Inactive Card/Account/Customer']);
    const small = await c.post(`${B2B}/account-inquiry`, { customerNumber: RICH.accountId, amount: idr('9999.99') });
    expect([small.status, small.body.responseCode, small.body.responseMessage]).toEqual([403, '4033702', 'Exceeds Transaction Amount Limit']);
    const overCap = await c.post(`${B2B}/account-inquiry`, { customerNumber: RICH.accountId, amount: idr('10000000.00') });
    expect(overCap.status).toBe(200);
    const res = await c.post(`${B2B}/topup`, { partnerReferenceNo: ref(), customerNumber: RICH.accountId, amount: idr('10000000.00') });
    expect(res.status).toBe(200);
    const full = await c.post(`${B2B}/account-inquiry`, { partnerReferenceNo: 'INQ-CAP', customerNumber: RICH.accountId, amount: idr('5000000.01') });
    expect(full.body).toEqual({ responseCode: '4033723', responseMessage: 'Account Limit Exceed', partnerReferenceNo: 'INQ-CAP' });
  });
});

describe('Account Top Up (emoney/topup, 38)', () => {
  it('when a bound-or-not wallet is topped up, then 2003800, the wallet gains and the corporate balance loses exactly the amount', async () => {
    const pref = ref();
    const res = await c.post(`${B2B}/topup`, { partnerReferenceNo: pref, customerNumber: EMPTY.accountId, amount: idr('150000.00'), notes: 'hello' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      responseCode: '2003800',
      responseMessage: 'Successful',
      referenceNo: expect.stringMatching(/^[0-9A-Z]{20}$/),
      partnerReferenceNo: pref,
      customerNumber: EMPTY.accountId,
      amount: idr('150000.00'),
      additionalInfo: {},
    });
    expect(walletBalance(sb, EMPTY.accountId)).toBe('150000.00');
    expect(corporateBalance(sb, sb.partner.clientId)).toBe('999850000.00');
    expect((await sb.http.get('/admin/ledger/verify')).body.ok).toBe(true);
  });

  it('when customerNumber is a phone number in local form (0…), then it reaches the same wallet; on /b2b2c/ too', async () => {
    const local = await c.post(`${B2B2C}/topup`, { partnerReferenceNo: ref(), customerNumber: '081212340011', amount: idr('10000.00') });
    expect(local.body.responseCode).toBe('2003800');
    const plus = await c.post(`${B2B}/topup`, { partnerReferenceNo: ref(), customerNumber: `+${EMPTY.phoneNo}`, amount: idr('10000.00') });
    expect(plus.body.responseCode).toBe('2003800');
    expect(walletBalance(sb, EMPTY.accountId)).toBe('20000.00');
  });

  it('when the amount is outside the partner limits, then 4033802 and nothing moves', async () => {
    for (const value of ['9999.99', '10000000.01']) {
      const pref = ref();
      const res = await c.post(`${B2B}/topup`, { partnerReferenceNo: pref, customerNumber: EMPTY.accountId, amount: idr(value) });
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ responseCode: '4033802', responseMessage: 'Exceeds Transaction Amount Limit', partnerReferenceNo: pref });
    }
    expect(walletBalance(sb, EMPTY.accountId)).toBe('0.00');
  });

  it('when the top-up would take the wallet over its balance cap, then 4033823 Account Limit Exceed', async () => {
    const first = await c.post(`${B2B}/topup`, { partnerReferenceNo: ref(), customerNumber: RICH.accountId, amount: idr('10000000.00') });
    expect(first.status).toBe(200);
    const exact = await c.post(`${B2B}/topup`, { partnerReferenceNo: ref(), customerNumber: RICH.accountId, amount: idr('5000000.00') });
    expect(exact.status).toBe(200);
    expect(walletBalance(sb, RICH.accountId)).toBe('20000000.00');
    const over = await c.post(`${B2B}/topup`, { partnerReferenceNo: ref(), customerNumber: RICH.accountId, amount: idr('10000.00') });
    expect(over.status).toBe(403);
    expect(over.body).toMatchObject({ responseCode: '4033823', responseMessage: 'Account Limit Exceed' });
    expect(walletBalance(sb, RICH.accountId)).toBe('20000000.00');
  });

  it("when the partner's corporate balance is short, then 4033814 says so in additionalInfo.reason and nothing moves", async () => {
    const poor = await registerPartner(sb, '50000.00');
    const pref = ref();
    const res = await poor.post(`${B2B}/topup`, { partnerReferenceNo: pref, customerNumber: EMPTY.accountId, amount: idr('50000.01') });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({
      responseCode: '4033814',
      responseMessage: 'Insufficient Funds',
      partnerReferenceNo: pref,
      additionalInfo: { reason: 'Partner corporate balance is insufficient for this top-up' },
    });
    expect(corporateBalance(sb, poor.partner.clientId)).toBe('50000.00');
    const all = await poor.post(`${B2B}/topup`, { partnerReferenceNo: ref(), customerNumber: EMPTY.accountId, amount: idr('50000.00') });
    expect(all.status).toBe(200);
    expect(corporateBalance(sb, poor.partner.clientId)).toBe('0.00');
  });

  it('when the customer is unknown or inactive, then 4043811 / 4033818', async () => {
    const unknown = await c.post(`${B2B}/topup`, { partnerReferenceNo: ref(), customerNumber: '1999999999', amount: idr('10000.00') });
    expect([unknown.status, unknown.body.responseCode]).toEqual([404, '4043811']);
    const blocked = await c.post(`${B2B}/topup`, { partnerReferenceNo: ref(), customerNumber: BLOCKED.accountId, amount: idr('10000.00') });
    expect([blocked.status, blocked.body.responseCode, blocked.body.responseMessage]).toEqual([403, '4033818', 'Inactive Card/Account/Customer']);
  });

  it('when the currency is not IDR, then 4003801 naming amount.currency', async () => {
    const res = await c.post(`${B2B}/topup`, { partnerReferenceNo: ref(), customerNumber: EMPTY.accountId, amount: { value: '10000.00', currency: 'USD' } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ responseCode: '4003801', responseMessage: 'Invalid Field Format amount.currency' });
  });

  it.each(['10000', '10.5', '-1.00', '1e5', '10,000.00', ' 10000.00'])('when amount.value is %j, then 4003801 naming amount.value', async (value) => {
    const res = await c.post(`${B2B}/topup`, { partnerReferenceNo: ref(), customerNumber: EMPTY.accountId, amount: { value, currency: 'IDR' } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ responseCode: '4003801', responseMessage: 'Invalid Field Format amount.value' });
  });

  it('when amount or partnerReferenceNo is missing, then 4003802 naming it', async () => {
    const noAmount = await c.post(`${B2B}/topup`, { partnerReferenceNo: ref(), customerNumber: EMPTY.accountId });
    expect(noAmount.body).toMatchObject({ responseCode: '4003802', responseMessage: 'Invalid Mandatory Field amount' });
    const noRef = await c.post(`${B2B}/topup`, { customerNumber: EMPTY.accountId, amount: idr('10000.00') });
    expect(noRef.body).toMatchObject({ responseCode: '4003802', responseMessage: 'Invalid Mandatory Field partnerReferenceNo' });
  });
});

describe('Top-up idempotency', () => {
  it('when the same body is sent again with the same partnerReferenceNo, then the original result comes back and money moves once', async () => {
    const body = { partnerReferenceNo: ref(), customerNumber: EMPTY.accountId, amount: idr('25000.00') };
    const first = await c.post(`${B2B}/topup`, body);
    const again = await c.post(`${B2B}/topup`, body);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(walletBalance(sb, EMPTY.accountId)).toBe('25000.00');
    expect(sb.ctx.store.transactions.allBy('account', EMPTY.accountId)).toHaveLength(1);
  });

  it('when a different body reuses the partnerReferenceNo, then 4093801 and nothing moves', async () => {
    const pref = ref();
    await c.post(`${B2B}/topup`, { partnerReferenceNo: pref, customerNumber: EMPTY.accountId, amount: idr('25000.00') });
    const res = await c.post(`${B2B}/topup`, { partnerReferenceNo: pref, customerNumber: EMPTY.accountId, amount: idr('30000.00') });
    expect(res.status).toBe(409);
    expect(res.body).toEqual({ responseCode: '4093801', responseMessage: 'Duplicate partnerReferenceNo', partnerReferenceNo: pref });
    expect(walletBalance(sb, EMPTY.accountId)).toBe('25000.00');
  });

  it('when a top-up failed, then its partnerReferenceNo may be used again (only successes are remembered)', async () => {
    const pref = ref();
    const failed = await c.post(`${B2B}/topup`, { partnerReferenceNo: pref, customerNumber: EMPTY.accountId, amount: idr('1.00') });
    expect(failed.status).toBe(403);
    const retried = await c.post(`${B2B}/topup`, { partnerReferenceNo: pref, customerNumber: EMPTY.accountId, amount: idr('10000.00') });
    expect(retried.status).toBe(200);
  });

  it('when the same X-EXTERNAL-ID is reused the same day, then 4093800 Conflict even with a new partnerReferenceNo', async () => {
    const headers = { 'X-EXTERNAL-ID': '77770000111122223333' };
    const first = await c.post(`${B2B}/topup`, { partnerReferenceNo: ref(), customerNumber: EMPTY.accountId, amount: idr('10000.00') }, headers);
    expect(first.status).toBe(200);
    const second = await c.post(`${B2B}/topup`, { partnerReferenceNo: ref(), customerNumber: EMPTY.accountId, amount: idr('10000.00') }, headers);
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ responseCode: '4093800', responseMessage: 'Conflict' });
    expect(walletBalance(sb, EMPTY.accountId)).toBe('10000.00');
  });
});

describe('Query Top Up (emoney/topup-status, 39)', () => {
  it('when asked by partnerReferenceNo, referenceNo or external id, then 2003900 with latestTransactionStatus 00', async () => {
    const pref = ref();
    const externalId = `${Date.now()}123`;
    const done = await c.post(`${B2B}/topup`, { partnerReferenceNo: pref, customerNumber: EMPTY.accountId, amount: idr('12345.67') }, { 'X-EXTERNAL-ID': externalId });
    const expected = {
      responseCode: '2003900',
      responseMessage: 'Successful',
      originalReferenceNo: done.body.referenceNo,
      originalPartnerReferenceNo: pref,
      originalExternalId: externalId,
      serviceCode: '38',
      transactionDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/),
      amount: idr('12345.67'),
      latestTransactionStatus: '00',
      transactionStatusDesc: 'Success',
      additionalInfo: {},
    };
    for (const query of [{ originalPartnerReferenceNo: pref }, { originalReferenceNo: done.body.referenceNo }, { originalExternalId: externalId }]) {
      const res = await c.post(`${B2B}/topup-status`, { ...query, serviceCode: '38' });
      expect(res.status).toBe(200);
      expect(res.body).toEqual(expected);
    }
    const b2b2c = await c.post(`${B2B2C}/topup-status`, { originalPartnerReferenceNo: pref, serviceCode: '38' });
    expect(b2b2c.body.latestTransactionStatus).toBe('00');
  });

  it('when two partners used the same partnerReferenceNo, then each gets its own top-up back', async () => {
    const shared = ref();
    const other = await registerPartner(sb, '100000.00');
    await other.post(`${B2B}/topup`, { partnerReferenceNo: shared, customerNumber: EMPTY.accountId, amount: idr('20000.00') });
    await c.post(`${B2B}/topup`, { partnerReferenceNo: shared, customerNumber: EMPTY.accountId, amount: idr('10000.00') });
    const mine = await c.post(`${B2B}/topup-status`, { originalPartnerReferenceNo: shared, serviceCode: '38' });
    const theirs = await other.post(`${B2B}/topup-status`, { originalPartnerReferenceNo: shared, serviceCode: '38' });
    expect([mine.body.responseCode, mine.body.amount]).toEqual(['2003900', idr('10000.00')]);
    expect([theirs.body.responseCode, theirs.body.amount]).toEqual(['2003900', idr('20000.00')]);
  });

  it("when the top-up is unknown, refused, or another partner's, then 4043901 Transaction Not Found", async () => {
    const unknown = await c.post(`${B2B}/topup-status`, { originalPartnerReferenceNo: 'NOPE', serviceCode: '38' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ responseCode: '4043901', responseMessage: 'Transaction Not Found', originalPartnerReferenceNo: 'NOPE' });

    const refusedRef = ref();
    await c.post(`${B2B}/topup`, { partnerReferenceNo: refusedRef, customerNumber: EMPTY.accountId, amount: idr('1.00') });
    expect((await c.post(`${B2B}/topup-status`, { originalPartnerReferenceNo: refusedRef, serviceCode: '38' })).body.responseCode).toBe('4043901');

    const other = await registerPartner(sb, '100000.00');
    const theirs = ref();
    await other.post(`${B2B}/topup`, { partnerReferenceNo: theirs, customerNumber: EMPTY.accountId, amount: idr('10000.00') });
    expect((await c.post(`${B2B}/topup-status`, { originalPartnerReferenceNo: theirs, serviceCode: '38' })).body.responseCode).toBe('4043901');
    expect((await other.post(`${B2B}/topup-status`, { originalPartnerReferenceNo: theirs, serviceCode: '38' })).body.responseCode).toBe('2003900');
  });

  it('when serviceCode is not 38 or no original reference is given, then 4003901 / 4003902', async () => {
    const wrong = await c.post(`${B2B}/topup-status`, { originalPartnerReferenceNo: 'X', serviceCode: '54' });
    expect(wrong.body).toEqual({ responseCode: '4003901', responseMessage: 'Invalid Field Format serviceCode' });
    const none = await c.post(`${B2B}/topup-status`, { serviceCode: '38' });
    expect(none.body).toEqual({ responseCode: '4003902', responseMessage: 'Invalid Mandatory Field originalPartnerReferenceNo' });
  });
});
