import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshPartner } from '../../src/tenants/fresh-partner.js';
import { TenantRegistry } from '../../src/tenants/registry.js';
import { SnapClient, testSandbox, type TestSandbox } from '../helpers/harness.js';

/**
 * Tenants with DATA_FILE (issue 17): the registry beside DATA_FILE and one folder per tenant.
 * What a crash can leave between the steps of making or deleting a tenant is made whole at the
 * next start: a registry row whose store never got its seed is seeded, a folder whose row was
 * deleted is removed.
 */
const dirs: string[] = [];
const open: TestSandbox[] = [];

afterEach(async () => {
  for (const sb of open.splice(0)) await sb.tenants.close().catch(() => {});
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tenants-data-'));
  dirs.push(dir);
  return join(dir, 'data.json');
}

async function boot(file: string): Promise<TestSandbox> {
  const sb = await testSandbox({ DATA_FILE: file });
  open.push(sb);
  return sb;
}

async function stop(sb: TestSandbox): Promise<void> {
  open.splice(open.indexOf(sb), 1);
  await sb.tenants.close();
}

describe('tenants with DATA_FILE', () => {
  it('when no tenant was ever made, then nothing is written beside DATA_FILE', async () => {
    const file = dataFile();
    const sb = await boot(file);
    expect((await sb.http.get('/admin/tenants')).body.tenants).toHaveLength(1);
    await stop(sb);
    expect(existsSync(`${file}.tenants`)).toBe(false);
  });

  it('when the sandbox restarts, then its tenants are there with their state, and deleted ones are not', async () => {
    const file = dataFile();
    let sb = await boot(file);
    const kept = (await sb.http.post('/admin/tenants').send({ name: 'kept' })).body;
    const gone = (await sb.http.post('/admin/tenants').send({ name: 'gone' })).body;
    const [p] = kept.partners;
    const c = new SnapClient(sb.app, { clientId: p.clientId, clientSecret: p.clientSecret, privateKeyPem: p.privateKey });
    await c.getB2bToken();
    const topUp = await c.post('/snap-adapter/b2b/v1.0/emoney/topup', { partnerReferenceNo: 'PERSIST-1', customerNumber: '1140340010', amount: { value: '10000.00', currency: 'IDR' } });
    expect(topUp.body.responseCode).toBe('2003800');
    expect((await sb.http.delete(`/admin/tenants/${gone.tenantId}`)).status).toBe(204);
    expect(existsSync(`${file}.tenants/${gone.tenantId}`)).toBe(false);
    await stop(sb);

    sb = await boot(file);
    const listed = (await sb.http.get('/admin/tenants')).body.tenants;
    expect(listed.map((t: { tenantId: string; name: string; transactions: number }) => [t.tenantId, t.name, t.transactions])).toEqual([
      ['default', 'default', 0],
      [kept.tenantId, 'kept', 1],
    ]);
    // The B2B token issued before the restart is still a session of that tenant.
    const again = new SnapClient(sb.app, c.partner);
    again.b2bToken = c.b2bToken;
    const status = await again.post('/snap-adapter/b2b/v1.0/emoney/topup-status', { originalPartnerReferenceNo: 'PERSIST-1', serviceCode: '38' });
    expect(status.body.latestTransactionStatus).toBe('00');
  });

  it('when a crash came after the registry row and before the tenant\'s seed, then the next start seeds it and its partner signs', async () => {
    const file = dataFile();
    const partner = await freshPartner(() => false);
    const registry = await TenantRegistry.open(file, {});
    await registry.add({ id: 'half0made000', name: 'half made', createdAt: Date.now(), partners: [{ clientId: partner.clientId, clientSecret: partner.clientSecret, publicKeyPem: partner.publicKeyPem }] });
    await registry.close();
    expect(existsSync(`${file}.tenants/half0made000`)).toBe(false);

    const sb = await boot(file);
    const tenant = (await sb.http.get('/admin/tenants/half0made000')).body;
    expect([tenant.clientIds, tenant.wallets]).toEqual([[partner.clientId], 4]);
    const c = new SnapClient(sb.app, partner);
    await c.getB2bToken();
    await c.getCustomerToken('cfb5de1a-6a40-40e0-8549-0634bcaed8ed');
  });

  it('when a crash came after a deletion was recorded and before its folder was removed, then the next start removes the folder', async () => {
    const file = dataFile();
    let sb = await boot(file);
    const made = (await sb.http.post('/admin/tenants').send({})).body;
    await stop(sb);
    const leftover = `${file}.tenants/deleted00000`;
    mkdirSync(leftover);
    writeFileSync(join(leftover, 'data.json'), '{}');

    sb = await boot(file);
    const folders = readdirSync(`${file}.tenants`, { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(folders.map((e) => e.name)).toEqual([made.tenantId]);
    expect((await sb.http.get('/admin/tenants')).body.tenants.map((t: { tenantId: string }) => t.tenantId)).toEqual(['default', made.tenantId]);
  });
});
