import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash, createHmac, createPublicKey } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { NotificationFault } from '../../src/scenarios/types.js';
import { Notifier, NOTIFIER_DEFAULTS } from '../../src/notify/notifier.js';
import { signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { openPurchase, submitPin } from '../helpers/purchase.js';
import { RICH } from '../helpers/personas.js';
import { partnerServer, waitFor } from '../helpers/partner-server.js';

type PartnerServer = Awaited<ReturnType<typeof partnerServer>>;

describe('payment notifications (src/notify)', () => {
  let sb: TestSandbox;
  let client: SnapClient;
  const servers: PartnerServer[] = [];
  const workers: Notifier[] = [];

  beforeEach(async () => {
    ({ sb, client } = await signedIn({ customer: RICH }));
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    await sb.notifier.stop();
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  async function partnerAt(answer?: Parameters<typeof partnerServer>[0]): Promise<PartnerServer> {
    const server = await partnerServer(answer);
    servers.push(server);
    const partner = sb.ctx.store.partners.get(sb.partner.clientId)!;
    sb.ctx.store.partners.put({ ...partner, notificationUrl: server.url });
    return server;
  }

  async function pay(ref: string, extra: Record<string, unknown> = {}) {
    const opened = await openPurchase(client, ref, '10000.00', extra);
    expect((await submitPin(sb, opened.token, RICH.pin)).status).toBe(302);
    return opened.referenceNo;
  }

  const notifications = async (query = '') => (await sb.http.get(`/admin/notifications${query}`)).body.notifications;

  it("when a purchase is paid, then the partner receives DOKU's notify body, signed with HMAC-SHA512 over its own path, which it can verify with its secret", async () => {
    const partner = await partnerAt();
    const referenceNo = await pay('INV-N1');
    expect(partner.received).toHaveLength(0); // nothing is sent inside the request
    expect(await sb.notifier.runDue()).toBe(1);
    expect(partner.received).toHaveLength(1);
    const { headers, rawBody, path } = partner.received[0]!;
    expect(path).toBe('/v1.0/debit/notify');
    expect(headers['content-type']).toBe('application/json');
    expect(headers['x-partner-id']).toBe(sb.partner.clientId);
    expect(headers['x-external-id']).toMatch(/^\d{20}$/);
    expect(headers['x-timestamp']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);

    // the partner's side: verify exactly as DOKU documents it
    const token = /^Bearer (.+)$/.exec(headers.authorization!)![1]!;
    const bodyHash = createHash('sha256').update(rawBody).digest('hex').toLowerCase();
    const stringToSign = `POST:${path}:${token}:${bodyHash}:${headers['x-timestamp']}`;
    const expected = createHmac('sha512', sb.partner.clientSecret).update(stringToSign).digest('base64');
    expect(headers['x-signature']).toBe(expected);
    expect(createHmac('sha512', 'another-secret').update(stringToSign).digest('base64')).not.toBe(headers['x-signature']);
    expect(rawBody).toBe(JSON.stringify(JSON.parse(rawBody))); // minified

    const claims = jwt.verify(token, createPublicKey(sb.ctx.keys.publicKeyPem), { algorithms: ['RS256'] }) as jwt.JwtPayload;
    expect(claims).toMatchObject({ iss: 'DOKU', clientId: sb.partner.clientId });

    expect(JSON.parse(rawBody)).toMatchObject({
      originalPartnerReferenceNo: 'INV-N1',
      originalReferenceNo: referenceNo,
      latestTransactionStatus: '00',
      transactionStatusDesc: 'Success',
      amount: { value: '10000.00', currency: 'IDR' },
      additionalInfo: { responseCode: '2005400', accountId: RICH.accountId, origin: { apiFormat: 'SNAP' } },
    });
    expect(JSON.parse(rawBody).originalExternalId).toMatch(/^\d+$/);

    const [row] = await notifications(`?transactionId=${referenceNo}`);
    expect(row).toMatchObject({ status: 'DELIVERED', url: partner.url, nextAttemptAt: null });
    expect(row.attempts).toEqual([expect.objectContaining({ attempt: 1, status: 200, responseBody: '{"responseCode":"2005600","responseMessage":"Successful"}' })]);
  });

  it('when the partner answers 500 twice and then 200, then it is retried after 1 s and 2 s (by the sandbox clock) and /admin/notifications shows 3 attempts', async () => {
    const partner = await partnerAt((call) => (call < 2 ? { status: 500, body: { responseCode: '5005600', responseMessage: 'General Error' } } : { status: 200, body: { responseCode: '2005600' } }));
    const referenceNo = await pay('INV-N2');
    await sb.notifier.runDue();
    expect(await sb.notifier.runDue()).toBe(0); // not due yet
    sb.clock.advance(1);
    expect(await sb.notifier.runDue()).toBe(1);
    sb.clock.advance(1);
    expect(await sb.notifier.runDue()).toBe(0); // the second wait is 2 s
    sb.clock.advance(1);
    expect(await sb.notifier.runDue()).toBe(1);
    expect(partner.received).toHaveLength(3);
    // the same X-EXTERNAL-ID on every retry, a fresh timestamp and signature
    expect(new Set(partner.received.map((r) => r.headers['x-external-id'])).size).toBe(1);
    expect(new Set(partner.received.map((r) => r.headers['x-signature'])).size).toBe(3);

    const [row] = await notifications(`?transactionId=${referenceNo}`);
    expect(row.status).toBe('DELIVERED');
    expect(row.attempts.map((a: { attempt: number; status: number }) => [a.attempt, a.status])).toEqual([
      [1, 500],
      [2, 500],
      [3, 200],
    ]);
    expect(row.attempts[0].responseBody).toContain('5005600');
    expect(Date.parse(row.attempts[1].at) - Date.parse(row.attempts[0].at)).toBeGreaterThanOrEqual(1000);
  });

  it('when the partner never answers 2xx, then after 6 attempts the notification is FAILED', async () => {
    await partnerAt(() => ({ status: 503 }));
    const referenceNo = await pay('INV-N3');
    for (let i = 0; i < 10; i++) {
      await sb.notifier.runDue();
      sb.clock.advance(60);
    }
    const [row] = await notifications(`?transactionId=${referenceNo}&status=FAILED`);
    expect(row.attempts).toHaveLength(NOTIFIER_DEFAULTS.maxAttempts);
    expect(row.nextAttemptAt).toBeNull();
  });

  it('when nobody listens, or the partner does not answer in time, then the attempt records the error and is retried', async () => {
    const gone = await partnerServer();
    await gone.close();
    const partner = sb.ctx.store.partners.get(sb.partner.clientId)!;
    sb.ctx.store.partners.put({ ...partner, notificationUrl: gone.url });
    const refused = await pay('INV-N4');
    await sb.notifier.runDue();
    const [row] = await notifications(`?transactionId=${refused}`);
    expect(row.status).toBe('PENDING');
    expect(row.attempts[0].error).toMatch(/ECONNREFUSED/);

    const hanging = await partnerAt(() => 'hang');
    const quick = new Notifier(sb.ctx, { ...NOTIFIER_DEFAULTS, timeoutMs: 200 });
    const slow = await pay('INV-N5');
    const started = Date.now();
    await quick.runDue();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(hanging.received.length).toBeGreaterThan(0);
    const [slowRow] = await notifications(`?transactionId=${slow}`);
    expect(slowRow.attempts[0].error).toBe('timeout: no answer within 200 ms');
  });

  it('when the partner has no notificationUrl, then the notification is recorded as SKIPPED; a PAY_NOTIFY urlParam overrides the partner URL', async () => {
    const skipped = await pay('INV-N6');
    expect((await notifications('?status=SKIPPED'))[0]).toMatchObject({ transactionId: skipped, url: '', attempts: [] });

    const own = await partnerServer();
    servers.push(own);
    const referenceNo = await pay('INV-N7', { urlParams: [{ url: 'https://merchant.example/return', type: 'PAY_RETURN' }, { url: own.url, type: 'PAY_NOTIFY' }] });
    await sb.notifier.runDue();
    expect(own.received).toHaveLength(1);
    expect(JSON.parse(own.received[0]!.rawBody).originalReferenceNo).toBe(referenceNo);
  });

  it('when the wallet is short at PIN time, then the partner is told 06 with responseCode 4035414', async () => {
    const partner = await partnerAt();
    const big = await openPurchase(client, 'INV-N8', '4000000.00');
    const big2 = await openPurchase(client, 'INV-N9', '4000000.00');
    await submitPin(sb, big.token, RICH.pin);
    await submitPin(sb, big2.token, RICH.pin);
    await sb.notifier.runDue();
    const bodies = partner.received.map((r) => JSON.parse(r.rawBody));
    expect(bodies.find((b) => b.originalPartnerReferenceNo === 'INV-N9')).toMatchObject({ latestTransactionStatus: '06', transactionStatusDesc: 'Failed', additionalInfo: { responseCode: '4035414' } });
  });

  it('when the filters are used, then /admin/notifications lists only matching rows, newest first', async () => {
    await partnerAt();
    const a = await pay('INV-F1');
    const b = await pay('INV-F2');
    await sb.notifier.runDue();
    expect((await notifications(`?clientId=${sb.partner.clientId}`)).map((n: { transactionId: string }) => n.transactionId)).toEqual([b, a]);
    expect(await notifications('?clientId=BRN-9999')).toEqual([]);
    expect(await notifications('?status=PENDING')).toEqual([]);
    expect((await sb.http.get('/admin/notifications?status=NOPE')).body.responseCode).toBe('4000001');
  });

  it('when the worker is started, then it delivers on its own and the PIN page never waits for the partner', async () => {
    const partner = await partnerAt((call) => (call === 0 ? 'hang' : { status: 200 }));
    sb.notifier.start();
    const opened = await openPurchase(client, 'INV-W', '10000.00');
    const started = Date.now();
    expect((await submitPin(sb, opened.token, RICH.pin)).status).toBe(302);
    expect(Date.now() - started).toBeLessThan(1000);
    await waitFor(() => partner.received.length === 1);
  });

  describe('scenario faults (ctx.scenarios.notificationFault)', () => {
    function withFaults(choose: (d: { transactionId: string; attempt: number }) => NotificationFault | undefined) {
      const asked: { transactionId: string; attempt: number }[] = [];
      sb.ctx.scenarios = {
        ...sb.ctx.scenarios,
        notificationFault: (d) => {
          asked.push(d);
          return choose(d);
        },
      } as typeof sb.ctx.scenarios;
      return asked;
    }

    it('when the first attempt is dropped, then nothing is sent, the attempt is logged as dropped, and the retry delivers', async () => {
      const partner = await partnerAt();
      withFaults((d) => (d.attempt === 1 ? { kind: 'drop', rule: 'qa/drop-first' } : undefined));
      const referenceNo = await pay('INV-S1');
      await sb.notifier.runDue();
      expect(partner.received).toHaveLength(0);
      sb.clock.advance(1);
      await sb.notifier.runDue();
      expect(partner.received).toHaveLength(1);
      const [row] = await notifications(`?transactionId=${referenceNo}`);
      expect(row.attempts[0]).toMatchObject({ attempt: 1, fault: 'drop (qa/drop-first)', error: 'dropped by scenario (never sent)' });
      expect(row.attempts[1]).toMatchObject({ attempt: 2, status: 200 });
    });

    it('when duplicated, then the partner receives the same notification twice', async () => {
      const partner = await partnerAt();
      withFaults(() => ({ kind: 'duplicate', rule: 'qa/dup' }));
      const referenceNo = await pay('INV-S2');
      await sb.notifier.runDue();
      expect(partner.received).toHaveLength(2);
      expect(partner.received[0]!.rawBody).toBe(partner.received[1]!.rawBody);
      const [row] = await notifications(`?transactionId=${referenceNo}`);
      expect(row.attempts.map((a: { attempt: number; fault: string }) => [a.attempt, a.fault])).toEqual([
        [1, 'duplicate (qa/dup)'],
        [1, 'duplicate (qa/dup)'],
      ]);
    });

    it('when delayed, then it is sent only once the sandbox clock has passed the delay, without asking again', async () => {
      const partner = await partnerAt();
      const asked = withFaults(() => ({ kind: 'delay', delayMs: 30_000, rule: 'qa/late' }));
      await pay('INV-S3');
      await sb.notifier.runDue();
      sb.clock.advance(29);
      await sb.notifier.runDue();
      expect(partner.received).toHaveLength(0);
      sb.clock.advance(1);
      await sb.notifier.runDue();
      expect(partner.received).toHaveLength(1);
      expect(asked).toHaveLength(1);
    });

    it('when out of order, then a later notification of the same partner overtakes the held one', async () => {
      const partner = await partnerAt();
      let first: string | undefined;
      withFaults((d) => {
        first ??= d.transactionId;
        return d.transactionId === first ? { kind: 'out-of-order', rule: 'qa/swap' } : undefined;
      });
      await pay('INV-S4a');
      await sb.notifier.runDue(); // held
      expect(partner.received).toHaveLength(0);
      await pay('INV-S4b');
      await sb.notifier.runDue(); // the later one goes first
      await sb.notifier.runDue(); // then the held one
      expect(partner.received.map((r) => JSON.parse(r.rawBody).originalPartnerReferenceNo)).toEqual(['INV-S4b', 'INV-S4a']);
    });
  });
});
