import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { PartnerClient } from '../../src/client/partner.js';
import { getJson, startSandbox, type SandboxProcess } from '../helpers/sandbox-process.js';

/**
 * Tenants and kill -9 (issue 17): tenants are made and deleted while one tenant takes top-ups,
 * and the process is killed mid-way. After a restart on the same DATA_FILE every acknowledged
 * tenant is there and its partner signs with the credentials it was made with, every
 * acknowledged deletion stays deleted, every acknowledged top-up is in its tenant, and every
 * tenant listed (acknowledged or not) is whole: a partner and the fixture wallets.
 */
const TOP_UP = '/snap-adapter/b2b/v1.0/emoney/topup';
const STATUS = '/snap-adapter/b2b/v1.0/emoney/topup-status';
const WALLET = '1140340011'; // the empty persona: room under the balance cap
const TOPUP_WORKERS = 4;

const dir = mkdtempSync(join(tmpdir(), 'tenants-crash-'));
const dataFile = join(dir, 'data.json');
let running: SandboxProcess | undefined;

afterAll(async () => {
  await running?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

interface Made {
  tenantId: string;
  partner: { clientId: string; clientSecret: string; privateKeyPem: string };
}

async function send(url: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${url}${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(30_000) });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

async function makeTenant(url: string, name: string): Promise<Made> {
  const res = await send(url, 'POST', '/admin/tenants', { name });
  if (res.status !== 201) throw new Error(`POST /admin/tenants: ${res.status} ${JSON.stringify(res.body)}`);
  const [p] = res.body.partners as { clientId: string; clientSecret: string; privateKey: string }[];
  return { tenantId: res.body.tenantId as string, partner: { clientId: p!.clientId, clientSecret: p!.clientSecret, privateKeyPem: p!.privateKey } };
}

interface Round {
  toppedUp: string[];
  made: Made[];
  deleted: string[];
}

/** Top-ups in `tenant` and tenants made (every other one deleted again) until the process dies; killed once `killAfter` top-ups were acknowledged. */
async function loadUntilKilled(sandbox: SandboxProcess, tenant: Made, killAfter: number): Promise<Round> {
  const round: Round = { toppedUp: [], made: [], deleted: [] };
  let dead = false;
  void sandbox.exited.then(() => (dead = true));
  const client = new PartnerClient({ ...tenant.partner, baseUrl: sandbox.url, timeoutMs: 10_000 });
  await client.getB2bToken();
  const topUps = async () => {
    while (!dead) {
      const ref = `TC-${process.pid}-${Math.random().toString(36).slice(2)}`;
      try {
        const res = await client.post(TOP_UP, { partnerReferenceNo: ref, customerNumber: WALLET, amount: { value: '10000.00', currency: 'IDR' } });
        if (res.body.responseCode !== '2003800') throw new Error(`top-up: ${res.status} ${JSON.stringify(res.body)}`);
        round.toppedUp.push(ref);
        if (round.toppedUp.length === killAfter && round.made.length >= 2) sandbox.child.kill('SIGKILL');
      } catch (error) {
        if (!dead && !/fetch failed|aborted|ECONNRESET|socket/i.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 5));
      }
    }
  };
  const tenants = async (worker: number) => {
    for (let i = 0; !dead; i++) {
      try {
        const made = await makeTenant(sandbox.url, `crash-${worker}-${i}`);
        round.made.push(made);
        if (i % 2 === 1) {
          const res = await send(sandbox.url, 'DELETE', `/admin/tenants/${made.tenantId}`);
          if (res.status === 204) round.deleted.push(made.tenantId);
        }
        if (round.toppedUp.length >= killAfter && round.made.length >= 2) sandbox.child.kill('SIGKILL');
      } catch (error) {
        if (!dead && !/fetch failed|aborted|ECONNRESET|socket/i.test(String(error))) throw error;
      }
    }
  };
  const deadline = setTimeout(() => sandbox.child.kill('SIGKILL'), 60_000);
  await Promise.all([tenants(0), tenants(1), ...Array.from({ length: TOPUP_WORKERS }, topUps)]);
  clearTimeout(deadline);
  await sandbox.exited;
  return round;
}

async function expectAfterRestart(url: string, tenant: Made, toppedUp: string[], made: Made[], deleted: Set<string>): Promise<void> {
  const listed = (await getJson(url, '/admin/tenants')).body.tenants as { tenantId: string; clientIds: string[]; wallets: number }[];
  const ids = new Set(listed.map((t) => t.tenantId));
  const kept = made.filter((m) => !deleted.has(m.tenantId));
  expect(kept.filter((m) => !ids.has(m.tenantId)).map((m) => m.tenantId)).toEqual([]);
  expect([...deleted].filter((id) => ids.has(id))).toEqual([]);
  // Whole, acknowledged or not: a tenant is listed only with its partner and the fixture wallets.
  expect(listed.filter((t) => t.clientIds.length !== 1 || t.wallets !== 4)).toEqual([]);
  // The folders on disk are exactly the tenants listed (deleted ones are gone).
  const folders = readdirSync(`${dataFile}.tenants`, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  expect(folders.sort()).toEqual(listed.filter((t) => t.tenantId !== 'default').map((t) => t.tenantId).sort());

  for (const m of kept) {
    const client = new PartnerClient({ ...m.partner, baseUrl: url });
    await client.getB2bToken(); // throws unless 200: the key it was made with still signs
  }
  const client = new PartnerClient({ ...tenant.partner, baseUrl: url });
  await client.getB2bToken();
  const missing: string[] = [];
  for (const ref of toppedUp) {
    const res = await client.post(STATUS, { originalPartnerReferenceNo: ref, serviceCode: '38' });
    if (res.body.latestTransactionStatus !== '00') missing.push(`${ref}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  expect(missing).toEqual([]);
  const verify = await getJson(url, `/admin/tenants/${tenant.tenantId}/ledger/verify`);
  expect([verify.status, verify.body.ok]).toEqual([200, true]);
  // The default tenant took none of it.
  expect((await getJson(url, '/admin/transactions')).body.transactions).toEqual([]);
}

describe('tenants and kill -9', () => {
  test('when the process is killed while tenants are made and deleted and one takes top-ups, then nothing acknowledged is lost', async () => {
    running = await startSandbox({ DATA_FILE: dataFile });
    const tenant = await makeTenant(running.url, 'under load');
    const toppedUp: string[] = [];
    const made: Made[] = [tenant];
    const deleted = new Set<string>();

    for (const killAfter of [60, 200]) {
      const round = await loadUntilKilled(running, tenant, killAfter);
      toppedUp.push(...round.toppedUp);
      made.push(...round.made);
      round.deleted.forEach((id) => deleted.add(id));
      expect(round.made.length).toBeGreaterThanOrEqual(2);

      running = await startSandbox({ DATA_FILE: dataFile });
      await expectAfterRestart(running.url, tenant, toppedUp, made, deleted);
    }

    // A clean stop leaves a snapshot per tenant and no logs; they restore alone.
    expect(await running.kill('SIGTERM')).toBe('0');
    expect(existsSync(`${dataFile}.tenants/tenants.json`)).toBe(true);
    expect(existsSync(`${dataFile}.tenants/tenants.json.log`)).toBe(false);
    expect(existsSync(`${dataFile}.tenants/${tenant.tenantId}/data.json.log`)).toBe(false);
    running = await startSandbox({ DATA_FILE: dataFile });
    await expectAfterRestart(running.url, tenant, toppedUp, made, deleted);
    await running.kill('SIGTERM');
    running = undefined;
  }, 180_000);
});
