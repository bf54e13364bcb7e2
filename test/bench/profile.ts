/**
 * CPU profile of the built sandbox under signed top-ups: `npm run build && node --import tsx
 * test/bench/profile.ts`. Starts dist/main.js with --cpu-prof (in memory, or with DATA_FILE when
 * PROFILE_DATA_FILE=1), drives BENCH_DURATION s (default 10) of top-ups at BENCH_CONNECTIONS, stops
 * it, and prints the self time by function and by package. The .cpuprofile stays in the printed
 * folder for Chrome DevTools.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { freePort } from '../helpers/sandbox-process.js';
import { ROOT, writeBenchFixtures } from './seed.js';
import { signer } from './signer.js';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const TOP_UP = '/snap-adapter/b2b/v1.0/emoney/topup';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

function where(url: string): string {
  if (!url) return '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) return url.slice(nm + 13).split('/').slice(0, url.slice(nm + 13).startsWith('@') ? 2 : 1).join('/');
  if (url.startsWith('node:')) return url;
  const dist = url.indexOf('/dist/');
  return dist >= 0 ? url.slice(dist + 1) : url;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'profile-'));
  writeBenchFixtures(join(dir, 'fixtures'));
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', FIXTURES_DIR: join(dir, 'fixtures'), ...(process.env.PROFILE_DATA_FILE ? { DATA_FILE: join(dir, 'data.json') } : {}) };
  const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, join(ROOT, 'dist/main.js')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout!.resume();
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const res = await fetch(`${url}/health`).catch(() => undefined);
    if (res?.status === 200) break;
    if (i > 2000) throw new Error('sandbox not healthy');
    await new Promise((r) => setTimeout(r, 10));
  }
  const s = await signer(url, 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed');
  let seq = 0;
  const requests = [
    {
      method: 'POST' as const,
      path: TOP_UP,
      setupRequest: (req: Record<string, unknown>) => {
        const body = JSON.stringify({ partnerReferenceNo: `P${Date.now().toString(36)}-${++seq}`, customerNumber: '1140340010', amount: { value: '10000.00', currency: 'IDR' } });
        return { ...req, body, headers: s.headers(TOP_UP, body, false) };
      },
    },
  ];
  const load = loadavg()[0]!.toFixed(2);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, requests, timeout: 10 } as never);
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;

  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile in ${dir}`);
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const idle = [...self].filter(([id]) => byId.get(id)!.callFrame.functionName === '(idle)').reduce((a, [, t]) => a + t, 0);
  const busy = total - idle;
  const fns = new Map<string, number>();
  const pkgs = new Map<string, number>();
  for (const [id, t] of self) {
    const { functionName, url: u, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') continue;
    const name = `${functionName || '(anonymous)'} ${where(u)}:${lineNumber + 1}`;
    fns.set(name, (fns.get(name) ?? 0) + t);
    pkgs.set(where(u), (pkgs.get(where(u)) ?? 0) + t);
  }
  const pct = (t: number) => `${((100 * t) / busy).toFixed(1).padStart(5)} %`;
  const requestsDone = result.requests.total;
  console.log(`top-up ${result.requests.average.toFixed(0)} req/s, p99 ${result.latency.p99} ms, ${requestsDone} requests, load before ${load}`);
  console.log(`busy CPU ${(busy / 1000).toFixed(0)} ms = ${(busy / requestsDone).toFixed(0)} µs per request (profile in ${dir})`);
  console.log('\nself time by package:');
  for (const [k, t] of [...pkgs].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${pct(t)}  ${k}`);
  console.log('\nself time by function:');
  for (const [k, t] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 30))) console.log(`${pct(t)}  ${k}`);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
