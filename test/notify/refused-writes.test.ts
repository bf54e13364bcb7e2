import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { FaultyDisk } from '../helpers/faulty-disk.js';
import { signedClient, testSandbox } from '../helpers/harness.js';
import { openPurchase, submitPin } from '../helpers/purchase.js';
import { RICH } from '../helpers/personas.js';
import { partnerServer } from '../helpers/partner-server.js';

/** Notification bookkeeping when the disk under DATA_FILE refuses writes (issue 21). */
describe('payment notifications while the disk refuses writes', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
  });

  it('when the record of a send is refused, then the notification stays due; nothing is sent while the disk refuses; once it takes writes, the notification is delivered and recorded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'notify-refused-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const disk = new FaultyDisk();
    let monotonic = 0;
    const sb = await testSandbox({ DATA_FILE: join(dir, 'data.json') }, { disk, retry: { firstMs: 1000, maxMs: 1000, now: () => monotonic } });
    cleanup.push(() => sb.notifier.stop());
    // The partner answers the first delivery, and the disk fills up before the sandbox records it.
    const partner = await partnerServer((call) => {
      if (call === 0) disk.failEvery('ENOSPC');
      return { status: 200, body: { responseCode: '2005600', responseMessage: 'Successful' } };
    });
    cleanup.push(() => partner.close());
    const seeded = sb.ctx.store.partners.get(sb.partner.clientId)!;
    await sb.ctx.store.transact(() => sb.ctx.store.partners.put({ ...seeded, notificationUrl: partner.url }));
    const client = await signedClient(sb, RICH);
    const opened = await openPurchase(client, 'INV-REFUSED', '10000.00');
    expect((await submitPin(sb, opened.token, RICH.pin)).status).toBe(302);
    const row = async () => (await sb.http.get(`/admin/notifications?transactionId=${opened.referenceNo}`)).body.notifications[0];

    expect(await sb.notifier.runDue()).toBe(0);
    expect(partner.received).toHaveLength(1);
    expect(await row()).toMatchObject({ status: 'PENDING', attempts: [] });

    expect(await sb.notifier.runDue()).toBe(0);
    expect(partner.received).toHaveLength(1); // not sent again while the disk refuses

    disk.heal();
    monotonic += 1000; // the store's backoff has passed: the notifier's round finds the disk well
    expect(await sb.notifier.runDue()).toBe(1);
    expect(partner.received).toHaveLength(2); // at least once: the partner saw it twice
    expect(await row()).toMatchObject({ status: 'DELIVERED', attempts: [expect.objectContaining({ status: 200 })] });
  });
});
