import { beforeEach, describe, expect, it } from '@jest/globals';
import { aesEcbDecryptBase64 } from '../../src/lib/crypto.js';
import { signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { adminWallet, otpFor, P, ref, secondPartner } from '../helpers/account-journey.js';

const RICH = '1140340010';
const RICH_AUTH_CODE = 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed';
const AUTH_CODE_KEY = 'TESTONLYAESKEY16'; // fixtures/partners.json

describe('POST /snap-adapter/b2b/v1.0/registration-account-inquiry (08)', () => {
  let sb: TestSandbox;
  let c: SnapClient;
  beforeEach(async () => {
    ({ sb, client: c } = await signedIn());
  });

  it('when the account is bound, then 2000800 with linkId, remarks, merchantId and the authCode AES-ECB encrypted with the partner key, as the demo apps decrypt it', async () => {
    const partnerReferenceNo = ref();
    const res = await c.post(P.inquiry, { partnerReferenceNo, additionalInfo: { accountId: RICH } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      responseCode: '2000800',
      responseMessage: 'Successful',
      partnerReferenceNo,
      additionalInfo: { linkId: 'LNK1140340010', remarks: 'Account bound', merchantId: 'M-SANDBOX-0001', authCode: expect.any(String) },
    });
    expect(res.body.additionalInfo.authCode).not.toContain(RICH_AUTH_CODE);
    const authCode = aesEcbDecryptBase64(AUTH_CODE_KEY, res.body.additionalInfo.authCode);
    expect(authCode).toBe(RICH_AUTH_CODE);
    await c.getCustomerToken(authCode); // the decrypted code buys a token, as in the demo's re-login
  });

  it('when the account is unknown or not bound to this partner, then 404 4040811', async () => {
    for (const accountId of ['9999999999', '1140340012']) {
      const partnerReferenceNo = ref();
      const res = await c.post(P.inquiry, { partnerReferenceNo, additionalInfo: { accountId } });
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ responseCode: '4040811', responseMessage: 'Invalid Card/Account/Customer', partnerReferenceNo });
    }
  });

  it('when the partner has no authCodeKey, then 403 4030801 naming it (instead of a code the app cannot decrypt)', async () => {
    const other = await secondPartner(sb);
    const wallet = await sb.http.post('/admin/accounts').send({ name: 'Two', phoneNo: '6281299990002', pin: '147258', bindTo: 'BRN-0002-1732500000002' });
    const res = await other.post(P.inquiry, { additionalInfo: { accountId: wallet.body.accountId } });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ responseCode: '4030801', responseMessage: 'Feature Not Allowed authCodeKey not set for this partner' });
  });

  it('when the partner registered a 32-byte authCodeKey, then the authCode is AES-256 encrypted with it', async () => {
    const key = '0123456789abcdef0123456789abcdef';
    const other = await secondPartner(sb, { authCodeKey: key });
    const wallet = await sb.http.post('/admin/accounts').send({ name: 'Two', phoneNo: '6281299990003', pin: '147258', bindTo: 'BRN-0002-1732500000002' });
    const res = await other.post(P.inquiry, { additionalInfo: { accountId: wallet.body.accountId } });
    expect(res.status).toBe(200);
    expect(aesEcbDecryptBase64(key, res.body.additionalInfo.authCode)).toBe(wallet.body.authCode);
  });

  it('when additionalInfo.accountId is missing, then 400 4000802', async () => {
    const res = await c.post(P.inquiry, { partnerReferenceNo: ref(), additionalInfo: {} });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ responseCode: '4000802', responseMessage: 'Invalid Mandatory Field additionalInfo.accountId' });
  });
});

