import { beforeEach, describe, expect, it } from '@jest/globals';
import { signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { creationBody, otpFor, P, secondPartner } from '../helpers/account-journey.js';

/** A wrong code that differs from the real one. */
const wrong = (otp: string) => (otp === '999999' ? '999998' : '999999');

describe('POST /snap-adapter/b2b/v1.0/otp-verification (04)', () => {
  let sb: TestSandbox;
  let c: SnapClient;
  let body: Record<string, unknown>;
  let referenceNo: string;
  let otp: string;
  const verify = (code: string, overrides: Record<string, unknown> = {}) =>
    c.post(P.verify, { originalPartnerReferenceNo: body.partnerReferenceNo, originalReferenceNo: referenceNo, otp: code, ...overrides });

  beforeEach(async () => {
    ({ sb, client: c } = await signedIn());
    body = creationBody();
    referenceNo = (await c.post(P.create, body)).body.referenceNo;
    otp = await otpFor(sb, referenceNo);
  });

  it('when the OTP is right, then 2000400 with the references, email, phoneNo, qparamsURL and qparams.token', async () => {
    const res = await verify(otp);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      responseCode: '2000400',
      responseMessage: 'Successful',
      originalPartnerReferenceNo: body.partnerReferenceNo,
      originalReferenceNo: referenceNo,
      email: body.email,
      phoneNo: body.phoneNo,
      qparamsURL: 'http://localhost:8080/webview/create-pin',
      qparams: { token: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/) },
      additionalInfo: {},
    });
    expect(res.body.qParamsURL).toBeUndefined(); // DOKU's SDKs read the lower-case keys
  });

  it('when the OTP is wrong, then 404 4040415 Invalid OTP and the attempt counts', async () => {
    const res = await verify(wrong(otp));
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ responseCode: '4040415', responseMessage: 'Invalid OTP', originalReferenceNo: referenceNo, originalPartnerReferenceNo: body.partnerReferenceNo });
    const [listed] = (await sb.http.get(`/admin/otps?referenceNo=${referenceNo}`)).body.otps;
    expect(listed).toMatchObject({ attempts: 1, attemptsLeft: 2, blocked: false });
  });

  it('when the OTP is wrong three times, then the third answers 403 4030411 OTP Blocked and it stays blocked, even for the right code', async () => {
    expect((await verify(wrong(otp))).body.responseCode).toBe('4040415');
    expect((await verify(wrong(otp))).body.responseCode).toBe('4040415');
    const third = await verify(wrong(otp));
    expect(third.status).toBe(403);
    expect(third.body).toMatchObject({ responseCode: '4030411', responseMessage: 'OTP Blocked' });
    const right = await verify(otp);
    expect(right.status).toBe(403);
    expect(right.body).toMatchObject({ responseCode: '4030411', responseMessage: 'OTP Blocked' });
    const [listed] = (await sb.http.get(`/admin/otps?referenceNo=${referenceNo}`)).body.otps;
    expect(listed).toMatchObject({ attempts: 3, attemptsLeft: 0, blocked: true, journeyStatus: 'BLOCKED' });
  });

  it('when the registration is blocked, then Account Creation for that phone opens a new registration', async () => {
    for (let i = 0; i < 3; i++) await verify(wrong(otp));
    const again = await c.post(P.create, { ...body, partnerReferenceNo: 'retry-after-block' });
    expect(again.status).toBe(200);
    expect(again.body.referenceNo).not.toBe(referenceNo);
  });

  it('when the OTP has outlived OTP_TTL_SECONDS, then 403 4030412 OTP Lifetime Expired', async () => {
    sb.clock.advance(300);
    const res = await verify(otp);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ responseCode: '4030412', responseMessage: 'OTP Lifetime Expired' });
  });

  it('when the OTP is one second short of its lifetime, then it is still accepted', async () => {
    sb.clock.advance(299);
    expect((await verify(otp)).status).toBe(200);
  });

  it('when originalReferenceNo is unknown, then 404 4040401 Transaction Not Found', async () => {
    const res = await verify(otp, { originalReferenceNo: 'NOSUCHREFERENCE00000' });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ responseCode: '4040401', responseMessage: 'Transaction Not Found', originalReferenceNo: 'NOSUCHREFERENCE00000', originalPartnerReferenceNo: body.partnerReferenceNo });
  });

  it("when another partner names this journey, then 404 4040401 (journeys are per partner)", async () => {
    const other = await secondPartner(sb);
    const res = await other.post(P.verify, { originalPartnerReferenceNo: body.partnerReferenceNo, originalReferenceNo: referenceNo, otp });
    expect(res.status).toBe(404);
    expect(res.body.responseCode).toBe('4040401');
  });

  it('when originalPartnerReferenceNo is not the journey\'s, then 404 4040407 Journey Not Found', async () => {
    const res = await verify(otp, { originalPartnerReferenceNo: 'someone-elses-ref' });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ responseCode: '4040407', responseMessage: 'Journey Not Found' });
  });

  it('when the journey no longer waits for an OTP (already verified), then 404 4040407 Journey Not Found', async () => {
    expect((await verify(otp)).status).toBe(200);
    const again = await verify(otp);
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({ responseCode: '4040407', responseMessage: 'Journey Not Found' });
  });

  it.each([
    ['otp of 5 digits', { otp: '12345' }, '4000401', 'Invalid Field Format otp'],
    ['otp with letters', { otp: '12a456' }, '4000401', 'Invalid Field Format otp'],
    ['no otp', { otp: undefined }, '4000402', 'Invalid Mandatory Field otp'],
    ['no originalReferenceNo', { originalReferenceNo: undefined }, '4000402', 'Invalid Mandatory Field originalReferenceNo'],
    ['no originalPartnerReferenceNo', { originalPartnerReferenceNo: undefined }, '4000402', 'Invalid Mandatory Field originalPartnerReferenceNo'],
  ])('when the request has %s, then 400 %s', async (_what, change, code, message) => {
    const request: Record<string, unknown> = { originalPartnerReferenceNo: body.partnerReferenceNo, originalReferenceNo: referenceNo, otp, ...change };
    for (const [k, v] of Object.entries(change)) if (v === undefined) delete request[k];
    const res = await c.post(P.verify, request);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ responseCode: code, responseMessage: message });
  });
});

