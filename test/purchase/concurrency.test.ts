import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/lib/logger.js';
import { startServer, type RunningSandbox } from '../../src/server.js';
import { signedClient, type SnapClient } from '../helpers/harness.js';
import { PURCHASE, purchaseBody, STATUS } from '../helpers/purchase.js';

/**
 * 50 purchases of 10,000.00 against a wallet of exactly 200,000.00, paid by 50 PIN submissions
 * fired at once over a real listening server: exactly 20 can be paid.
 */
describe('purchases paid concurrently', () => {
  let sandbox: RunningSandbox;
  let client: SnapClient;
  let accountId: string;
  const PIN = '580214';

  beforeAll(async () => {
    sandbox = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }), { log: silentLogger });
    const seed = sandbox.ctx.seed.partners[0]!;
    const created = await fetch(`${sandbox.url}/admin/accounts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Concurrent Buyer', phoneNo: '6281299990050', pin: PIN, balance: '200000.00', bindTo: seed.clientId }),
    });
    expect(created.status).toBe(201);
    const account = (await created.json()) as { accountId: string; balance: string; bindings: { authCode: string }[] };
    expect(account.balance).toBe('200000.00');
    accountId = account.accountId;
    client = await signedClient(sandbox, account.bindings[0]!.authCode);
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  /** The PIN page as the browser reaches it, on the listening server's own address. */
  const pageUrl = (webRedirectUrl: string) => `${sandbox.url}${new URL(webRedirectUrl).pathname}${new URL(webRedirectUrl).search}`;

  const submit = (webRedirectUrl: string, pin: string) =>
    fetch(pageUrl(webRedirectUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: new URL(webRedirectUrl).searchParams.get('token')!, pin }).toString(),
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
    });

  it('when 50 PIN submissions of 10,000.00 race against 200,000.00, then exactly 20 are paid, 30 fail with 4035414, the balance ends at 0.00 and the ledger verifies', async () => {
    const opened = await Promise.all(Array.from({ length: 50 }, (_, i) => client.post(PURCHASE, purchaseBody(`RACE-${String(i).padStart(2, '0')}`, '10000.00'))));
    expect(opened.map((res) => res.body.responseCode)).toEqual(Array(50).fill('2005400')); // each one alone is affordable
    const purchases = opened.map((res) => ({ referenceNo: res.body.referenceNo as string, webRedirectUrl: res.body.webRedirectUrl as string }));

    const started = performance.now();
    const answers = await Promise.all(purchases.map((p) => submit(p.webRedirectUrl, PIN)));
    const elapsedMs = performance.now() - started;
    expect(answers.every((a) => a.status === 302)).toBe(true);
    const outcomes = answers.map((a) => Object.fromEntries(new URL(a.headers.get('location')!).searchParams));
    const succeeded = outcomes.filter((o) => o.status === 'SUCCESS');
    const failed = outcomes.filter((o) => o.status === 'FAILED');
    expect(succeeded).toHaveLength(20);
    expect(failed).toHaveLength(30);
    expect(new Set(succeeded.map((o) => o.responseCode))).toEqual(new Set(['2005400']));
    expect(new Set(failed.map((o) => o.responseCode))).toEqual(new Set(['4035414']));

    const statuses: Record<string, number> = {};
    for (const p of purchases) {
      const res = await client.post(STATUS, { originalReferenceNo: p.referenceNo, serviceCode: '54' });
      const key = `${res.body.latestTransactionStatus}/${res.body.originalResponseCode}`;
      statuses[key] = (statuses[key] ?? 0) + 1;
    }
    expect(statuses).toEqual({ '00/2005400': 20, '06/4035414': 30 });

    const account = (await (await fetch(`${sandbox.url}/admin/accounts/${accountId}`)).json()) as { balance: string };
    expect(account.balance).toBe('0.00');
    const more = await client.post(PURCHASE, purchaseBody('RACE-50', '10000.00'));
    expect(more.body).toMatchObject({ responseCode: '4035414', responseMessage: 'Insufficient Funds' });
    const verify = (await (await fetch(`${sandbox.url}/admin/ledger/verify`)).json()) as { ok: boolean; checks: { name: string; ok: boolean; detail: string }[] };
    expect(verify.checks.filter((c) => !c.ok)).toEqual([]);
    expect(verify.ok).toBe(true);
    console.info(`50 parallel PIN submissions answered in ${Math.round(elapsedMs)} ms`);
  });

  it('when the same PIN page is submitted 10 times at once, then it is paid once and the other 9 are refused', async () => {
    const topUp = await fetch(`${sandbox.url}/admin/accounts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Double Clicker', phoneNo: '6281299990051', pin: PIN, balance: '100000.00', bindTo: client.partner.clientId }),
    });
    const account = (await topUp.json()) as { accountId: string; bindings: { authCode: string }[] };
    await client.getCustomerToken(account.bindings[0]!.authCode);
    const res = await client.post(PURCHASE, purchaseBody('DOUBLE-1', '10000.00'));
    const answers = await Promise.all(Array.from({ length: 10 }, () => submit(res.body.webRedirectUrl, PIN)));
    expect(answers.map((a) => a.status).sort()).toEqual([302, 410, 410, 410, 410, 410, 410, 410, 410, 410]);
    const after = (await (await fetch(`${sandbox.url}/admin/accounts/${account.accountId}`)).json()) as { balance: string };
    expect(after.balance).toBe('90000.00');
  });
});
