import { beforeEach, describe, expect, it } from '@jest/globals';
import { BANK_CLEARING } from '../../src/ledger/accounts.js';
import { balanceOf } from '../../src/ledger/ledger.js';
import { signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { idr, walletBalance } from '../helpers/ledger-support.js';
import { BLOCKED, EMPTY, RICH } from '../helpers/personas.js';
import { postingsOf } from '../../src/ledger/ledger.js';

const INQUIRY = '/snap-adapter/b2b/v1.0/emoney/bank-account-inquiry';
const TRANSFER = '/snap-adapter/b2b2c/v1.0/emoney/transfer-bank';

let sb: TestSandbox;
let c: SnapClient;
let seq = 0;
const ref = () => `TRF-${Date.now()}-${++seq}`;
const transfer = (overrides: Record<string, unknown> = {}) => ({
  partnerReferenceNo: ref(),
  beneficiaryAccountNumber: '8377388292',
  beneficiaryBankCode: '014',
  amount: idr('200000.00'),
  ...overrides,
});

beforeEach(async () => {
  ({ sb, client: c } = await signedIn());
});

describe('Transfer Bank Account Inquiry (emoney/bank-account-inquiry, 42)', () => {
  const inquiry = (overrides: Record<string, unknown> = {}) => ({
    partnerReferenceNo: 'INQ-42',
    customerNumber: RICH.accountId,
    amount: idr('200000.00'),
    beneficiaryAccountNumber: '8377388292',
    additionalInfo: { bankCode: '014' },
    ...overrides,
  });

  it('when the bank account is in the fixtures, then 2004200 with the beneficiary name and bank', async () => {
    const res = await c.post(INQUIRY, inquiry());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      responseCode: '2004200',
      responseMessage: 'Successful',
      referenceNo: expect.stringMatching(/^[0-9A-Z]{20}$/),
      partnerReferenceNo: 'INQ-42',
      beneficiaryAccountNumber: '8377388292',
      beneficiaryAccountName: 'JOHN DOE',
      beneficiaryBankCode: '014',
      beneficiaryBankName: 'Bank Central Asia (BCA)',
      amount: idr('200000.00'),
      additionalInfo: {},
    });
  });

  it('when the customer is named by phone and no bank code is sent, then the account number alone finds the beneficiary', async () => {
    const res = await c.post(INQUIRY, inquiry({ customerNumber: RICH.phoneNo, beneficiaryAccountNumber: '1230009876543', additionalInfo: {} }));
    expect(res.body).toMatchObject({ responseCode: '2004200', beneficiaryAccountName: 'BUDI SANTOSO', beneficiaryBankCode: '008' });
  });

  it.each([
    ['an unknown account', { beneficiaryAccountNumber: '0000000001' }],
    ['a bank code that does not match', { additionalInfo: { bankCode: '008' } }],
    ['the INVALID magic account', { beneficiaryAccountNumber: '9999999999' }],
    ['an unknown customer', { customerNumber: '6289999999999' }],
  ])('when the inquiry names %s, then 4044211 Invalid Card/Account/Customer', async (_what, overrides) => {
    const res = await c.post(INQUIRY, inquiry(overrides));
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ responseCode: '4044211', responseMessage: 'Invalid Card/Account/Customer', partnerReferenceNo: 'INQ-42' });
  });

  it('when the customer is blocked, then 4034218; over the transaction maximum, 4034202', async () => {
    const blocked = await c.post(INQUIRY, inquiry({ customerNumber: BLOCKED.accountId }));
    expect([blocked.status, blocked.body.responseCode]).toEqual([403, '4034218']);
    const big = await c.post(INQUIRY, inquiry({ amount: idr('10000000.01') }));
    expect([big.status, big.body.responseCode, big.body.responseMessage]).toEqual([403, '4034202', 'Exceeds Transaction Amount Limit']);
  });

  it('when the money is malformed, then 4004201 naming amount.currency or amount.value', async () => {
    const usd = await c.post(INQUIRY, inquiry({ amount: { value: '10.00', currency: 'USD' } }));
    expect(usd.body).toMatchObject({ responseCode: '4004201', responseMessage: 'Invalid Field Format amount.currency' });
    const bad = await c.post(INQUIRY, inquiry({ amount: { value: '10.5', currency: 'IDR' } }));
    expect(bad.body).toMatchObject({ responseCode: '4004201', responseMessage: 'Invalid Field Format amount.value' });
  });
});

