import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { startSandbox, type SandboxHandle, type TenantHandle } from '../../src/index.js';
import { partnerServer, waitFor } from '../helpers/partner-server.js';

/**
 * Issue 17, tenants: two tenants on one server, tested together. Each is a world of its own:
 * clock, scenarios, journal, partners, wallets; SNAP calls and pages find their tenant by the
 * partner's clientId or the page's token, with no header of their own.
 */
const TOP_UP = '/snap-adapter/b2b/v1.0/emoney/topup';
const PURCHASE = '/snap-adapter/b2b2c/v1.0/debit/payment-host-to-host';
const RICH = { accountId: '1140340010', authCode: 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed', pin: '135790' };
const topUp = (value = '10000.00') => ({ partnerReferenceNo: randomUUID(), customerNumber: RICH.accountId, amount: { value, currency: 'IDR' } });

let sandbox: SandboxHandle;
let a: TenantHandle;
let b: TenantHandle;

beforeAll(async () => {
  sandbox = await startSandbox({ validateResponses: true });
  [a, b] = await Promise.all([sandbox.createTenant({ name: 'suite A' }), sandbox.createTenant({ name: 'suite B' })]);
  await Promise.all([a.partner.getB2bToken(), b.partner.getB2bToken(), sandbox.partner.getB2bToken()]);
}, 60_000);

afterAll(async () => {
  await sandbox?.stop();
});

describe('two tenants on one server', () => {
  it('then each starts with the fixture wallets and a partner of its own that signs from the start', async () => {
    const tenants = await sandbox.admin.tenants();
    // The default tenant first; A and B were made concurrently, so either may come second.
    expect(tenants[0]!.tenantId).toBe('default');
    expect(tenants.map((t) => [t.tenantId, t.name, t.default]).sort()).toEqual([
      [a.tenantId, 'suite A', false],
      [b.tenantId, 'suite B', false],
      ['default', 'default', true],
    ].sort());
    const clientIds = tenants.flatMap((t) => t.clientIds);
    expect(new Set(clientIds).size).toBe(3);
    expect(a.credentials.clientId).toMatch(/^BRN-\d{4}-\d{13}$/);
    expect((await a.admin.accounts()).map((w) => w.accountId).sort()).toEqual((await sandbox.admin.accounts()).map((w) => w.accountId).sort());
    // The fixture wallet is bound to the tenant's partner with the fixture authCode.
    const customer = sandbox.partnerClient(a.credentials);
    await customer.getB2bToken();
    expect(await customer.getCustomerToken(RICH.authCode)).toEqual(expect.any(String));
  });

  it('when one tenant\'s clock moves, then the other\'s stays, and only the first one\'s tokens expire', async () => {
    await a.partner.getB2bToken();
    await b.partner.getB2bToken();
    const moved = await a.admin.advanceClock(901);
    expect(moved.offsetSeconds).toBe(901);
    expect((await b.admin.clock()).offsetSeconds).toBe(0);
    expect((await sandbox.admin.clock()).offsetSeconds).toBe(0);

    const inA = await a.partner.post(TOP_UP, topUp());
    expect([inA.status, inA.body.responseCode]).toEqual([401, '4013801']);
    const inB = await b.partner.post(TOP_UP, topUp());
    expect([inB.status, inB.body.responseCode]).toEqual([200, '2003800']);

    await a.admin.resetClock();
    await a.partner.getB2bToken();
  });

  it('when a scenario is loaded in one tenant, then it never fires for the other tenant\'s partner, even one it names', async () => {
    await a.admin.loadScenario({
      name: 'top-ups-refused',
      rules: [
        { name: 'for-b', match: { endpoint: 'topUp', partner: b.credentials.clientId }, effect: { gateway: 503 } },
        { name: 'for-a', match: { endpoint: 'topUp', partner: a.credentials.clientId }, effect: { snapError: { kind: 'InsufficientFunds' } } },
      ],
    });
    const inB = await b.partner.post(TOP_UP, topUp());
    expect([inB.status, inB.body.responseCode]).toEqual([200, '2003800']);
    const inA = await a.partner.post(TOP_UP, topUp());
    expect([inA.status, inA.body.responseCode]).toEqual([403, '4033814']);

    const [view] = (await a.admin.scenarios()).filter((s) => s.id === 'top-ups-refused');
    expect(view!.rules.map((r) => [r.name, r.matched])).toEqual([
      ['for-b', 0],
      ['for-a', 1],
    ]);
    expect((await b.admin.scenarios()).map((s) => s.id)).not.toContain('top-ups-refused');
    await a.admin.clearScenario('top-ups-refused');
  });

  it('then each journal holds only its own calls', async () => {
    await Promise.all([a.admin.clearJournal(), b.admin.clearJournal(), sandbox.admin.clearJournal()]);
    await a.partner.post(TOP_UP, topUp());
    await b.partner.post(TOP_UP, topUp());
    await b.partner.post(TOP_UP, topUp());
    await sandbox.partner.post(TOP_UP, topUp());

    const partnersIn = async (admin: TenantHandle['admin']) => (await admin.journal()).map((e) => `${e.partner} ${e.path}`);
    expect(await partnersIn(a.admin)).toEqual([`${a.credentials.clientId} ${TOP_UP}`]);
    expect(await partnersIn(b.admin)).toEqual([`${b.credentials.clientId} ${TOP_UP}`, `${b.credentials.clientId} ${TOP_UP}`]);
    expect(await partnersIn(sandbox.admin)).toEqual([`${sandbox.credentials.clientId} ${TOP_UP}`]);
  });

  it('then /metrics is one for the server: it counts three tenants, every tenant\'s calls and the wallets of all', async () => {
    const sample = (text: string, series: string) => Number(text.split('\n').find((l) => l.startsWith(`${series} `) || l.startsWith(`${series}{`))?.split(' ').pop());
    const topUps = (text: string) =>
      text
        .split('\n')
        .filter((l) => l.startsWith('doku_snap_sandbox_requests_total{') && l.includes('operation="topUp"'))
        .reduce((n, l) => n + Number(l.split(' ').pop()), 0);
    const before = await sandbox.admin.metrics();
    await a.partner.post(TOP_UP, topUp());
    await b.partner.post(TOP_UP, topUp());
    const after = await sandbox.admin.metrics();

    expect(sample(after, 'doku_snap_sandbox_tenants')).toBe(3);
    expect(topUps(after) - topUps(before)).toBe(2);
    const wallets = (await sandbox.admin.tenants()).reduce((n, t) => n + t.wallets, 0);
    expect(sample(after, 'doku_snap_sandbox_wallets')).toBe(wallets);
  });

  it('when one tenant is reset, then it forgets the partners registered in it, its own partner still signs, and the other keeps working', async () => {
    const extraId = `EXTRA-${randomUUID().slice(0, 8)}`;
    const publicKey = (await a.admin.partners())[0]!.publicKey;
    await a.admin.registerPartner({ clientId: extraId, clientSecret: 'SK-extra-partner-secret-0001', publicKey });
    expect((await a.admin.partners()).map((p) => p.clientId).sort()).toEqual([a.credentials.clientId, extraId].sort());
    const before = await a.admin.transactions();
    expect(before.length).toBeGreaterThan(0);

    const reset = await a.admin.reset();
    expect(reset.partners).toBe(1);
    expect((await a.admin.partners()).map((p) => p.clientId)).toEqual([a.credentials.clientId]);
    expect(await a.admin.transactions()).toEqual([]);
    // Signed with the key it was registered with: refused because its clientId is no longer known.
    const forgotten = await sandbox.partnerClient({ ...a.credentials, clientId: extraId }).tokenPost('/authorization/v1/access-token/b2b', { grantType: 'client_credentials' });
    expect([forgotten.status, forgotten.body.responseCode]).toEqual([401, '4017300']);
    // The forgotten clientId is free again: another tenant may take it.
    await b.admin.registerPartner({ clientId: extraId, clientSecret: 'SK-extra-partner-secret-0001', publicKey });

    await a.partner.getB2bToken();
    expect((await a.partner.post(TOP_UP, topUp())).body.responseCode).toBe('2003800');
    // B's token, taken before A's reset, still works, and B's transactions are still there.
    const inB = await b.partner.post(TOP_UP, topUp());
    expect(inB.body.responseCode).toBe('2003800');
    expect((await b.admin.transactions()).length).toBeGreaterThan(1);
  });

  it('when a tenant\'s purchase is paid on its PIN page, then the page finds the tenant by its token and the tenant\'s partner is notified', async () => {
    const partnerEnd = await partnerServer();
    try {
      const [own] = await a.admin.partners();
      await a.admin.registerPartner({ clientId: own!.clientId, clientSecret: a.credentials.clientSecret, publicKey: own!.publicKey, notificationUrl: partnerEnd.url });
      const client = a.partnerClient();
      await client.getB2bToken();
      await client.getCustomerToken(RICH.authCode);
      const opened = await client.post(PURCHASE, { partnerReferenceNo: randomUUID(), amount: { value: '25000.00', currency: 'IDR' }, urlParams: [{ url: 'https://merchant.example/return', type: 'PAY_RETURN', isDeeplink: 'N' }] });
      expect(opened.body.responseCode).toBe('2005400');
      const page = new URL(opened.body.webRedirectUrl as string);
      const paid = await fetch(`${sandbox.url}${page.pathname}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token: page.searchParams.get('token')!, pin: RICH.pin }),
        redirect: 'manual',
      });
      expect(paid.status).toBe(302);
      await waitFor(() => partnerEnd.received.length > 0);
      expect(partnerEnd.received[0]!.headers['x-partner-id']).toBe(a.credentials.clientId);
      expect((await a.admin.notifications()).map((n) => n.status)).toEqual(['DELIVERED']);
      expect(await b.admin.notifications()).toEqual([]);
      expect(await sandbox.admin.notifications()).toEqual([]);
      // The wallet of tenant A paid; the same fixture wallet elsewhere did not.
      expect((await a.admin.account(RICH.accountId)).balance).not.toBe((await b.admin.account(RICH.accountId)).balance);
    } finally {
      await partnerEnd.close();
    }
  });

  it('when tenant B\'s purchase is completed through its own /admin/tenants/{id}/webviews/complete, then B\'s purchase is paid and A\'s wallets are untouched', async () => {
    const client = b.partnerClient();
    await client.getB2bToken();
    await client.getCustomerToken(RICH.authCode);
    const opened = await client.post(PURCHASE, { partnerReferenceNo: randomUUID(), amount: { value: '15000.00', currency: 'IDR' }, urlParams: [{ url: 'https://merchant.example/return', type: 'PAY_RETURN', isDeeplink: 'N' }] });
    expect(opened.body.responseCode).toBe('2005400');
    const balanceInA = (await a.admin.account(RICH.accountId)).balance;

    const outcome = await b.admin.completeWebview({ url: opened.body.webRedirectUrl as string, pin: RICH.pin });

    expect(outcome.status).toBe(302);
    const paid = (await b.admin.transactions()).find((t) => t.partnerReferenceNo === opened.body.partnerReferenceNo);
    expect(paid?.status).toBe('00');
    expect((await a.admin.account(RICH.accountId)).balance).toEqual(balanceInA);
  });
});
