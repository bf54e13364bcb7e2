import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash, createHmac, createVerify } from 'node:crypto';
import { signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { openPurchase, submitPin } from '../helpers/purchase.js';
import { RICH } from '../helpers/personas.js';
import { partnerServer, type Answer, type Received } from '../helpers/partner-server.js';

/**
 * Notifications in DOKU's token model: a partner registered with notificationTokenUrl is asked for
 * its own B2B token (request signed with the sandbox's DOKU key), and notifications carry that
 * token in Authorization and in the HMAC signature.
 */
type PartnerServer = Awaited<ReturnType<typeof partnerServer>>;

const TOKEN_PATH = '/v1.0/access-token/b2b';
const NOTIFY_PATH = '/v1.0/debit/notify';
const OK_TOKEN = (n: number): Answer => ({ status: 200, body: { responseCode: '2007300', responseMessage: 'Successful', accessToken: `partner-token-${n}`, tokenType: 'Bearer', expiresIn: 900 } });
const NOTIFIED: Answer = { status: 200, body: { responseCode: '2005600', responseMessage: 'Successful' } };

describe('notifications with the partner\'s own token (notificationTokenUrl)', () => {
  let sb: TestSandbox;
  let client: SnapClient;
  const servers: PartnerServer[] = [];

  beforeEach(async () => {
    ({ sb, client } = await signedIn({ customer: RICH }));
  });
  afterEach(async () => {
    await sb.notifier.stop();
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  /** A partner server with a token endpoint and a notification endpoint; each answers by its own call count. */
  async function partnerWith(token: (call: number) => Answer, notify: (call: number, req: Received) => Answer = () => NOTIFIED) {
    let tokenCalls = 0;
    let notifyCalls = 0;
    const server = await partnerServer((_call, req) => (req.path === TOKEN_PATH ? token(tokenCalls++) : notify(notifyCalls++, req)));
    servers.push(server);
    const base = `http://127.0.0.1:${server.port}`;
    return { server, tokenUrl: `${base}${TOKEN_PATH}`, notifyUrl: `${base}${NOTIFY_PATH}`, tokenRequests: () => server.received.filter((r) => r.path === TOKEN_PATH), notifications: () => server.received.filter((r) => r.path === NOTIFY_PATH) };
  }

  /** Re-registers the seeded partner (same keys and secret) with the given URLs. */
  function register(fields: Record<string, unknown>) {
    const seeded = sb.ctx.store.partners.get(sb.partner.clientId)!;
    return sb.http.post('/admin/partners').send({ clientId: seeded.id, clientSecret: seeded.clientSecret, publicKey: seeded.publicKeyPem, ...fields });
  }

  async function pay(ref: string) {
    const opened = await openPurchase(client, ref, '10000.00');
    expect((await submitPin(sb, opened.token, RICH.pin)).status).toBe(302);
    return opened.referenceNo;
  }

  const notificationRow = async (referenceNo: string) => (await sb.http.get(`/admin/notifications?transactionId=${referenceNo}`)).body.notifications[0];

  it('when registered, then the token endpoint is asked once with DOKU\'s request, signed by the key GET /admin/keys shows', async () => {
    const partner = await partnerWith(OK_TOKEN);
    const res = await register({ notificationUrl: partner.notifyUrl, notificationTokenUrl: partner.tokenUrl });
    expect(res.status).toBe(201);
    expect(res.body.notificationTokenUrl).toBe(partner.tokenUrl);

    expect(partner.tokenRequests()).toHaveLength(1);
    const { headers, rawBody } = partner.tokenRequests()[0]!;
    expect(JSON.parse(rawBody)).toEqual({ grantType: 'client_credentials' });
    expect(headers['content-type']).toBe('application/json');
    expect(headers['x-client-key']).toBe(sb.partner.clientId);
    expect(headers['x-timestamp']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    const { dokuPublicKey } = (await sb.http.get('/admin/keys')).body as { dokuPublicKey: string };
    expect(dokuPublicKey).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    const verify = (text: string) => createVerify('RSA-SHA256').update(text).verify(dokuPublicKey, headers['x-signature'] as string, 'base64');
    expect(verify(`${sb.partner.clientId}|${headers['x-timestamp']}`)).toBe(true);
    expect(verify(`${sb.partner.clientId}|2000-01-01T00:00:00+07:00`)).toBe(false);
  });

  it('when a purchase is paid, then the partner\'s token goes in Authorization and the HMAC is made over it; it is kept for the next notification until expiresIn runs out', async () => {
    const partner = await partnerWith(OK_TOKEN);
    expect((await register({ notificationUrl: partner.notifyUrl, notificationTokenUrl: partner.tokenUrl })).status).toBe(201);
    const first = await pay('INV-TOK-1');
    await sb.notifier.runDue();
    expect(partner.tokenRequests()).toHaveLength(2); // registration + the first notification
    const { headers, rawBody } = partner.notifications()[0]!;
    expect(headers.authorization).toBe('Bearer partner-token-1');
    const bodyHash = createHash('sha256').update(rawBody).digest('hex');
    const expected = createHmac('sha512', sb.partner.clientSecret).update(`POST:${NOTIFY_PATH}:partner-token-1:${bodyHash}:${headers['x-timestamp']}`).digest('base64');
    expect(headers['x-signature']).toBe(expected);
    const row = await notificationRow(first);
    expect(row.status).toBe('DELIVERED');
    expect(row.attempts).toEqual([expect.objectContaining({ attempt: 1, status: 200, token: expect.objectContaining({ url: partner.tokenUrl, status: 200 }) })]);

    await pay('INV-TOK-2');
    await sb.notifier.runDue();
    expect(partner.tokenRequests()).toHaveLength(2);
    expect(partner.notifications()[1]!.headers.authorization).toBe('Bearer partner-token-1');

    sb.clock.advance(900);
    await client.getB2bToken();
    await client.getCustomerToken(RICH.authCode);
    const third = await pay('INV-TOK-3');
    await sb.notifier.runDue();
    expect(partner.tokenRequests()).toHaveLength(3);
    expect(partner.notifications()[2]!.headers.authorization).toBe('Bearer partner-token-2');
    expect((await notificationRow(third)).attempts[0].token).toEqual(expect.objectContaining({ status: 200 }));
  });

  it('when the partner answers 401 to a kept token, then a new token is asked for and the notification sent again at once', async () => {
    // The partner accepts token 1 once, then forgets it (a restart): the kept token is refused.
    const partner = await partnerWith(OK_TOKEN, (call, req) => (call > 0 && req.headers.authorization === 'Bearer partner-token-1' ? { status: 401, body: { responseCode: '4015600' } } : NOTIFIED));
    expect((await register({ notificationUrl: partner.notifyUrl, notificationTokenUrl: partner.tokenUrl })).status).toBe(201);
    await pay('INV-TOK-401A');
    await sb.notifier.runDue();
    const referenceNo = await pay('INV-TOK-401B');
    await sb.notifier.runDue();
    expect(partner.notifications().map((r) => r.headers.authorization)).toEqual(['Bearer partner-token-1', 'Bearer partner-token-1', 'Bearer partner-token-2']);
    const row = await notificationRow(referenceNo);
    expect(row.status).toBe('DELIVERED');
    expect(row.attempts).toEqual([
      expect.objectContaining({ attempt: 1, status: 401, token: { url: partner.tokenUrl, cached: true } }),
      expect.objectContaining({ attempt: 1, status: 200, token: expect.objectContaining({ url: partner.tokenUrl, status: 200 }) }),
    ]);
  });

  it('when the partner answers 401 to a token it just issued, then the attempt fails and the retry asks for a new token', async () => {
    const partner = await partnerWith(OK_TOKEN, (_call, req) => (req.headers.authorization === 'Bearer partner-token-1' ? { status: 401, body: { responseCode: '4015600' } } : NOTIFIED));
    expect((await register({ notificationUrl: partner.notifyUrl, notificationTokenUrl: partner.tokenUrl })).status).toBe(201);
    const referenceNo = await pay('INV-TOK-401C');
    await sb.notifier.runDue();
    expect((await notificationRow(referenceNo)).status).toBe('PENDING');
    sb.clock.advance(1);
    await sb.notifier.runDue();
    expect(partner.notifications().map((r) => r.headers.authorization)).toEqual(['Bearer partner-token-1', 'Bearer partner-token-2']);
    expect((await notificationRow(referenceNo)).status).toBe('DELIVERED');
  });

  it('when the token request fails at delivery time, then it is a failed attempt with the token step shown, and the retry delivers', async () => {
    const partner = await partnerWith((call) => (call === 1 ? { status: 503, body: { responseCode: '5037300' } } : OK_TOKEN(call)));
    expect((await register({ notificationUrl: partner.notifyUrl, notificationTokenUrl: partner.tokenUrl })).status).toBe(201);
    const referenceNo = await pay('INV-TOK-FAIL');
    await sb.notifier.runDue();
    expect(partner.notifications()).toHaveLength(0);
    let row = await notificationRow(referenceNo);
    expect(row.status).toBe('PENDING');
    expect(row.attempts).toEqual([
      expect.objectContaining({ attempt: 1, error: expect.stringMatching(/^token request failed: the token endpoint answered HTTP 503/), token: expect.objectContaining({ url: partner.tokenUrl, status: 503 }) }),
    ]);
    sb.clock.advance(1);
    await sb.notifier.runDue();
    row = await notificationRow(referenceNo);
    expect(row.status).toBe('DELIVERED');
    expect(row.attempts.map((a: { attempt: number; status?: number }) => [a.attempt, a.status ?? null])).toEqual([
      [1, null],
      [2, 200],
    ]);
  });

  describe('registration refuses a token endpoint that does not work (400, nothing stored)', () => {
    const cases: [string, (call: number) => Answer, RegExp][] = [
      ['answers non-JSON', () => ({ status: 200, raw: '<html>token</html>' }), /did not answer JSON: <html>/],
      ['answers without accessToken', () => ({ status: 200, body: { responseCode: '2007300', tokenType: 'Bearer', expiresIn: 900 } }), /without accessToken/],
      ['answers 401', () => ({ status: 401, body: { responseCode: '4017300', responseMessage: 'Unauthorized.Invalid Signature' } }), /HTTP 401/],
      ['answers an expiresIn that is not a number of seconds', () => ({ status: 200, body: { accessToken: 't', expiresIn: 'soon' } }), /expiresIn "soon"/],
    ];
    it.each(cases)('when it %s, then 4000001 naming notificationTokenUrl', async (_name, answer, reason) => {
      const partner = await partnerWith(answer);
      const res = await register({ name: 'Changed', notificationUrl: partner.notifyUrl, notificationTokenUrl: partner.tokenUrl });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ responseCode: '4000001', responseMessage: 'Invalid Field Format notificationTokenUrl' });
      expect(res.body.additionalInfo.reason).toMatch(/^asked for a token: /);
      expect(res.body.additionalInfo.reason).toMatch(reason);
      expect(sb.ctx.store.partners.get(sb.partner.clientId)).toMatchObject({ notificationTokenUrl: undefined, notificationUrl: undefined });
      expect(sb.ctx.store.partners.get(sb.partner.clientId)!.name).not.toBe('Changed');
    });

    it('when nobody listens there, then 4000001 naming notificationTokenUrl', async () => {
      const gone = await partnerServer();
      await gone.close();
      const res = await register({ notificationTokenUrl: `http://127.0.0.1:${gone.port}${TOKEN_PATH}` });
      expect([res.status, res.body.responseMessage]).toEqual([400, 'Invalid Field Format notificationTokenUrl']);
      expect(res.body.additionalInfo.reason).toMatch(/ECONNREFUSED/);
      expect(sb.ctx.store.partners.get(sb.partner.clientId)!.notificationTokenUrl).toBeUndefined();
    });

    it.each([['not a URL', 'not a url'], ['not http(s)', 'ftp://127.0.0.1/token'], ['without a host', 'http://']])('when it is %s, then 400 naming notificationTokenUrl', async (_name, url) => {
      const res = await register({ notificationTokenUrl: url });
      expect(res.status).toBe(400);
      expect(res.body.responseCode).toBe('4000001');
      expect(res.body.responseMessage).toContain('notificationTokenUrl');
      expect(sb.ctx.store.partners.get(sb.partner.clientId)!.notificationTokenUrl).toBeUndefined();
    });
  });
});
