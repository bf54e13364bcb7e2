/**
 * Tenants at size (issue 17): memory per empty tenant and per used one, and the cost of a signed
 * top-up with 1 tenant against BENCH_TENANTS (default 500).
 * `npm run build && node --import tsx test/bench/tenants.ts` (BENCH_DURATION s per row, default 5).
 *
 * The built sandbox runs in a child with --expose-gc (tenants-child.mjs), on the shipped fixtures
 * with room for a benchmark's top-ups. Tenants are made as a user makes them, POST /admin/tenants
 * (4 at a time; each draws a 2048-bit RSA key pair). "Used" is one admin call, a B2B token and a
 * top-up in every tenant. CPU per request is the child's user + system time (/proc) over the
 * requests autocannon completed (10 connections).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type RequestSpec } from 'autocannon';
import { ROOT } from './seed.js';
import { FIXTURE_PARTNER, signer, type BenchPartner } from './signer.js';

const TENANTS = Number(process.env.BENCH_TENANTS ?? 500);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const TOP_UP = '/snap-adapter/b2b/v1.0/emoney/topup';
const WALLET = '1140340010';
const AUTH_CODE = 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed';
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const kb = (bytes: number) => (bytes / 1e3).toFixed(1);

interface Memory {
  heapUsed: number;
  rss: number;
}

/** The shipped fixtures, the partner's corporate balance and the wallet cap raised for a benchmark's top-ups. */
function fixtures(dir: string): string {
  const out = join(dir, 'fixtures');
  cpSync(join(ROOT, 'fixtures'), out, { recursive: true });
  const file = join(out, 'partners.json');
  const partners = JSON.parse(readFileSync(file, 'utf8')) as { partners: { limits: object }[] };
  partners.partners[0] = { ...partners.partners[0]!, corporateBalance: '9000000000000.00', limits: { ...partners.partners[0]!.limits, walletBalanceCapMinor: '9000000000000.00' } } as never;
  writeFileSync(file, JSON.stringify(partners));
  return out;
}

function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function ask<T>(child: ChildProcess, message: string): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as T));
    child.send(message);
  });
}

let seq = 0;
async function topUpCost(label: string, child: ChildProcess, url: string, partner: BenchPartner): Promise<void> {
  const s = await signer(url, AUTH_CODE, partner);
  const requests: RequestSpec[] = [
    {
      method: 'POST',
      path: TOP_UP,
      setupRequest: (req) => {
        const body = JSON.stringify({ partnerReferenceNo: `T${process.pid}-${++seq}`, customerNumber: WALLET, amount: { value: '10000.00', currency: 'IDR' } });
        return { ...req, body, headers: s.headers(TOP_UP, body, false) };
      },
    },
  ];
  await autocannon({ url, connections: 10, duration: 2, requests });
  const before = cpuMs(child.pid!);
  const result = await autocannon({ url, connections: 10, duration: DURATION, requests });
  const cpu = ((cpuMs(child.pid!) - before) * 1000) / result.requests.total;
  console.log(`${label.padEnd(44)} ${Math.round(cpu)} µs CPU/request  ${Math.round(result.requests.average)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  non-2xx ${result.non2xx}`);
}

async function json(url: string, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${url}${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tenants-'));
  const child = spawn(process.execPath, ['--expose-gc', join(ROOT, 'test/bench/tenants-child.mjs')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', FIXTURES_DIR: fixtures(dir) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  try {
    const { url } = await new Promise<{ url: string }>((resolve) => child.once('message', (m) => resolve(m as { url: string })));
    await topUpCost('signed top-up, 1 tenant', child, url, FIXTURE_PARTNER);
    const base = await ask<Memory>(child, 'settle');

    const made: BenchPartner[] = [];
    const started = performance.now();
    const queue = Array.from({ length: TENANTS - 1 }, (_, i) => i);
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
          const created = (await json(url, 'POST', '/admin/tenants', { name: `bench-${i}` })) as { tenantId: string; partners: { clientId: string; clientSecret: string; privateKey: string }[] };
          const [p] = created.partners;
          made.push({ clientId: p!.clientId, clientSecret: p!.clientSecret, privateKeyPem: p!.privateKey, tenantId: created.tenantId } as BenchPartner);
        }
      }),
    );
    const makeMs = (performance.now() - started) / made.length;
    const empty = await ask<Memory>(child, 'settle');
    console.log(`${TENANTS} tenants made through POST /admin/tenants: ${Math.round(makeMs)} ms each (4 at a time, RSA key pair included)`);
    console.log(`memory per empty tenant: heap ${kb((empty.heapUsed - base.heapUsed) / made.length)} KB, RSS ${kb((empty.rss - base.rss) / made.length)} KB  (heap ${mb(base.heapUsed)} → ${mb(empty.heapUsed)} MB, RSS ${mb(base.rss)} → ${mb(empty.rss)} MB)`);

    for (const p of made) {
      const tenantId = (p as BenchPartner & { tenantId: string }).tenantId;
      await json(url, 'GET', `/admin/tenants/${tenantId}/clock`);
      const s = await signer(url, AUTH_CODE, p);
      const body = JSON.stringify({ partnerReferenceNo: `U${++seq}`, customerNumber: WALLET, amount: { value: '10000.00', currency: 'IDR' } });
      const res = await fetch(`${url}${TOP_UP}`, { method: 'POST', headers: s.headers(TOP_UP, body, false), body });
      if (res.status !== 200) throw new Error(`top-up in ${tenantId}: ${res.status} ${await res.text()}`);
    }
    const used = await ask<Memory>(child, 'settle');
    console.log(`memory per used tenant (B2B + B2B2C tokens, one top-up, journal entries; routers kept for the ${Math.min(made.length, 100)} last used): heap ${kb((used.heapUsed - base.heapUsed) / made.length)} KB, RSS ${kb((used.rss - base.rss) / made.length)} KB`);

    await topUpCost(`signed top-up, ${TENANTS} tenants, default partner`, child, url, FIXTURE_PARTNER);
    await topUpCost(`signed top-up, ${TENANTS} tenants, last tenant's partner`, child, url, made.at(-1)!);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.send('stop');
    await exited;
  } finally {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
