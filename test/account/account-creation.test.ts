import { beforeEach, describe, expect, it } from '@jest/globals';
import { newOtpCode } from '../../src/ledger/otps.js';
import { signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { creationBody, otpFor, P, ref } from '../helpers/account-journey.js';

describe('POST /snap-adapter/b2b/v1.0/registration-account-creation (06)', () => {
  let sb: TestSandbox;
  let c: SnapClient;
  beforeEach(async () => {
    ({ sb, client: c } = await signedIn());
  });

  it('when the fields are valid, then 2000600 and a 6-digit REGISTRATION OTP that lives 300 s is listed by /admin/otps', async () => {
    const body = creationBody();
    const res = await c.post(P.create, body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ responseCode: '2000600', responseMessage: 'Successful', partnerReferenceNo: body.partnerReferenceNo });
    expect(res.body.referenceNo).toMatch(/^[0-9A-Z]{20}$/);

    const otps = await sb.http.get(`/admin/otps?phoneNo=${body.phoneNo}`);
    expect(otps.body.otps).toHaveLength(1);
    const [otp] = otps.body.otps;
    expect(otp).toMatchObject({ referenceNo: res.body.referenceNo, purpose: 'REGISTRATION', phoneNo: body.phoneNo, attempts: 0, attemptsLeft: 3, blocked: false, expired: false, journeyStatus: 'OTP_SENT' });
    expect(otp.otp).toMatch(/^\d{6}$/);
    expect(Date.parse(otp.expiresAt) - Date.parse(otp.issuedAt)).toBe(300_000);
  });

  it('when OTP_TTL_SECONDS is set, then the OTP lives that long', async () => {
    const { sb: short, client } = await signedIn({ env: { OTP_TTL_SECONDS: '45' } });
    const res = await client.post(P.create, creationBody());
    const [otp] = (await short.http.get(`/admin/otps?referenceNo=${res.body.referenceNo}`)).body.otps;
    expect(Date.parse(otp.expiresAt) - Date.parse(otp.issuedAt)).toBe(45_000);
  });

  it('when the phone is the magic 6280000000000, then its OTP is always 000000 (and newOtpCode is the one source)', async () => {
    expect(newOtpCode('6280000000000')).toBe('000000');
    const res = await c.post(P.create, creationBody({ phoneNo: '6280000000000' }));
    expect(res.status).toBe(200);
    expect(await otpFor(sb, res.body.referenceNo)).toBe('000000');
  });

  it('when the phone already has a wallet, then 4030605 Do Not Honor. Phone number already registered, echoing partnerReferenceNo', async () => {
    const body = creationBody({ phoneNo: '6281212340010' });
    const res = await c.post(P.create, body);
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ responseCode: '4030605', responseMessage: 'Do Not Honor. Phone number already registered', partnerReferenceNo: body.partnerReferenceNo });
  });

  it('when called again for the same phone with a new partnerReferenceNo, then the OTP is re-sent on the same registration (same referenceNo, new code, fresh lifetime)', async () => {
    const first = creationBody();
    const a = await c.post(P.create, first);
    const oldOtp = await otpFor(sb, a.body.referenceNo);
    sb.clock.advance(200);
    const second = { ...first, partnerReferenceNo: ref() };
    const b = await c.post(P.create, second);
    expect(b.status).toBe(200);
    expect(b.body).toMatchObject({ responseCode: '2000600', referenceNo: a.body.referenceNo, partnerReferenceNo: second.partnerReferenceNo });
    const otps = (await sb.http.get(`/admin/otps?referenceNo=${a.body.referenceNo}`)).body.otps;
    expect(otps).toHaveLength(1); // one live OTP per journey
    expect(Date.parse(otps[0].expiresAt) - Date.parse(otps[0].issuedAt)).toBe(300_000);
    sb.clock.advance(200); // 400 s after the first OTP: only the re-sent one is still alive
    if (otps[0].otp !== oldOtp) {
      const stale = await c.post(P.verify, { originalPartnerReferenceNo: second.partnerReferenceNo, originalReferenceNo: b.body.referenceNo, otp: oldOtp });
      expect(stale.body.responseCode).toBe('4040415');
    }
    const ok = await c.post(P.verify, { originalPartnerReferenceNo: second.partnerReferenceNo, originalReferenceNo: b.body.referenceNo, otp: otps[0].otp });
    expect(ok.status).toBe(200);
    expect(ok.body.responseCode).toBe('2000400');
  });

  it('when the same partnerReferenceNo is repeated with the same body, then the first answer is replayed; with another body, 4090601', async () => {
    const body = creationBody();
    const a = await c.post(P.create, body);
    const replay = await c.post(P.create, body);
    expect(replay.body).toEqual(a.body);
    const other = await c.post(P.create, { ...body, name: 'Someone Else' });
    expect(other.status).toBe(409);
    expect(other.body).toEqual({ responseCode: '4090601', responseMessage: 'Duplicate partnerReferenceNo', partnerReferenceNo: body.partnerReferenceNo });
  });

  it.each([
    ['phoneNo', { phoneNo: undefined }, '4000602', 'Invalid Mandatory Field phoneNo'],
    ['name', { name: undefined }, '4000602', 'Invalid Mandatory Field name'],
    ['email', { email: undefined }, '4000602', 'Invalid Mandatory Field email'],
    ['redirectUrl', { redirectUrl: undefined }, '4000602', 'Invalid Mandatory Field redirectUrl'],
    ['partnerReferenceNo', { partnerReferenceNo: undefined }, '4000602', 'Invalid Mandatory Field partnerReferenceNo'],
    ['a local phone number', { phoneNo: '081212340099' }, '4000601', 'Invalid Field Format phoneNo'],
    ['a phone with +', { phoneNo: '+6281212340099' }, '4000601', 'Invalid Field Format phoneNo'],
    ['an email without @', { email: 'rina.example.com' }, '4000601', 'Invalid Field Format email'],
    ['a redirectUrl that is not a URL', { redirectUrl: 'not a url' }, '4000601', 'Invalid Field Format redirectUrl'],
  ])('when %s is missing or malformed, then 400 %s', async (_what, change, code, message) => {
    const body = creationBody(change);
    for (const [k, v] of Object.entries(change)) if (v === undefined) delete body[k];
    const res = await c.post(P.create, body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ responseCode: code, responseMessage: message });
  });

  it('when the B2B token is unknown, missing or empty, then 4010601 Invalid Token (B2B), the code the demo apps recover on', async () => {
    const body = creationBody();
    const invalid = await c.post(P.create, body, { Authorization: 'Bearer not-a-token' });
    expect(invalid.status).toBe(401);
    expect(invalid.body).toEqual({ responseCode: '4010601', responseMessage: 'Invalid Token (B2B)' });
    const missing = await c.post(P.create, body, { Authorization: undefined });
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ responseCode: '4010601', responseMessage: 'Invalid Token (B2B)' });
    const empty = await c.post(P.create, body, { Authorization: 'Bearer' });
    expect(empty.body).toEqual({ responseCode: '4010601', responseMessage: 'Invalid Token (B2B)' });
  });
});
