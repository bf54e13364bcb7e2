import { beforeEach, describe, expect, it } from '@jest/globals';
import { signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { adminWallet, P, ref } from '../helpers/account-journey.js';

describe('POST /snap-adapter/b2b2c/v1.0/balance-inquiry (11)', () => {
  let sb: TestSandbox;
  let c: SnapClient;
  beforeEach(async () => {
    ({ sb, client: c } = await signedIn());
  });

  it('when the customer token is valid, then 2001100 with accountNo, name and accountInfos in DOKU money format', async () => {
    const wallet = await adminWallet(sb, { bind: true, balance: '12345.67' });
    await c.getCustomerToken(wallet.authCode!);
    const partnerReferenceNo = ref();
    const res = await c.post(P.balance, { partnerReferenceNo });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ responseCode: '2001100', responseMessage: 'Successful', partnerReferenceNo, accountNo: wallet.accountId, name: 'Admin Made' });
    const money = { value: '12345.67', currency: 'IDR' };
    const zero = { value: '0.00', currency: 'IDR' };
    expect(res.body.accountInfos).toEqual([
      expect.objectContaining({ balanceType: 'CASH', amount: money, availableBalance: money, ledgerBalance: money, holdAmount: zero }),
    ]);
  });

  it('when the customer token is missing, then 401 4011101 Invalid Customer Token (the code DOKU\'s demo recovers a customer token on)', async () => {
    const res = await c.post(P.balance, { partnerReferenceNo: ref() });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ responseCode: '4011101', responseMessage: 'Invalid Customer Token' });
  });

  it('when the customer token is not one of ours, expired or superseded, then 401 4011101 Invalid Customer Token', async () => {
    c.customerToken = 'garbage.token.value';
    const garbage = await c.post(P.balance, { partnerReferenceNo: ref() });
    expect(garbage.status).toBe(401);
    expect(garbage.body).toEqual({ responseCode: '4011101', responseMessage: 'Invalid Customer Token' });

    const first = await c.getCustomerToken('cfb5de1a-6a40-40e0-8549-0634bcaed8ed');
    await c.getCustomerToken('cfb5de1a-6a40-40e0-8549-0634bcaed8ed'); // the latest token is processed
    c.customerToken = first;
    const superseded = await c.post(P.balance, { partnerReferenceNo: ref() });
    expect(superseded.body).toEqual({ responseCode: '4011101', responseMessage: 'Invalid Customer Token' });

    await c.getCustomerToken('cfb5de1a-6a40-40e0-8549-0634bcaed8ed');
    sb.clock.advance(900);
    await c.getB2bToken(); // only the customer token should be the stale one
    const expired = await c.post(P.balance, { partnerReferenceNo: ref() });
    expect(expired.body).toEqual({ responseCode: '4011101', responseMessage: 'Invalid Customer Token' });
  });

  it('when the B2B token is missing or invalid, then 4011101', async () => {
    await c.getCustomerToken('cfb5de1a-6a40-40e0-8549-0634bcaed8ed');
    const missing = await c.post(P.balance, {}, { Authorization: undefined });
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ responseCode: '4011101', responseMessage: 'Invalid Token (B2B)' });
    const invalid = await c.post(P.balance, {}, { Authorization: 'Bearer nope' });
    expect(invalid.status).toBe(401);
    expect(invalid.body).toEqual({ responseCode: '4011101', responseMessage: 'Invalid Token (B2B)' });
  });

  it('when the wallet was blocked after the token was issued, then 403 4031118 Inactive Card/Account/Customer', async () => {
    const wallet = await adminWallet(sb, { bind: true });
    await c.getCustomerToken(wallet.authCode!);
    const row = sb.ctx.store.wallets.get(wallet.accountId)!;
    sb.ctx.store.wallets.put({ ...row, status: 'BLOCKED' });
    const res = await c.post(P.balance, { partnerReferenceNo: ref() });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ responseCode: '4031118', responseMessage: 'Inactive Card/Account/Customer' });
  });

  it('when the request carries a malformed field, then 400 4001101', async () => {
    await c.getCustomerToken('cfb5de1a-6a40-40e0-8549-0634bcaed8ed');
    const res = await c.post(P.balance, { partnerReferenceNo: ref(), balanceTypes: 'CASH' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ responseCode: '4001101', responseMessage: 'Invalid Field Format balanceTypes' });
  });
});