describe('Transfer Bank Account Payment (emoney/transfer-bank, 43)', () => {
  beforeEach(async () => {
    await c.getCustomerToken(RICH.authCode);
  });

  it('when the wallet has the money, then 2004300 and one posting moves it from the wallet to bank clearing', async () => {
    const body = transfer();
    const res = await c.post(TRANSFER, body);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      responseCode: '2004300',
      responseMessage: 'Successful',
      referenceNo: expect.stringMatching(/^[0-9A-Z]{20}$/),
      partnerReferenceNo: body.partnerReferenceNo,
      transactionDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/),
      referenceNumber: expect.stringMatching(/^\d{12}$/),
      amount: idr('200000.00'),
      additionalInfo: {},
    });
    expect(walletBalance(sb, RICH.accountId)).toBe('4800000.00');
    expect(balanceOf(sb.ctx.store, BANK_CLEARING)).toBe(200000_00);
    expect(postingsOf(sb.ctx.store, res.body.referenceNo)).toHaveLength(1);
    expect((await sb.http.get('/admin/ledger/verify')).body.ok).toBe(true);
  });

  it('when customerNumber is sent, then it must name the token\'s wallet (else 4044311)', async () => {
    const same = await c.post(TRANSFER, transfer({ customerNumber: RICH.phoneNo }));
    expect(same.body.responseCode).toBe('2004300');
    const other = await c.post(TRANSFER, transfer({ customerNumber: EMPTY.accountId }));
    expect([other.status, other.body.responseCode]).toEqual([404, '4044311']);
  });

  it('when the wallet is short, then 4034314 Insufficient Funds and nothing moves; the whole balance can go', async () => {
    await c.getCustomerToken(EMPTY.authCode);
    const short = await c.post(TRANSFER, transfer({ amount: idr('0.01') }));
    expect(short.status).toBe(403);
    expect(short.body).toMatchObject({ responseCode: '4034314', responseMessage: 'Insufficient Funds' });
    await c.getCustomerToken(RICH.authCode);
    const over = await c.post(TRANSFER, transfer({ amount: idr('5000000.01') }));
    expect(over.body.responseCode).toBe('4034314');
    const all = await c.post(TRANSFER, transfer({ amount: idr('5000000.00') }));
    expect(all.body.responseCode).toBe('2004300');
    expect(walletBalance(sb, RICH.accountId)).toBe('0.00');
  });

  it("when the amount exceeds the partner's transactionMax, then 4034302", async () => {
    const res = await c.post(TRANSFER, transfer({ amount: idr('10000000.01') }));
    expect(res.body).toMatchObject({ responseCode: '4034302', responseMessage: 'Exceeds Transaction Amount Limit' });
  });

  it('when the amount is 0.00, then 4044313 Invalid Amount', async () => {
    const res = await c.post(TRANSFER, transfer({ amount: idr('0.00') }));
    expect(res.body).toMatchObject({ responseCode: '4044313', responseMessage: 'Invalid Amount' });
  });

  it('when the bank account is unknown, at another bank, or the INVALID magic account, then 4044311 and nothing moves', async () => {
    for (const overrides of [{ beneficiaryAccountNumber: '1111111111' }, { beneficiaryBankCode: '009' }, { beneficiaryAccountNumber: '9999999999' }]) {
      const res = await c.post(TRANSFER, transfer(overrides));
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ responseCode: '4044311', responseMessage: 'Invalid Card/Account/Customer' });
    }
    expect(walletBalance(sb, RICH.accountId)).toBe('5000000.00');
  });

  it('when the wallet has become inactive, then 4034318', async () => {
    const wallet = sb.ctx.store.wallets.get(RICH.accountId)!;
    sb.ctx.store.wallets.put({ ...wallet, status: 'BLOCKED' });
    const res = await c.post(TRANSFER, transfer());
    expect(res.body).toMatchObject({ responseCode: '4034318', responseMessage: 'Inactive Card/Account/Customer' });
  });

  it('when there is no customer token, then 4014301 Invalid Customer Token', async () => {
    c.customerToken = undefined;
    const res = await c.post(TRANSFER, transfer());
    expect(res.body).toEqual({ responseCode: '4014301', responseMessage: 'Invalid Customer Token' });
  });

  it('when the same transfer is repeated, then the original result comes back and the wallet is debited once; a different body is 4094301', async () => {
    const body = transfer({ amount: idr('1000.00') });
    const first = await c.post(TRANSFER, body);
    const again = await c.post(TRANSFER, body);
    expect(again.body).toEqual(first.body);
    expect(walletBalance(sb, RICH.accountId)).toBe('4999000.00');
    const changed = await c.post(TRANSFER, { ...body, amount: idr('2000.00') });
    expect(changed.status).toBe(409);
    expect(changed.body).toEqual({ responseCode: '4094301', responseMessage: 'Duplicate partnerReferenceNo', partnerReferenceNo: body.partnerReferenceNo });
  });

  it('when the money is malformed, then 4004301 naming amount.currency or amount.value (a whole number of rupiah is not malformed here)', async () => {
    const usd = await c.post(TRANSFER, transfer({ amount: { value: '1000.00', currency: 'SGD' } }));
    expect(usd.body).toMatchObject({ responseCode: '4004301', responseMessage: 'Invalid Field Format amount.currency' });
    for (const value of ['10000.5', '-1.00', '1e5']) {
      const bad = await c.post(TRANSFER, transfer({ amount: { value, currency: 'IDR' } }));
      expect(bad.body).toMatchObject({ responseCode: '4004301', responseMessage: 'Invalid Field Format amount.value' });
    }
  });
});
