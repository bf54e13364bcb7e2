import { beforeEach, describe, expect, it } from '@jest/globals';
import { signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { openPurchase, query, submitPin, walletBalance } from '../helpers/purchase.js';
import { RICH } from '../helpers/personas.js';
import { activate } from '../helpers/scenarios.js';

let sb: TestSandbox;
let client: SnapClient;
beforeEach(async () => {
  ({ sb, client } = await signedIn({ customer: RICH }));
});

describe('scenarios on the purchase PIN page', () => {
  it('when purchase-pin-page-down is active, then the browser gets a 503 gateway page and the purchase stays pending', async () => {
    await sb.http.post('/admin/scenarios').send({ name: 'purchase-pin-page-down' });
    const { token } = await openPurchase(client, 'INV-DOWN');
    const page = await sb.http.get(`/webview/purchase?token=${token}`);
    expect(page.status).toBe(503);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('503 Service Temporarily Unavailable');
    const status = await query(client, { originalPartnerReferenceNo: 'INV-DOWN' });
    expect(status.body.latestTransactionStatus).not.toBe('00');
    const entry = (await sb.http.get('/admin/journal?path=/webview/purchase&limit=1')).body.entries[0];
    expect(entry).toMatchObject({ status: 503, scenario: { id: 'purchase-pin-page-down', rule: 'pin-page-503', effect: 'gateway 503' } });
  });

  it('when purchase-pin-page-timeout-after-payment is active, then the PIN is taken and the wallet debited, but the browser gets a 504 page instead of the redirect', async () => {
    await sb.http.post('/admin/scenarios').send({ name: 'purchase-pin-page-timeout-after-payment' });
    const before = walletBalance(sb, RICH.accountId);
    const { token } = await openPurchase(client, 'INV-LOST');
    const res = await submitPin(sb, token, RICH.pin);
    expect(res.status).toBe(504);
    expect(res.headers.location).toBeUndefined();
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('504 Gateway Time-out');
    expect(walletBalance(sb, RICH.accountId)).toBe(before - 10_000_00);
    const status = await query(client, { originalPartnerReferenceNo: 'INV-LOST' });
    expect(status.body.latestTransactionStatus).toBe('00');
    // The partner still learns it from the notification.
    expect((await sb.http.get('/admin/notifications')).body.notifications).toHaveLength(1);
  });

  it('when a page rule only delays, then the page is served normally after the delay', async () => {
    await activate(sb, { name: 'slow-page', rules: [{ name: 'slow', match: { path: '/webview/purchase', method: 'GET' }, effect: { delay: 200 } }] });
    const { token } = await openPurchase(client, 'INV-SLOW');
    const started = performance.now();
    const page = await sb.http.get(`/webview/purchase?token=${token}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('INV-SLOW');
    expect(performance.now() - started).toBeGreaterThanOrEqual(195);
  });
});

describe('notification rules (ScenarioHooks.notificationFault)', () => {
  const delivery = (clientId: string, url = 'http://partner.example/v1.0/debit/notify') => ({ clientId, transactionId: 'T1', url, attempt: 1 });

  it('when a notification rule matches partner and URL path, then the notifier is told the fault and the rule that chose it', async () => {
    await activate(sb, {
      name: 'notify-faults',
      rules: [
        { name: 'late', match: { partner: sb.partner.clientId, path: '/v1.0/debit/notify' }, effect: { notification: { kind: 'delay', delayMs: 5000 } }, times: 1 },
        { name: 'twice', match: { nth: { every: 2 } }, effect: { notification: { kind: 'duplicate' } } },
      ],
    });
    const hooks = sb.ctx.scenarios!;
    expect(hooks.notificationFault(delivery('someone-else'))).toBeUndefined();
    expect(hooks.notificationFault(delivery(sb.partner.clientId))).toEqual({ kind: 'delay', delayMs: 5000, rule: 'notify-faults/late' });
    expect(hooks.notificationFault(delivery(sb.partner.clientId))).toEqual({ kind: 'duplicate', delayMs: undefined, rule: 'notify-faults/twice' });
  });

  it('when a rule has an HTTP effect, then deliveries ignore it; a notification rule never touches HTTP calls', async () => {
    await activate(sb, {
      name: 'mixed',
      rules: [
        { name: 'http', effect: { snapError: { kind: 'GeneralError' } }, match: { endpoint: 'nothing-matches-this' } },
        { name: 'drop', effect: { notification: { kind: 'drop' } } },
      ],
    });
    expect(sb.ctx.scenarios!.notificationFault(delivery(sb.partner.clientId))).toMatchObject({ kind: 'drop', rule: 'mixed/drop' });
    const { referenceNo } = await openPurchase(client, 'INV-HTTP');
    expect(referenceNo).toBeTruthy();
  });

  it('when a delay rule fires for a paid purchase, then the notifier postpones the delivery by that much sandbox time', async () => {
    // Port 9 (discard) refuses connections: an attempt that is made shows up as a failed one.
    const partner = sb.ctx.store.partners.get(sb.partner.clientId)!;
    sb.ctx.store.partners.put({ ...partner, notificationUrl: 'http://127.0.0.1:9/v1.0/debit/notify' });
    await activate(sb, { name: 'late', rules: [{ name: 'late', effect: { notification: { kind: 'delay', delayMs: 60_000 } }, times: 1 }] });
    const { token } = await openPurchase(client, 'INV-LATE');
    await submitPin(sb, token, RICH.pin);
    const attempts = async () => (await sb.http.get('/admin/notifications')).body.notifications[0].attempts.length as number;
    await sb.notifier.runDue();
    await sb.notifier.runDue();
    expect(await attempts()).toBe(0);
    expect((await sb.http.get('/admin/scenarios')).body.scenarios[0].rules[0]).toMatchObject({ uses: 1, exhausted: true });
    sb.clock.advance(61);
    await sb.notifier.runDue();
    expect(await attempts()).toBe(1);
  });
});
