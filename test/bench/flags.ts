/**
 * Peak RSS, throughput and p99 of signed top-ups against a 100k-transaction DATA_FILE, for each
 * set of node flags given (one set per argument, flags separated by spaces; "" is the default):
 * `npm run build && node --import tsx test/bench/flags.ts "" "--max-semi-space-size=4"`.
 * The sets take turns over BENCH_ROUNDS rounds, so a noisy neighbour hits them alike.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { freePort } from '../helpers/sandbox-process.js';
import { ROOT, writeBenchFixtures, writeSeedSnapshot } from './seed.js';
import { signer } from './signer.js';

const SEED = Number(process.env.BENCH_SEED_TRANSACTIONS ?? 100_000);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const TOP_UP = '/snap-adapter/b2b/v1.0/emoney/topup';
const sets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [''];

const status = (pid: number, key: string) => Math.round(Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`${key}:\\s+(\\d+)`))?.[1] ?? 0) / 1024);

async function one(flags: string, seedFile: string, dir: string, round: number): Promise<string> {
  const file = join(dir, `data-${round}-${Math.random().toString(36).slice(2)}.json`);
  copyFileSync(seedFile, file);
  const port = await freePort();
  const child = spawn(process.execPath, [...flags.split(' ').filter(Boolean), join(ROOT, 'dist/main.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', FIXTURES_DIR: join(dir, 'fixtures'), DATA_FILE: file },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout!.resume();
  const url = `http://127.0.0.1:${port}`;
  while ((await fetch(`${url}/health`).catch(() => undefined))?.status !== 200) await new Promise((r) => setTimeout(r, 20));
  const idle = status(child.pid!, 'VmRSS');
  const s = await signer(url, 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed');
  let seq = 0;
  const run = `${round}${Date.now().toString(36)}`;
  const requests = [{ method: 'POST' as const, path: TOP_UP, setupRequest: (req: Record<string, unknown>) => { const body = JSON.stringify({ partnerReferenceNo: `F${run}-${++seq}`, customerNumber: '1140340010', amount: { value: '10000.00', currency: 'IDR' } }); return { ...req, body, headers: s.headers(TOP_UP, body, false) }; } }];
  await autocannon({ url, connections: 10, duration: 2, requests } as never);
  const r = await autocannon({ url, connections: 10, duration: DURATION, requests } as never);
  const peak = status(child.pid!, 'VmHWM');
  child.kill('SIGTERM');
  await new Promise((res) => child.once('exit', res));
  return `${(flags || '(default)').padEnd(50)} ${String(Math.round(r.requests.average)).padStart(6)} req/s  p99 ${String(r.latency.p99).padStart(3)} ms  RSS idle ${idle} MB, peak ${peak} MB  non-2xx ${r.non2xx}`;
}

const dir = mkdtempSync(join(tmpdir(), 'flags-'));
try {
  writeBenchFixtures(join(dir, 'fixtures'));
  const seedFile = join(dir, 'seed.json');
  await writeSeedSnapshot(seedFile, join(dir, 'fixtures'), SEED);
  for (let round = 0; round < ROUNDS; round++) for (const flags of sets) console.log(await one(flags, seedFile, dir, round));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
