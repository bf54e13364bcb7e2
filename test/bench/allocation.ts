/**
 * Bytes allocated and promoted per signed top-up, from the built sandbox's own `--trace-gc-nvp`
 * lines: unlike CPU time, allocation per request hardly moves with what the neighbours of a
 * shared VM are doing, so two builds can be compared on a noisy machine in half a minute.
 *
 *   npm run build && node --import tsx test/bench/allocation.ts
 *
 * ALLOC_ENTRY=path runs another build; ALLOC_REQUESTS (default 20000) are counted after 5000
 * uncounted ones, at 10 connections.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type RawRequest } from 'autocannon';
import { freePort } from '../helpers/sandbox-process.js';
import { ROOT, writeBenchFixtures } from './seed.js';
import { signer } from './signer.js';

const ENTRY = process.env.ALLOC_ENTRY ?? join(ROOT, 'dist/main.js');
const COUNT = Number(process.env.ALLOC_REQUESTS ?? 20_000);
const TOP_UP = '/snap-adapter/b2b/v1.0/emoney/topup';

const dir = mkdtempSync(join(tmpdir(), 'allocation-'));
writeBenchFixtures(join(dir, 'fixtures'));
const port = await freePort();
const child = spawn(process.execPath, ['--trace-gc-nvp', ENTRY], {
  cwd: ROOT,
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', FIXTURES_DIR: join(dir, 'fixtures') },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let gcLines = '';
child.stdout!.on('data', (d: Buffer) => (gcLines += d.toString()));
try {
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; (await fetch(`${url}/health`).catch(() => undefined))?.status !== 200; i++) {
    if (i > 3000) throw new Error('not healthy');
    await new Promise((r) => setTimeout(r, 10));
  }
  const s = await signer(url, 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed');
  const run = Date.now().toString(36);
  let seq = 0;
  const setupRequest = (req: RawRequest): RawRequest => {
    const body = JSON.stringify({ partnerReferenceNo: `A${run}-${++seq}`, customerNumber: '1140340010', amount: { value: '10000.00', currency: 'IDR' } });
    return { ...req, body, headers: s.headers(TOP_UP, body, false) };
  };
  const requests = [{ method: 'POST', path: TOP_UP, setupRequest }];
  await autocannon({ url, connections: 10, amount: 5000, requests });
  const mark = gcLines.length;
  const result = await autocannon({ url, connections: 10, amount: COUNT, requests });
  await new Promise((r) => setTimeout(r, 200));
  const scavenges = gcLines.slice(mark).split('\n').filter((line) => line.includes('gc=s'));
  const sum = (key: string) => scavenges.reduce((total, line) => total + Number(new RegExp(`\\b${key}=(\\d+)`).exec(line)?.[1] ?? 0), 0);
  const n = result.requests.total;
  const kb = (sum('allocated') / n / 1024).toFixed(1);
  process.stdout.write(`${ENTRY}: ${n} signed top-ups, ${scavenges.length} scavenges, ${kb} KB allocated and ${Math.round(sum('promoted') / n)} B promoted per request, non-2xx ${result.non2xx}\n`);
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
