import { describe, expect, it } from '@jest/globals';
import { signedIn } from '../helpers/harness.js';
import { creationBody, otpFor, P, parseForm, pathOf, ref, submitForm } from '../helpers/account-journey.js';

describe('the whole wallet journey, over HTTP alone (pages included)', () => {
  it('when a partner registers, binds, reads the balance and unbinds, then the customer token is refused at the end', async () => {
    const { sb, client: c } = await signedIn();

    // 1. Account Creation → OTP "sent" to the phone, read from the admin API
    const creation = creationBody({ redirectUrl: 'https://partner.example.com/registerdoku/?app=demo' });
    const created = await c.post(P.create, creation);
    expect(created.status).toBe(200);
    expect(created.body).toEqual({ responseCode: '2000600', responseMessage: 'Successful', referenceNo: expect.any(String), partnerReferenceNo: creation.partnerReferenceNo, additionalInfo: {} });
    const otp = await otpFor(sb, created.body.referenceNo);
    expect(otp).toMatch(/^\d{6}$/);

    // 2. Verify OTP → qparamsURL + qparams.token (lower-case keys)
    const verified = await c.post(P.verify, { originalPartnerReferenceNo: creation.partnerReferenceNo, originalReferenceNo: created.body.referenceNo, otp });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ responseCode: '2000400', responseMessage: 'Successful', qparamsURL: expect.stringMatching(/\/webview\/create-pin$/), qparams: { token: expect.any(String) } });

    // 3. Create-PIN page: GET, read the form, POST it → 302 to redirectUrl with accountId first
    const pinPageUrl = `${verified.body.qparamsURL}?token=${verified.body.qparams.token}`;
    const pinPage = await sb.http.get(pathOf(pinPageUrl));
    expect(pinPage.status).toBe(200);
    expect(pinPage.headers['content-type']).toMatch(/text\/html/);
    expect(Object.keys(parseForm(pinPage.text).fields).sort()).toEqual(['confirmPin', 'pin', 'token']);
    const pinPost = await submitForm(sb, pathOf(pinPageUrl), pinPage.text, { pin: '271828', confirmPin: '271828' });
    expect(pinPost.status).toBe(302);
    const afterPin = pinPost.headers.location!;
    expect(afterPin).toMatch(/^https:\/\/partner\.example\.com\/registerdoku\/\?accountId=\d{10}&partnerReferenceNo=[^&]+&status=SUCCESS&app=demo$/);
    const accountId = afterPin.match(/(?<=\?accountId=)\d+/)![0]; // the Android demo's own regex
    expect(new URL(afterPin).searchParams.get('partnerReferenceNo')).toBe(creation.partnerReferenceNo);

    // 4. Account Binding → consent page (PIN) → 302 with authCode first
    const bound = await c.post(P.bind, { partnerReferenceNo: ref(), redirectUrl: 'https://partner.example.com/doku/callback', successParams: { accountId } });
    expect(bound.status).toBe(200);
    expect(bound.body).toMatchObject({ responseCode: '2000700', responseMessage: 'Successful', linkId: expect.any(String), nextAction: expect.stringMatching(/^http/), redirectUrl: 'https://partner.example.com/doku/callback', userInfo: { publicUserId: expect.any(String) } });
    const consentPage = await sb.http.get(pathOf(bound.body.nextAction));
    expect(consentPage.status).toBe(200);
    const consented = await submitForm(sb, pathOf(bound.body.nextAction), consentPage.text, { pin: '271828' });
    expect(consented.status).toBe(302);
    const authCode = consented.headers.location!.match(/(?<=\?authCode=)[^&]+/)![0];
    expect(authCode).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

    // 5. authCode → B2B2C token → balance 0.00
    const customerToken = await c.getCustomerToken(authCode);
    const balance = await c.post(P.balance, { partnerReferenceNo: ref() });
    expect(balance.status).toBe(200);
    expect(balance.body).toMatchObject({ responseCode: '2001100', accountNo: accountId, name: creation.name });
    expect(balance.body.accountInfos[0].availableBalance).toEqual({ value: '0.00', currency: 'IDR' });

    // 6. Unbinding → OTP → Verify OTP completes it
    const unbindRef = ref();
    const unbind = await c.post(P.unbind, { partnerReferenceNo: unbindRef, additionalInfo: { accountId } });
    expect(unbind.status).toBe(200);
    expect(unbind.body).toMatchObject({ responseCode: '2000900', responseMessage: 'Successful', referenceNo: expect.any(String), linkId: bound.body.linkId });
    const unbindOtp = await otpFor(sb, unbind.body.referenceNo);
    const unbound = await c.post(P.verify, { originalPartnerReferenceNo: unbindRef, originalReferenceNo: unbind.body.referenceNo, otp: unbindOtp });
    expect(unbound.status).toBe(200);
    expect(unbound.body.responseCode).toBe('2000400');

    // 7. The customer token is refused; the authCode no longer buys a token
    c.customerToken = customerToken;
    const refused = await c.post(P.balance, { partnerReferenceNo: ref() });
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({ responseCode: '4011101', responseMessage: 'Invalid Customer Token' });
    const noToken = await c.tokenRequest(P.tokenB2b2c, { grantType: 'authorization_code', authCode });
    expect(noToken.status).toBe(401);
    expect(noToken.body).toEqual({ responseCode: '4017400', responseMessage: 'Unauthorized. Invalid Auth Code' });
  });
});
