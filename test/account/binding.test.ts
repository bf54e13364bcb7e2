import { beforeEach, describe, expect, it } from '@jest/globals';
import { signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { adminWallet, consent, P, parseForm, ref, startBinding, submitForm } from '../helpers/account-journey.js';

const UNBOUND = '1140340012'; // fixture persona: active, not bound, PIN 975310
const UNBOUND_PIN = '975310';

describe('POST /snap-adapter/b2b/v1.0/registration-account-binding (07) and its consent page', () => {
  let sb: TestSandbox;
  let c: SnapClient;
  beforeEach(async () => {
    ({ sb, client: c } = await signedIn({ env: { PIN_LOCK_SECONDS: '60' } }));
  });

  it('when the account exists, then 2000700 with referenceNo, linkId, nextAction (the consent page), redirectUrl and userInfo.publicUserId', async () => {
    const body = { partnerReferenceNo: ref(), redirectUrl: 'https://partner.example.com/doku/callback', successParams: { accountId: UNBOUND } };
    const res = await c.post(P.bind, body);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      responseCode: '2000700',
      responseMessage: 'Successful',
      referenceNo: expect.stringMatching(/^[0-9A-Z]{20}$/),
      partnerReferenceNo: body.partnerReferenceNo,
      linkId: expect.stringMatching(/^LNK/),
      nextAction: expect.stringMatching(/^http:\/\/localhost:8080\/webview\/binding-consent\?token=[A-Za-z0-9_-]+$/),
      redirectUrl: body.redirectUrl,
      userInfo: { publicUserId: `PU${UNBOUND}` },
      additionalInfo: {},
    });
  });

  it('when the customer confirms with the PIN, then 302 to redirectUrl?authCode=<uuid> (first), and the authCode buys B2B2C tokens again and again', async () => {
    const { consentPage } = await startBinding(c, UNBOUND, 'https://partner.example.com/doku/callback?from=bind');
    const page = await sb.http.get(consentPage);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Sandbox Test Merchant');
    expect(page.text).not.toMatch(/<script/i);
    expect(Object.keys(parseForm(page.text).fields).sort()).toEqual(['pin', 'token']);
    const res = await submitForm(sb, consentPage, page.text, { pin: UNBOUND_PIN });
    expect(res.status).toBe(302);
    expect(res.headers.location).toMatch(/^https:\/\/partner\.example\.com\/doku\/callback\?authCode=[0-9a-f-]{36}&from=bind$/);
    const authCode = res.headers.location!.match(/(?<=\?authCode=)[^&]+/)![0];
    await c.getCustomerToken(authCode);
    await c.getCustomerToken(authCode); // reusable while the binding lives, as DOKU's demo apps rely on
    const balance = await c.post(P.balance, { partnerReferenceNo: ref() });
    expect(balance.body).toMatchObject({ responseCode: '2001100', accountNo: UNBOUND });
    expect(balance.body.accountInfos[0].availableBalance.value).toBe('250000.00');
  });

  it('when the customer has not confirmed yet, then the binding\'s authCode is refused at the token endpoint', async () => {
    const { res } = await startBinding(c, UNBOUND);
    const binding = sb.ctx.store.bindings.get(res.body.linkId)!;
    const token = await c.tokenRequest(P.tokenB2b2c, { grantType: 'authorization_code', authCode: binding.authCode });
    expect(token.status).toBe(401);
    expect(token.body).toEqual({ responseCode: '4017400', responseMessage: 'Unauthorized. Invalid Auth Code' });
  });

  it('when the accountId is unknown, then 404 4040711 Invalid Card/Account/Customer', async () => {
    const partnerReferenceNo = ref();
    const res = await c.post(P.bind, { partnerReferenceNo, redirectUrl: 'https://p.example/cb', successParams: { accountId: '9999999999' } });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ responseCode: '4040711', responseMessage: 'Invalid Card/Account/Customer', partnerReferenceNo });
  });

  it('when the wallet is not active (BLOCKED persona), then 403 4030718 Inactive Card/Account/Customer', async () => {
    const partnerReferenceNo = ref();
    const res = await c.post(P.bind, { partnerReferenceNo, redirectUrl: 'https://p.example/cb', successParams: { accountId: '1140340013' } });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ responseCode: '4030718', responseMessage: 'Inactive Card/Account/Customer', partnerReferenceNo });
  });

  it.each([
    ['no successParams.accountId', { successParams: {} }, '4000702', 'Invalid Mandatory Field successParams.accountId'],
    ['no successParams', { successParams: undefined }, '4000702', 'Invalid Mandatory Field successParams'],
    ['no redirectUrl', { redirectUrl: undefined }, '4000702', 'Invalid Mandatory Field redirectUrl'],
  ])('when the request has %s, then 400 %s', async (_what, change, code, message) => {
    const body: Record<string, unknown> = { partnerReferenceNo: ref(), redirectUrl: 'https://p.example/cb', successParams: { accountId: UNBOUND }, ...change };
    for (const [k, v] of Object.entries(change)) if (v === undefined) delete body[k];
    const res = await c.post(P.bind, body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ responseCode: code, responseMessage: message });
  });

  it('when the PIN is wrong, then 401 and the form again saying how many attempts are left', async () => {
    const { consentPage } = await startBinding(c, UNBOUND);
    const first = await consent(sb, consentPage, '000001');
    expect(first.status).toBe(401);
    expect(first.text).toContain('Wrong PIN. 2 attempts left.');
    const second = await submitForm(sb, consentPage, first.text, { pin: '000001' });
    expect(second.text).toContain('Wrong PIN. 1 attempt left.');
  });

  it('when the PIN is wrong three times, then the wallet is locked for PIN_LOCK_SECONDS (even the right PIN is refused) and works again afterwards', async () => {
    const { consentPage } = await startBinding(c, UNBOUND);
    await consent(sb, consentPage, '000001');
    await consent(sb, consentPage, '000001');
    const locked = await consent(sb, consentPage, '000001');
    expect(locked.status).toBe(423);
    expect(locked.text).toContain('Too many wrong PINs');
    const open = await sb.http.get(consentPage);
    expect(open.status).toBe(423);
    const rightButLocked = await sb.http.post('/webview/binding-consent').type('form').send({ token: new URL(consentPage, 'http://x').searchParams.get('token'), pin: UNBOUND_PIN });
    expect(rightButLocked.status).toBe(423);
    expect((await sb.http.get(`/admin/accounts/${UNBOUND}`)).body.pinLockedUntil).toEqual(expect.any(String));

    sb.clock.advance(60);
    const after = await consent(sb, consentPage, UNBOUND_PIN);
    expect(after.status).toBe(302);
    expect(after.headers.location).toMatch(/\?authCode=/);
  });

  it('when the consent link is unknown or already used, then an HTML error page (404 / 410)', async () => {
    expect((await sb.http.get('/webview/binding-consent?token=nope')).status).toBe(404);
    const { consentPage } = await startBinding(c, UNBOUND);
    expect((await consent(sb, consentPage, UNBOUND_PIN)).status).toBe(302);
    const again = await sb.http.get(consentPage);
    expect(again.status).toBe(410);
    expect(again.headers['content-type']).toMatch(/^text\/html/);
  });

  it('when the consent link has expired (15 minutes), then 410', async () => {
    const { consentPage } = await startBinding(c, UNBOUND);
    sb.clock.advance(900);
    expect((await sb.http.get(consentPage)).status).toBe(410);
  });

  it('when the same wallet is bound again and confirmed, then the new binding replaces the old one: the old authCode and customer token stop working', async () => {
    const wallet = await adminWallet(sb, { bind: true, pin: '314159' });
    const oldToken = await c.getCustomerToken(wallet.authCode!);
    const { consentPage, res } = await startBinding(c, wallet.accountId);
    // until confirmed, the old binding keeps working
    expect((await c.post(P.balance, { partnerReferenceNo: ref() })).status).toBe(200);
    const done = await consent(sb, consentPage, '314159');
    const newAuthCode = done.headers.location!.match(/(?<=\?authCode=)[^&]+/)![0];
    expect(newAuthCode).not.toBe(wallet.authCode);

    c.customerToken = oldToken;
    const refused = await c.post(P.balance, { partnerReferenceNo: ref() });
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({ responseCode: '4011101', responseMessage: 'Invalid Customer Token' });
    const oldCode = await c.tokenRequest(P.tokenB2b2c, { grantType: 'authorization_code', authCode: wallet.authCode });
    expect(oldCode.status).toBe(401);
    await c.getCustomerToken(newAuthCode);
    const bindings = (await sb.http.get(`/admin/accounts/${wallet.accountId}`)).body.bindings;
    expect(bindings.map((b: { linkId: string; status: string }) => [b.linkId === res.body.linkId, b.status])).toEqual([
      [false, 'UNBOUND'],
      [true, 'ACTIVE'],
    ]);
  });
});
