import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash, createHmac } from 'node:crypto';
import { signedClient, testSandbox, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { partnerServer, type Answer, type Received } from '../helpers/partner-server.js';
import { RICH } from '../helpers/personas.js';
import { openPurchase } from '../helpers/purchase.js';

/**
 * POST /admin/notifications/{id}/redeliver: the same notification once more, as a new message
 * (new X-EXTERNAL-ID, fresh X-TIMESTAMP and signature), listed with the others.
 */
type PartnerServer = Awaited<ReturnType<typeof partnerServer>>;

const NOTIFY_PATH = '/v1.0/debit/notify';
const TOKEN_PATH = '/v1.0/access-token/b2b';

describe('redelivering a notification', () => {
  let sb: TestSandbox;
  let client: SnapClient;
  const servers: PartnerServer[] = [];

  beforeEach(async () => {
    sb = await testSandbox();
    client = await signedClient(sb, RICH);
  });
  afterEach(async () => {
    await sb.notifier.stop();
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  async function partner(answer?: (call: number, req: Received) => Answer): Promise<PartnerServer> {
    const server = await partnerServer(answer);
    servers.push(server);
    return server;
  }

  function register(fields: Record<string, unknown>) {
    const seeded = sb.ctx.store.partners.get(sb.partner.clientId)!;
    return sb.http.post('/admin/partners').send({ clientId: seeded.id, clientSecret: seeded.clientSecret, publicKey: seeded.publicKeyPem, ...fields }).expect(201);
  }

  /** A purchase paid on its PIN page, completed through the admin API (over supertest's server). */
  async function paidPurchase(ref: string): Promise<string> {
    const opened = await openPurchase(client, ref, '10000.00');
    const done = await sb.http.post('/admin/webviews/complete').send({ url: opened.body.webRedirectUrl, pin: RICH.pin });
    expect(done.body).toMatchObject({ status: 302, redirect: expect.stringContaining('status=SUCCESS') });
    return opened.referenceNo;
  }

  const rows = async (referenceNo: string) => (await sb.http.get(`/admin/notifications?transactionId=${referenceNo}`)).body.notifications as [any, ...any[]];

  /** The partner's check, exactly as DOKU documents it. */
  function signatureValid(r: Received): boolean {
    const token = /^Bearer (.+)$/.exec(r.headers.authorization ?? '')?.[1] ?? '';
    const bodyHash = createHash('sha256').update(r.rawBody).digest('hex');
    const expected = createHmac('sha512', sb.partner.clientSecret).update(`POST:${r.path}:${token}:${bodyHash}:${r.headers['x-timestamp']}`).digest('base64');
    return r.headers['x-signature'] === expected;
  }

  it('reaches the partner server a second time, with a valid signature both times, a new X-EXTERNAL-ID and the same body; 202, listed with the others', async () => {
    const server = await partner();
    await register({ notificationUrl: server.url });
    const referenceNo = await paidPurchase('INV-RD-1');
    await sb.notifier.runDue();
    expect(server.received).toHaveLength(1);
    const [original] = await rows(referenceNo);

    sb.clock.advance(5); // a fresh X-TIMESTAMP, so a fresh signature
    const res = await sb.http.post(`/admin/notifications/${original.id}/redeliver`);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'PENDING', redeliveryOf: original.id, transactionId: referenceNo, url: server.url, body: original.body, attempts: [] });
    expect(res.body.id).not.toBe(original.id);
    expect(res.body.headers['X-EXTERNAL-ID']).toMatch(/^\d{20}$/);
    expect(res.body.headers['X-EXTERNAL-ID']).not.toBe(original.headers['X-EXTERNAL-ID']);

    expect(await sb.notifier.runDue()).toBe(1);
    expect(server.received).toHaveLength(2);
    const [first, second] = server.received as [Received, Received];
    expect(server.received.map(signatureValid)).toEqual([true, true]);
    expect(second.headers['x-signature']).not.toBe(first.headers['x-signature']);
    expect(second.headers['x-external-id']).not.toBe(first.headers['x-external-id']);
    expect(second.rawBody).toBe(first.rawBody);

    const listed = await rows(referenceNo);
    expect(listed.map((n) => [n.redeliveryOf, n.status])).toEqual([
      [original.id, 'DELIVERED'],
      [null, 'DELIVERED'],
    ]);
  });

  it("for a partner with notificationTokenUrl, the redelivery carries the partner's own token, as the notifier does it", async () => {
    let tokens = 0;
    const server = await partner((_call, req) =>
      req.path === TOKEN_PATH
        ? { status: 200, body: { responseCode: '2007300', responseMessage: 'Successful', accessToken: `partner-token-${++tokens}`, tokenType: 'Bearer', expiresIn: 900 } }
        : { status: 200, body: { responseCode: '2005600', responseMessage: 'Successful' } },
    );
    const base = `http://127.0.0.1:${server.port}`;
    await register({ notificationUrl: `${base}${NOTIFY_PATH}`, notificationTokenUrl: `${base}${TOKEN_PATH}` });
    const referenceNo = await paidPurchase('INV-RD-2');
    await sb.notifier.runDue();
    const [original] = await rows(referenceNo);
    expect((await sb.http.post(`/admin/notifications/${original.id}/redeliver`)).status).toBe(202);
    await sb.notifier.runDue();

    const notifications = server.received.filter((r) => r.path === NOTIFY_PATH);
    expect(notifications).toHaveLength(2);
    expect(notifications.map((r) => r.headers.authorization)).toEqual([expect.stringMatching(/^Bearer partner-token-\d$/), expect.stringMatching(/^Bearer partner-token-\d$/)]);
    expect(notifications.map(signatureValid)).toEqual([true, true]);
    const [again] = await rows(referenceNo);
    expect(again.attempts).toEqual([expect.objectContaining({ status: 200, token: expect.objectContaining({ url: `${base}${TOKEN_PATH}` }) })]);
  });

  it('a notification that had nowhere to go (SKIPPED) goes to the notificationUrl the partner has now; with none still, 400 and nothing queued', async () => {
    const referenceNo = await paidPurchase('INV-RD-3');
    const [skipped] = await rows(referenceNo);
    expect(skipped.status).toBe('SKIPPED');

    const nowhere = await sb.http.post(`/admin/notifications/${skipped.id}/redeliver`);
    expect(nowhere.status).toBe(400);
    expect(nowhere.body).toEqual({ responseCode: '4000000', responseMessage: `Bad Request. Notification ${skipped.id} has nowhere to go: neither it nor partner ${sb.partner.clientId} has a notificationUrl` });
    expect(await rows(referenceNo)).toHaveLength(1);

    const server = await partner();
    await register({ notificationUrl: server.url });
    const res = await sb.http.post(`/admin/notifications/${skipped.id}/redeliver`);
    expect(res.body).toMatchObject({ status: 'PENDING', url: server.url, redeliveryOf: skipped.id });
    await sb.notifier.runDue();
    expect(server.received.map(signatureValid)).toEqual([true]);
  });

  it('an unknown notification → 404 SNAP-shaped naming it, and nothing is queued', async () => {
    const before = sb.ctx.store.notifications.size;
    const res = await sb.http.post('/admin/notifications/NO-SUCH-NOTIFICATION/redeliver');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ responseCode: '4040000', responseMessage: 'Not Found. No notification NO-SUCH-NOTIFICATION' });
    expect(sb.ctx.store.notifications.size).toBe(before);
  });
});