describe('POST /snap-adapter/{b2b,b2b2c}/v1.0/otp (81, Request OTP)', () => {
  let sb: TestSandbox;
  let c: SnapClient;
  let body: Record<string, unknown>;
  let referenceNo: string;
  const journeyRef = () => ({ originalPartnerReferenceNo: body.partnerReferenceNo, originalReferenceNo: referenceNo });

  beforeEach(async () => {
    ({ sb, client: c } = await signedIn());
    body = creationBody();
    referenceNo = (await c.post(P.create, body)).body.referenceNo;
  });

  it('when the journey waits for its OTP, then 2008100 and a new code with a fresh lifetime and attempt count', async () => {
    const first = await otpFor(sb, referenceNo);
    await c.post(P.verify, { ...journeyRef(), otp: wrong(first) });
    sb.clock.advance(250);
    const res = await c.post(P.requestOtp, journeyRef());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ responseCode: '2008100', responseMessage: 'Successful', referenceNo, partnerReferenceNo: body.partnerReferenceNo });
    const [listed] = (await sb.http.get(`/admin/otps?referenceNo=${referenceNo}`)).body.otps;
    expect(listed).toMatchObject({ attempts: 0, blocked: false });
    sb.clock.advance(250); // past the first OTP's lifetime, within the new one's
    expect((await c.post(P.verify, { ...journeyRef(), otp: listed.otp })).status).toBe(200);
  });

  it('when called under /b2b2c/, then it answers the same way (the path is inferred: both prefixes are served)', async () => {
    const res = await c.post(P.requestOtpB2b2c, journeyRef());
    expect(res.status).toBe(200);
    expect(res.body.responseCode).toBe('2008100');
  });

  it('when the journey is blocked, then 403 4038111 OTP Blocked', async () => {
    const otp = await otpFor(sb, referenceNo);
    for (let i = 0; i < 3; i++) await c.post(P.verify, { ...journeyRef(), otp: wrong(otp) });
    const res = await c.post(P.requestOtp, journeyRef());
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ responseCode: '4038111', responseMessage: 'OTP Blocked' });
  });

  it('when the reference is unknown, then 404 4048101; when the journey is past its OTP, 404 4048107', async () => {
    const unknown = await c.post(P.requestOtp, { ...journeyRef(), originalReferenceNo: 'NOSUCHREFERENCE00000' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ responseCode: '4048101', responseMessage: 'Transaction Not Found' });
    await c.post(P.verify, { ...journeyRef(), otp: await otpFor(sb, referenceNo) });
    const done = await c.post(P.requestOtp, journeyRef());
    expect(done.status).toBe(404);
    expect(done.body).toMatchObject({ responseCode: '4048107', responseMessage: 'Journey Not Found' });
  });

  it('when originalReferenceNo is missing, then 400 4008102', async () => {
    const res = await c.post(P.requestOtp, { originalPartnerReferenceNo: body.partnerReferenceNo });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ responseCode: '4008102', responseMessage: 'Invalid Mandatory Field originalReferenceNo' });
  });
});
