import { afterEach, describe, expect, it } from '@jest/globals';
import { signedClient, testSandbox, type TestSandbox } from '../helpers/harness.js';
import { openPurchase, submitPin } from '../helpers/purchase.js';
import { RICH } from '../helpers/personas.js';
import { partnerServer } from '../helpers/partner-server.js';

/** The shipped scenario files that shape notification delivery, through the real scenario engine. */
describe('notification scenarios (scenarios/*.yaml)', () => {
  let sb: TestSandbox;
  let server: Awaited<ReturnType<typeof partnerServer>>;
  afterEach(async () => {
    await sb.notifier.stop();
    await server.close();
  });

  async function paidWith(scenario: string) {
    sb = await testSandbox({ SCENARIOS: scenario });
    server = await partnerServer();
    const partner = sb.ctx.store.partners.get(sb.partner.clientId)!;
    sb.ctx.store.partners.put({ ...partner, notificationUrl: server.url });
    const client = await signedClient(sb, RICH);
    const { token, referenceNo } = await openPurchase(client, 'INV-SCN', '10000.00');
    await submitPin(sb, token, RICH.pin);
    return referenceNo;
  }

  it('when notification-retries is active, then the first two attempts are dropped and the third arrives', async () => {
    const referenceNo = await paidWith('notification-retries');
    for (let i = 0; i < 3; i++) {
      await sb.notifier.runDue();
      sb.clock.advance(4);
    }
    expect(server.received).toHaveLength(1);
    const [row] = (await sb.http.get(`/admin/notifications?transactionId=${referenceNo}`)).body.notifications;
    expect(row.status).toBe('DELIVERED');
    expect(row.attempts.map((a: { fault?: string; status?: number }) => a.fault ?? a.status)).toEqual([
      'drop (notification-retries/drop-first-two)',
      'drop (notification-retries/drop-first-two)',
      200,
    ]);
  });

  it('when notification-duplicates is active, then the partner receives each notification twice', async () => {
    await paidWith('notification-duplicates');
    await sb.notifier.runDue();
    expect(server.received).toHaveLength(2);
    expect(server.received[0]!.rawBody).toBe(server.received[1]!.rawBody);
  });
});
