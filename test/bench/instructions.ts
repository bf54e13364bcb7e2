/**
 * Instructions per request, counted by valgrind (callgrind), for the built sandbox and for bare
 * Express 5: unlike req/s or CPU time, the count hardly moves with what the neighbours of a
 * shared VM are doing, so two builds can be compared on a noisy machine. Kernel work (socket and
 * disk system calls) is not counted.
 *
 *   npm run build && node --import tsx test/bench/instructions.ts [topup|balance ...]
 *
 * Each process runs under `valgrind --tool=callgrind --instr-atstart=no`; CG_WARMUP calls
 * (default 1500) run uncounted, then CG_COUNT calls (1000) with instrumentation on, five at a
 * time. Slow: about a minute per row. CG_ENTRY=path runs another build of the sandbox;
 * CG_DATA_FILE=1 gives it a DATA_FILE.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../helpers/sandbox-process.js';
import { ROOT, writeBenchFixtures } from './seed.js';
import { signer } from './signer.js';

const WARMUP = Number(process.env.CG_WARMUP ?? 1500);
const COUNT = Number(process.env.CG_COUNT ?? 1000);
const ENTRY = process.env.CG_ENTRY ?? join(ROOT, 'dist/main.js');
const PATHS: Record<string, string> = { topup: '/snap-adapter/b2b/v1.0/emoney/topup', balance: '/snap-adapter/b2b2c/v1.0/balance-inquiry' };
// callgrind_control finds the process through files named after USER and HOST.
const VG_ENV = { USER: process.env.USER ?? 'sandbox', HOST: 'bench' };

async function underValgrind(entry: string, env: Record<string, string>, dir: string): Promise<{ child: ChildProcess; url: string; out: string }> {
  const port = await freePort();
  const out = mkdtempSync(join(dir, 'cg-'));
  const child = spawn('valgrind', ['--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${join(out, 'cg.%p')}`, process.execPath, entry, '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, ...VG_ENV, PORT: String(port), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.resume();
  child.stderr!.resume();
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 300_000; (await fetch(`${url}/health`).catch(() => undefined))?.status !== 200; ) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${entry} did not become healthy under valgrind`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, url, out };
}

async function count(label: string, entry: string, kind: string, dir: string): Promise<number> {
  const { child, url, out } = await underValgrind(entry, kind === 'bare' ? {} : { FIXTURES_DIR: join(dir, 'fixtures'), ...(process.env.CG_DATA_FILE ? { DATA_FILE: join(dir, `data-${kind}.json`) } : {}) }, dir);
  const s = kind === 'bare' ? undefined : await signer(url, 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed');
  const path = kind === 'bare' ? '/echo' : PATHS[kind]!;
  const run = Date.now().toString(36);
  let seq = 0;
  const one = async () => {
    const body = JSON.stringify(kind === 'balance' ? { partnerReferenceNo: `I${run}-${++seq}` } : { partnerReferenceNo: `I${run}-${++seq}`, customerNumber: '1140340010', amount: { value: '10000.00', currency: 'IDR' } });
    const res = await fetch(`${url}${path}`, { method: 'POST', body, headers: s ? s.headers(path, body, kind === 'balance') : { 'content-type': 'application/json' } });
    if (res.status !== 200) throw new Error(`${label}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  };
  const calls = async (n: number) => {
    for (let i = 0; i < n; i += 5) await Promise.all([one(), one(), one(), one(), one()]);
  };
  await calls(WARMUP);
  const control = (...args: string[]) => execFileSync('callgrind_control', [...args, String(child.pid)], { env: { ...process.env, ...VG_ENV }, stdio: 'ignore' });
  control('-i', 'on');
  await calls(COUNT);
  control('-i', 'off');
  control('-d');
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  let total = 0;
  for (const f of readdirSync(out)) {
    for (const m of readFileSync(join(out, f), 'utf8').matchAll(/^totals: (\d+)/gm)) total = Math.max(total, Number(m[1]));
  }
  return total / COUNT;
}

const dir = mkdtempSync(join(tmpdir(), 'instructions-'));
try {
  writeBenchFixtures(join(dir, 'fixtures'));
  const bare = await count('bare Express', join(ROOT, 'test/bench/bare-express.mjs'), 'bare', dir);
  const fmt = (n: number) => `${(n / 1e6).toFixed(2)} M`;
  console.log(`bare Express 5 JSON POST        ${fmt(bare)} instructions/request`);
  for (const kind of process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['topup']) {
    const n = await count(kind, ENTRY, kind, dir);
    console.log(`sandbox ${kind.padEnd(24)} ${fmt(n)} instructions/request  (${(n / bare).toFixed(2)}× bare, ${Math.round((100 * bare) / n)} % of its rate if instructions were all)`);
  }
} finally {
  if (!process.env.CG_KEEP) rmSync(dir, { recursive: true, force: true });
}
