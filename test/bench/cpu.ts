/**
 * CPU time per request (user + system, from /proc) of the built sandbox and of bare Express 5,
 * driven by autocannon in the same run: a steadier figure than req/s on a shared VM, where
 * neighbours move throughput by 20 % between runs. `npm run build && node --import tsx
 * test/bench/cpu.ts` (BENCH_DURATION s per row, default 6; CPU_DATA_FILE=1 for a DATA_FILE).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type RequestSpec } from 'autocannon';
import { freePort } from '../helpers/sandbox-process.js';
import { ROOT, writeBenchFixtures } from './seed.js';
import { signer } from './signer.js';

const DURATION = Number(process.env.BENCH_DURATION ?? 6);
const TOP_UP = '/snap-adapter/b2b/v1.0/emoney/topup';
const BALANCE = '/snap-adapter/b2b2c/v1.0/balance-inquiry';

/** [user, system] CPU ms of a process, from /proc (clock ticks of 10 ms). */
function cpuMs(pid: number): [number, number] {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return [Number(fields[11]) * 10, Number(fields[12]) * 10];
}

async function start(args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const pin = process.env.CPU_PIN ? ['taskset', ['-c', process.env.CPU_PIN, process.execPath, ...args]] as const : [process.execPath, args] as const;
  const child = spawn(pin[0], [...pin[1]], { cwd: ROOT, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: process.env.CPU_LOG_LEVEL ?? 'info', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout!.resume();
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if ((await fetch(`${url}/health`).catch(() => undefined))?.status === 200) return { child, url };
    if (i > 3000) throw new Error('not healthy');
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function measure(label: string, child: ChildProcess, url: string, requests: RequestSpec[]): Promise<void> {
  await autocannon({ url, connections: 10, duration: 2, requests });
  const before = cpuMs(child.pid!);
  const result = await autocannon({ url, connections: 10, duration: DURATION, requests });
  const after = cpuMs(child.pid!);
  const total = result.requests.total;
  const perRequest = (ms: number) => Math.round((ms * 1000) / total);
  const [user, system] = [perRequest(after[0] - before[0]), perRequest(after[1] - before[1])];
  process.stdout.write(`${label.padEnd(28)} ${user + system} µs CPU/request (user ${user}, system ${system})  ${Math.round(result.requests.average)} req/s  p99 ${result.latency.p99} ms  non-2xx ${result.non2xx}\n`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cpu-'));
  writeBenchFixtures(join(dir, 'fixtures'));
  let seq = 0;
  const run = Date.now().toString(36);
  const bare = await start([join(ROOT, 'test/bench/bare-express.mjs')], {});
  await measure('bare Express', bare.child, bare.url, [{ method: 'POST', path: '/echo', setupRequest: (req) => ({ ...req, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ partnerReferenceNo: `R${++seq}`, amount: { value: '10000.00', currency: 'IDR' } }) }) }]);
  bare.child.kill('SIGTERM');
  const env: Record<string, string> = { FIXTURES_DIR: join(dir, 'fixtures'), ...(process.env.CPU_DATA_FILE ? { DATA_FILE: join(dir, 'data.json') } : {}) };
  const sandbox = await start([...(process.env.CPU_NODE_FLAGS ?? '').split(' ').filter(Boolean), join(ROOT, 'dist/main.js')], env);
  const s = await signer(sandbox.url, 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed');
  const signed = (path: string, customer: boolean, body: () => unknown): RequestSpec[] => [
    { method: 'POST', path, setupRequest: (req) => { const text = JSON.stringify(body()); return { ...req, body: text, headers: s.headers(path, text, customer) }; } },
  ];
  if (!process.env.CPU_ONLY_TOPUP)   await measure('sandbox balance inquiry', sandbox.child, sandbox.url, signed(BALANCE, true, () => ({ partnerReferenceNo: `C${run}-${++seq}` })));
  await measure('sandbox top-up', sandbox.child, sandbox.url, signed(TOP_UP, false, () => ({ partnerReferenceNo: `C${run}-${++seq}`, customerNumber: '1140340010', amount: { value: '10000.00', currency: 'IDR' } })));
  const exited = new Promise((resolve) => sandbox.child.once('exit', resolve));
  sandbox.child.kill('SIGTERM');
  await exited; // its shutdown snapshot is still being written into dir
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
