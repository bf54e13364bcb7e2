import { beforeEach, describe, expect, it } from '@jest/globals';
import { redirectWithParams } from '../../src/webview/redirect.js';
import { signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { P, parseForm, ref, registerUntilPinPage, submitForm } from '../helpers/account-journey.js';

describe('the Create-PIN page (qparamsURL?token=…)', () => {
  let sb: TestSandbox;
  let c: SnapClient;
  beforeEach(async () => {
    ({ sb, client: c } = await signedIn());
  });

  const walletCount = () => sb.ctx.store.wallets.size;

  it('when opened, then it is a JavaScript-free HTML form asking for the PIN twice', async () => {
    const { pinPage, token } = await registerUntilPinPage(sb, c);
    const res = await sb.http.get(pinPage);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).not.toMatch(/<script/i);
    const form = parseForm(res.text);
    expect(form).toEqual({ method: 'post', action: 'create-pin', fields: { token, pin: '', confirmPin: '' } });
    expect(res.text).toContain('Rina Kusuma');
  });

  it('when the PINs match, then a 10-digit ACTIVE wallet with balance 0.00 exists and the browser goes to redirectUrl?accountId=…&partnerReferenceNo=…&status=SUCCESS', async () => {
    const { pinPage, body } = await registerUntilPinPage(sb, c, { redirectUrl: 'https://partner.example.com/cb' });
    const page = await sb.http.get(pinPage);
    const res = await submitForm(sb, pinPage, page.text, { pin: '592817', confirmPin: '592817' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.location!);
    expect(`${location.origin}${location.pathname}`).toBe('https://partner.example.com/cb');
    expect([...location.searchParams.keys()]).toEqual(['accountId', 'partnerReferenceNo', 'status']);
    expect(location.searchParams.get('status')).toBe('SUCCESS');
    expect(location.searchParams.get('partnerReferenceNo')).toBe(body.partnerReferenceNo);
    const accountId = location.searchParams.get('accountId')!;
    expect(accountId).toMatch(/^[1-9]\d{9}$/);

    const account = await sb.http.get(`/admin/accounts/${accountId}`);
    expect(account.status).toBe(200);
    expect(account.body).toMatchObject({ accountId, publicUserId: expect.any(String), name: 'Rina Kusuma', phoneNo: body.phoneNo, email: body.email, status: 'ACTIVE', balance: '0.00', bindings: [] });
    const [otp] = (await sb.http.get(`/admin/otps?phoneNo=${body.phoneNo}`)).body.otps;
    expect(otp.journeyStatus).toBe('COMPLETED');
  });

  it('when the page token is unknown or missing, then a 404 error page and no account', async () => {
    for (const path of ['/webview/create-pin?token=nope', '/webview/create-pin']) {
      const res = await sb.http.get(path);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toContain('This link is not valid');
    }
    const post = await sb.http.post('/webview/create-pin').type('form').send({ token: 'nope', pin: '592817', confirmPin: '592817' });
    expect(post.status).toBe(404);
    expect(walletCount()).toBe(4);
  });

  it('when the page token was already used, then 410 and no second account', async () => {
    const { pinPage } = await registerUntilPinPage(sb, c);
    const page = await sb.http.get(pinPage);
    expect((await submitForm(sb, pinPage, page.text, { pin: '592817', confirmPin: '592817' })).status).toBe(302);
    const again = await submitForm(sb, pinPage, page.text, { pin: '592817', confirmPin: '592817' });
    expect(again.status).toBe(410);
    expect(again.text).toContain('already been used');
    expect((await sb.http.get(pinPage)).status).toBe(410);
    expect(walletCount()).toBe(5);
  });

  it('when the page token has expired (15 minutes), then 410 and no account', async () => {
    const { pinPage } = await registerUntilPinPage(sb, c);
    const page = await sb.http.get(pinPage);
    sb.clock.advance(900);
    const res = await submitForm(sb, pinPage, page.text, { pin: '592817', confirmPin: '592817' });
    expect(res.status).toBe(410);
    expect(res.text).toContain('expired');
    expect(walletCount()).toBe(4);
  });

  it('when a new OTP was requested after verification, then the open Create-PIN link no longer works', async () => {
    const { pinPage, body } = await registerUntilPinPage(sb, c);
    await c.post(P.create, { ...body, partnerReferenceNo: ref() });
    const res = await sb.http.get(pinPage);
    expect(res.status).toBe(410);
  });

  it('when the two PINs differ, then a 400 error page, no account, and the same link can be used again', async () => {
    const { pinPage } = await registerUntilPinPage(sb, c);
    const page = await sb.http.get(pinPage);
    const res = await submitForm(sb, pinPage, page.text, { pin: '592817', confirmPin: '592818' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('The two PINs are different');
    expect(walletCount()).toBe(4);
    expect((await submitForm(sb, pinPage, page.text, { pin: '592817', confirmPin: '592817' })).status).toBe(302);
  });

  it.each([
    ['111111', 'one digit repeated'],
    ['123456', 'sequence'],
    ['654321', 'sequence'],
    ['456789', 'sequence'],
  ])('when the PIN is weak (%s), then 422, the form again with a message, and no account', async (pin, message) => {
    const { pinPage } = await registerUntilPinPage(sb, c);
    const page = await sb.http.get(pinPage);
    const res = await submitForm(sb, pinPage, page.text, { pin, confirmPin: pin });
    expect(res.status).toBe(422);
    expect(res.text).toContain(message);
    expect(parseForm(res.text).fields).toHaveProperty('pin');
    expect(walletCount()).toBe(4);
  });

  it('when the PIN is not 6 digits, then 422 and the form again', async () => {
    const { pinPage } = await registerUntilPinPage(sb, c);
    const page = await sb.http.get(pinPage);
    const res = await submitForm(sb, pinPage, page.text, { pin: '5928', confirmPin: '5928' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('exactly 6 digits');
    expect(walletCount()).toBe(4);
  });

  it('when the redirectUrl has its own query and fragment, then accountId still comes first and both are kept', () => {
    expect(redirectWithParams('https://p.example/cb?x=1&y=2#done', { accountId: '1234567890', status: 'SUCCESS' })).toBe(
      'https://p.example/cb?accountId=1234567890&status=SUCCESS&x=1&y=2#done',
    );
    expect(redirectWithParams('myapp://doku', { authCode: 'a b' })).toBe('myapp://doku?authCode=a+b');
  });
});