describe('POST /snap-adapter/{b2b,b2b2c}/v1.0/registration-account-unbinding (09) + Verify OTP', () => {
  let sb: TestSandbox;
  let c: SnapClient;
  beforeEach(async () => {
    ({ sb, client: c } = await signedIn());
  });

  it('when asked by accountId, then 2000900 with an OTP journey; the binding keeps working until Verify OTP ends it', async () => {
    const wallet = await adminWallet(sb, { bind: true, balance: '1000.00' });
    await c.getCustomerToken(wallet.authCode!);
    const partnerReferenceNo = ref();
    const res = await c.post(P.unbind, { partnerReferenceNo, additionalInfo: { accountId: wallet.accountId } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      responseCode: '2000900',
      responseMessage: 'Successful',
      referenceNo: expect.stringMatching(/^[0-9A-Z]{20}$/),
      partnerReferenceNo,
      linkId: wallet.linkId,
      merchantId: 'M-SANDBOX-0001',
      additionalInfo: { accountId: wallet.accountId },
    });
    const [otp] = (await sb.http.get(`/admin/otps?referenceNo=${res.body.referenceNo}`)).body.otps;
    expect(otp).toMatchObject({ purpose: 'UNBINDING', phoneNo: wallet.phoneNo });

    expect((await c.post(P.balance, { partnerReferenceNo: ref() })).status).toBe(200);
    const inquiry = await c.post(P.inquiry, { additionalInfo: { accountId: wallet.accountId } });
    expect(inquiry.body.additionalInfo.remarks).toMatch(/unbinding waits for OTP/);

    const verified = await c.post(P.verify, { originalPartnerReferenceNo: partnerReferenceNo, originalReferenceNo: res.body.referenceNo, otp: otp.otp });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ responseCode: '2000400', additionalInfo: { linkId: wallet.linkId, accountId: wallet.accountId, unlinkResult: 'SUCCESS' } });
    expect(verified.body.qparamsURL).toBeUndefined();

    const refused = await c.post(P.balance, { partnerReferenceNo: ref() });
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({ responseCode: '4011101', responseMessage: 'Invalid Customer Token' });
    const token = await c.tokenRequest(P.tokenB2b2c, { grantType: 'authorization_code', authCode: wallet.authCode });
    expect(token.status).toBe(401);
    expect(token.body).toEqual({ responseCode: '4017400', responseMessage: 'Unauthorized. Invalid Auth Code' });
    const gone = await c.post(P.inquiry, { additionalInfo: { accountId: wallet.accountId } });
    expect(gone.body.responseCode).toBe('4040811');
    expect((await sb.http.get(`/admin/accounts/${wallet.accountId}`)).body.bindings[0]).toMatchObject({ status: 'UNBOUND', unboundAt: expect.any(String) });
  });

  it('when called under /b2b2c/ with only the customer token, then that binding is the one unbound', async () => {
    await c.getCustomerToken(RICH_AUTH_CODE);
    const partnerReferenceNo = ref();
    const res = await c.post(P.unbindB2b2c, { partnerReferenceNo });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ responseCode: '2000900', linkId: 'LNK1140340010' });
    const otp = await otpFor(sb, res.body.referenceNo);
    expect((await c.post(P.verify, { originalPartnerReferenceNo: partnerReferenceNo, originalReferenceNo: res.body.referenceNo, otp })).status).toBe(200);
    expect((await c.post(P.balance, { partnerReferenceNo: ref() })).body.responseCode).toBe('4011101');
  });

  it('when the unbinding OTP is wrong, then 4040415 and the binding still works; verifying twice → 4040407', async () => {
    await c.getCustomerToken(RICH_AUTH_CODE);
    const partnerReferenceNo = ref();
    const res = await c.post(P.unbind, { partnerReferenceNo, linkId: 'LNK1140340010' });
    const otp = await otpFor(sb, res.body.referenceNo);
    const bad = await c.post(P.verify, { originalPartnerReferenceNo: partnerReferenceNo, originalReferenceNo: res.body.referenceNo, otp: otp === '111111' ? '222222' : '111111' });
    expect(bad.status).toBe(404);
    expect(bad.body).toMatchObject({ responseCode: '4040415', responseMessage: 'Invalid OTP' });
    expect((await c.post(P.balance, { partnerReferenceNo: ref() })).status).toBe(200);
    const ok = await c.post(P.verify, { originalPartnerReferenceNo: partnerReferenceNo, originalReferenceNo: res.body.referenceNo, otp });
    expect(ok.status).toBe(200);
    const twice = await c.post(P.verify, { originalPartnerReferenceNo: partnerReferenceNo, originalReferenceNo: res.body.referenceNo, otp });
    expect(twice.status).toBe(404);
    expect(twice.body).toMatchObject({ responseCode: '4040407', responseMessage: 'Journey Not Found' });
  });

  it('when no live binding matches (unknown linkId, unbound account), then 404 4040911', async () => {
    for (const body of [{ linkId: 'LNK-NOPE' }, { additionalInfo: { accountId: '1140340012' } }]) {
      const partnerReferenceNo = ref();
      const res = await c.post(P.unbind, { partnerReferenceNo, ...body });
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ responseCode: '4040911', responseMessage: 'Invalid Card/Account/Customer', partnerReferenceNo });
    }
  });

  it('when the call names no binding at all, then 400 4000902 Invalid Mandatory Field linkId', async () => {
    const res = await c.post(P.unbind, { partnerReferenceNo: ref() });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ responseCode: '4000902', responseMessage: 'Invalid Mandatory Field linkId' });
  });

  it('when partnerReferenceNo is missing, then 400 4000902 naming it', async () => {
    const res = await c.post(P.unbind, { linkId: 'LNK1140340010' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ responseCode: '4000902', responseMessage: 'Invalid Mandatory Field partnerReferenceNo' });
  });
});
