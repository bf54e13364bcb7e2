/**
 * `npm run bench`: the built sandbox (dist/, child processes) against a bare Express 5 JSON POST
 * endpoint in the same run, driven by autocannon with correctly signed SNAP requests. Prints one
 * table plus cold start, RSS and the cost of compacting a 100k-transaction DATA_FILE. Every store
 * gets the signed mix and top-up rows; the empty ones also get a row per product: create-va + VA
 * status, purchase opened, QR payment (static QR), direct-debit payment + status (an OVO binding
 * made once through the sandbox's own binding page).
 *
 * Environment: BENCH_DURATION (s, default 8), BENCH_WARMUP (s, 2), BENCH_CONNECTIONS (10),
 * BENCH_ROUNDS (4: slices per row, alternating with bare Express), BENCH_SEED_TRANSACTIONS (100000), BENCH_LOG_LEVEL (info), BENCH_NODE_FLAGS (node flags for
 * the sandbox processes; default: those of `npm start` in package.json). Not part of `npm test`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import autocannon, { type RequestSpec, type Result } from 'autocannon';
import { loadSpec } from '../../src/http/openapi.js';
import { openStore } from '../../src/open-store.js';
import { freePort } from '../helpers/sandbox-process.js';
import { ROOT, writeBenchFixtures, writeSeedSnapshot } from './seed.js';
import { directDebitRows, mixes, nextRef, paymentRows, RICH_AUTH_CODE, type Tally } from './requests.js';
import { signer } from './signer.js';

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const DURATION = num('BENCH_DURATION', 8);
const ROUNDS = Math.max(1, num('BENCH_ROUNDS', 4));
const WARMUP = num('BENCH_WARMUP', 2);
const CONNECTIONS = num('BENCH_CONNECTIONS', 10);
const SEED_TRANSACTIONS = num('BENCH_SEED_TRANSACTIONS', 100_000);
/** Idle wait before sampling RSS again on the seeded DATA_FILE (V8's memory reducer ran after 20-35 s of quiet here). */
const SETTLE = num('BENCH_SETTLE_SECONDS', 45);
/** Cold starts of `npm start` as shipped (in memory, default fixtures); one spawn alone moves by ±40 % on this VM. */
const COLD_STARTS = Math.max(1, num('BENCH_COLD_STARTS', 5));
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'info';
/** The node flags `npm start` runs the sandbox with (package.json), unless BENCH_NODE_FLAGS says otherwise. */
const START_FLAGS = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.match(/^node (.*?)\s*\S+\.m?js$/)?.[1] ?? '';
const NODE_FLAGS = (process.env.BENCH_NODE_FLAGS ?? START_FLAGS).split(/\s+/).filter(Boolean);


interface Proc {
  child: ChildProcess;
  url: string;
  coldMs: number;
  detached: boolean;
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const children = new Set<ChildProcess>();
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

/** Spawns a server and times spawn → first 200 on /health (and, if asked, a line on stderr). */
async function start(args: string[], env: Record<string, string>, readyLine?: string, command = process.execPath): Promise<Proc> {
  const port = await freePort();
  const started = performance.now();
  // npm does not pass SIGTERM on to the server: it gets a process group of its own, stopped whole.
  const detached = command !== process.execPath;
  const child = spawn(command, args, { cwd: ROOT, detached, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.stdout!.resume(); // the request log: consumed like a container runtime would
  let err = '';
  let ready = readyLine === undefined;
  child.stderr!.on('data', (d: Buffer) => {
    err += d.toString();
    if (readyLine && err.includes(readyLine)) ready = true;
  });
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; ; ) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited ${child.exitCode}: ${err}`);
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) }).catch(() => undefined);
    if (res?.status === 200 && ready) return { child, url, coldMs: Math.round(performance.now() - started), detached };
    if (Date.now() > deadline) throw new Error(`${args.join(' ')} not healthy in 60 s: ${err}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Spawn of `npm start` itself → /health 200, COLD_STARTS times, one after another. */
async function coldStarts(): Promise<{ median: number; min: number; max: number }> {
  const times: number[] = [];
  for (let i = 0; i < COLD_STARTS; i++) {
    const proc = await start(['start', '--silent'], {}, undefined, 'npm');
    times.push(proc.coldMs);
    await stop(proc);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]!, max: times[times.length - 1]! };
}

async function stop(proc: Proc): Promise<number> {
  const started = performance.now();
  const exited = new Promise((resolve) => proc.child.once('exit', resolve));
  const signal = (name: NodeJS.Signals) => (proc.detached ? process.kill(-proc.child.pid!, name) : proc.child.kill(name));
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
  children.delete(proc.child);
  return Math.round(performance.now() - started);
}

function rssMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(status.match(new RegExp(`${key}:\\s+(\\d+)`))?.[1] ?? 0);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}


async function load(url: string, requests: RequestSpec[], seconds: number): Promise<Result> {
  return autocannon({ url, connections: CONNECTIONS, duration: seconds, requests, timeout: 10 });
}

const bareRequests = (): RequestSpec[] => [
  {
    method: 'POST',
    path: '/echo',
    setupRequest: (req) => ({ ...req, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ partnerReferenceNo: nextRef(), amount: { value: '10000.00', currency: 'IDR' } }) }),
  },
];

/**
 * One row, measured in ROUNDS alternating slices: bare Express for DURATION/ROUNDS seconds, then
 * the sandbox for as long, and again. A neighbour on a shared VM that slows the machine for a
 * while slows both sides alike, so the sandbox/bare ratio holds even when req/s moves by 30 %.
 */
interface Measured {
  reqs: number;
  bareReqs: number;
  p50: number;
  /** The worst slice's p99. */
  p99: number;
  failed: number;
}

interface Row {
  scenario: string;
  store: string;
  m: Measured;
  rssMb?: number;
}

async function interleaved(bareUrl: string, url: string, requests: RequestSpec[]): Promise<Measured> {
  const slice = DURATION / ROUNDS;
  let requestsDone = 0;
  let bareDone = 0;
  let seconds = 0;
  let bareSeconds = 0;
  let failed = 0;
  const p50s: number[] = [];
  const p99s: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const b = await load(bareUrl, bareRequests(), slice);
    bareDone += b.requests.total;
    bareSeconds += b.duration;
    const r = await load(url, requests, slice);
    requestsDone += r.requests.total;
    seconds += r.duration;
    failed += r.non2xx + r.errors + r.timeouts;
    p50s.push(r.latency.p50);
    p99s.push(r.latency.p99);
  }
  p50s.sort((x, y) => x - y);
  return { reqs: requestsDone / seconds, bareReqs: bareDone / bareSeconds, p50: p50s[Math.floor(p50s.length / 2)]!, p99: Math.max(...p99s), failed };
}

interface StoreRun {
  store: string;
  coldMs?: number;
  stopMs?: number;
  /** Before any load: the store as booted. */
  idleRss: number;
  /** After SETTLE s of idle (seeded DATA_FILE only). */
  settledRss?: number;
  rss: { rss: number; peak: number };
  /** Transactions the benchmark added to this store. */
  added: number;
}


/** productRows: the per-product rows (VA, purchase, QR payment, direct debit), measured on the empty stores only. */
async function sandboxRuns(rows: Row[], store: string, bareUrl: string, proc: Proc, tally: Tally, available: Set<string>, notes: Set<string>, settle = false, productRows = false): Promise<StoreRun> {
  const idleRss = rssMb(proc.child.pid!).rss;
  let settledRss: number | undefined;
  if (settle && SETTLE > 0) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE * 1000));
    settledRss = rssMb(proc.child.pid!).rss;
  }
  const createdBefore = tally.created;
  const s = await signer(proc.url, RICH_AUTH_CODE);
  const { mix, topUp, virtualAccounts, notes: missing } = mixes(s, available, tally);
  missing.forEach((n) => notes.add(n));
  await load(proc.url, mix, WARMUP);
  rows.push({ scenario: `signed mix (${mix.length} calls)`, store, m: await interleaved(bareUrl, proc.url, mix) });
  if (topUp.length > 0) rows.push({ scenario: 'signed top-up (mutation)', store, m: await interleaved(bareUrl, proc.url, topUp) });
  if (productRows) {
    if (virtualAccounts.length > 0) rows.push({ scenario: 'signed create-va + VA status', store, m: await interleaved(bareUrl, proc.url, virtualAccounts) });
    const products = [...(await paymentRows(s, proc.url, available, tally)), ...(await directDebitRows(s, proc.url, available, tally))];
    for (const [scenario, requests] of products) rows.push({ scenario, store, m: await interleaved(bareUrl, proc.url, requests) });
  }
  const rss = rssMb(proc.child.pid!);
  rows[rows.length - 1]!.rssMb = rss.rss;
  return { store, coldMs: proc.coldMs, stopMs: await stop(proc), idleRss, settledRss, rss, added: tally.created - createdBefore };
}

/** In-process: how long loading and compacting the seeded DATA_FILE takes, and the longest event-loop stall while compacting. */
async function compactionCost(seedFile: string, dir: string) {
  const file = join(dir, 'compact.json');
  copyFileSync(seedFile, file);
  const { persistence, stats } = await openStore(file, { now: Date.now });
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  let maxGap = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, 1);
  histogram.enable();
  const started = performance.now();
  await persistence.compact();
  const ms = performance.now() - started;
  clearInterval(ticker);
  histogram.disable();
  await persistence.abandon();
  return { loadMs: stats.ms, compactMs: Math.round(ms), maxStallMs: Math.round(Math.max(maxGap, histogram.max / 1e6)), p99StallMs: Math.round(histogram.percentile(99) / 1e6) };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function main(): Promise<void> {
  const entry = join(ROOT, 'dist/main.js');
  if (!existsSync(entry)) throw new Error('dist/main.js is missing: run `npm run build` first (npm run bench does)');
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const fixtures = join(dir, 'fixtures');
  const seedFile = join(dir, 'seed-100k.json');
  const benchStarted = performance.now();
  const loadBefore = loadavg();
  try {
    writeBenchFixtures(fixtures);
    log(`seeding ${fmt(SEED_TRANSACTIONS)} top-ups into ${seedFile} …`);
    const seeded = await writeSeedSnapshot(seedFile, fixtures, SEED_TRANSACTIONS);
    log(`  ${fmt(seeded.bytes / 1e6, 1)} MB in ${fmt(seeded.ms)} ms`);
    const compaction = await compactionCost(seedFile, dir);
    log(`cold start × ${COLD_STARTS} …`);
    const cold = await coldStarts();

    const available = new Set(loadSpec().operations.map((o) => o.path));
    const rows: Row[] = [];
    const runs: StoreRun[] = [];
    const notes = new Set<string>();
    const tally: Tally = { ok: 0, created: 0, unexpected: new Map() };
    const env = { FIXTURES_DIR: fixtures };

    log('bare Express (runs throughout, in turns with each sandbox row) …');
    const bareProc = await start([join(ROOT, 'test/bench/bare-express.mjs')], {});
    await load(bareProc.url, bareRequests(), WARMUP);
    const bareUrl = bareProc.url;
    log('sandbox, in memory, empty …');
    runs.push(await sandboxRuns(rows, 'memory, empty', bareUrl, await start([...NODE_FLAGS, entry], env), tally, available, notes, false, true));
    log('sandbox, DATA_FILE, empty …');
    runs.push(await sandboxRuns(rows, 'DATA_FILE, empty', bareUrl, await start([...NODE_FLAGS, entry], { ...env, DATA_FILE: join(dir, 'empty.json') }), tally, available, notes, false, true));
    log(`sandbox, in memory, ${fmt(SEED_TRANSACTIONS)} transactions …`);
    const memorySeeded = await start([...NODE_FLAGS, join(ROOT, 'test/bench/memory-seeded.mjs')], { ...env, BENCH_SEED_FILE: seedFile }, 'seeded');
    memorySeeded.coldMs = NaN; // includes a JSON restore that is not a production boot path
    runs.push(await sandboxRuns(rows, `memory, ${SEED_TRANSACTIONS / 1000}k tx`, bareUrl, memorySeeded, tally, available, notes));
    log(`sandbox, DATA_FILE, ${fmt(SEED_TRANSACTIONS)} transactions …`);
    const seededFile = join(dir, 'seeded.json');
    copyFileSync(seedFile, seededFile);
    runs.push(await sandboxRuns(rows, `DATA_FILE, ${SEED_TRANSACTIONS / 1000}k tx`, bareUrl, await start([...NODE_FLAGS, entry], { ...env, DATA_FILE: seededFile }), tally, available, notes, true));
    const bareRss = rssMb(bareProc.child.pid!);
    await stop(bareProc);

    const out: string[] = [];
    out.push('');
    out.push(`doku-snap-sandbox benchmark: node ${process.version}, ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s per row, LOG_LEVEL=${LOG_LEVEL}${NODE_FLAGS.length ? `, sandbox node flags ${NODE_FLAGS.join(' ')}` : ''}, load average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`);
    out.push('');
    out.push(`Each row: ${ROUNDS} slices of ${fmt(DURATION / ROUNDS, 1)} s, taking turns with bare Express 5 (JSON POST); "bare" is bare Express in that row's own slices.`);
    out.push('');
    out.push('| scenario | store | req/s | bare req/s | sandbox/bare | p50 ms | p99 ms (worst slice) | non-2xx | RSS MB |');
    out.push('|---|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      out.push(`| ${r.scenario} | ${r.store} | ${fmt(r.m.reqs)} | ${fmt(r.m.bareReqs)} | ${fmt((100 * r.m.reqs) / r.m.bareReqs)} % | ${fmt(r.m.p50, 1)} | ${fmt(r.m.p99, 1)} | ${r.m.failed} | ${r.rssMb ?? ''} |`);
    }
    out.push(`| bare Express 5 JSON POST | - | | | | | | | ${bareRss.rss} (peak ${bareRss.peak}) |`);
    out.push('');
    out.push(`| store | cold start → healthy | RSS idle after boot | RSS after ${SETTLE} s idle | transactions added by the load | RSS after load (peak) | SIGTERM → exit (final snapshot) |`);
    out.push('|---|---:|---:|---:|---:|---:|---:|');
    for (const r of runs) out.push(`| ${r.store} | ${Number.isNaN(r.coldMs) ? 'n/a (restored by script)' : `${r.coldMs} ms`} | ${r.idleRss} MB | ${r.settledRss === undefined ? '' : `${r.settledRss} MB`} | ${fmt(r.added)} | ${r.rss.rss} MB (${r.rss.peak} MB) | ${r.stopMs} ms |`);
    out.push('');
    out.push(`Seed: ${fmt(SEED_TRANSACTIONS)} top-ups (transaction + posting + balances + idempotency record each), snapshot ${fmt(seeded.bytes / 1e6, 1)} MB.`);
    out.push(`DATA_FILE compaction of that snapshot, in process: load ${compaction.loadMs} ms; compact ${compaction.compactMs} ms in the background, longest event-loop stall ${compaction.maxStallMs} ms (p99 ${compaction.p99StallMs} ms).`);

    const find = (scenario: string, store: string) => rows.find((r) => r.scenario.startsWith(scenario) && r.store === store)?.m;
    const fileEmpty = find('signed top-up', 'DATA_FILE, empty');
    const file100k = find('signed top-up', `DATA_FILE, ${SEED_TRANSACTIONS / 1000}k tx`);
    const p99 = Math.max(...rows.map((r) => r.m.p99));
    const seededRun = runs.find((r) => r.store.startsWith('DATA_FILE') && r.store.endsWith('tx'));
    const emptyRun = runs.find((r) => r.store === 'DATA_FILE, empty');
    const check = (ok: boolean) => (ok ? 'met' : 'MISSED');
    const pct = (m: Measured) => (100 * m.reqs) / m.bareReqs;
    out.push('');
    out.push('Targets:');
    if (fileEmpty) out.push(`- signed top-up with DATA_FILE ≥ 50 % of bare: ${fmt(pct(fileEmpty))} % (${check(pct(fileEmpty) >= 50)})`);
    if (fileEmpty && file100k) out.push(`- with ${fmt(SEED_TRANSACTIONS)} stored transactions ≥ 80 % of empty (each against its own bare slices): ${fmt((100 * pct(file100k)) / pct(fileEmpty))} % (${check(pct(file100k) >= 0.8 * pct(fileEmpty))})`);
    out.push(`- p99 < 20 ms at ${CONNECTIONS} connections: worst sandbox slice ${fmt(p99, 1)} ms (${check(p99 < 20)})`);
    out.push(`- cold start < 1 s (npm start as shipped: in memory, default fixtures): median ${cold.median} ms of ${COLD_STARTS} (${cold.min}–${cold.max} ms) (${check(cold.median < 1000)})${emptyRun && seededRun ? `; DATA_FILE: ${emptyRun.coldMs} ms empty, ${seededRun.coldMs} ms with ${fmt(SEED_TRANSACTIONS)} transactions` : ''}`);
    if (seededRun) {
      const idle = Math.max(seededRun.idleRss, seededRun.settledRss ?? 0);
      out.push(`- RSS < 200 MB at ${fmt(SEED_TRANSACTIONS)} transactions, idle: ${seededRun.idleRss} MB after boot, ${seededRun.settledRss ?? '-'} MB after ${SETTLE} s (${check(idle < 200)})`);
      out.push(`- for information, RSS under load, not at ${fmt(SEED_TRANSACTIONS)} transactions: the benchmark added ${fmt(seededRun.added)} more: ${seededRun.rss.rss} MB after load, peak ${seededRun.rss.peak} MB (V8 lets the old generation grow well past the live heap between full collections)`);
    }
    for (const note of notes) out.push(`- note: ${note}`);
    if (tally.unexpected.size > 0) {
      out.push('');
      out.push('Unexpected answers (the numbers above include them):');
      for (const [key, count] of [...tally.unexpected].sort((a, b) => b[1] - a[1]).slice(0, 10)) out.push(`- ${count} × ${key}`);
    }
    out.push('');
    out.push(`Whole run ${fmt((performance.now() - benchStarted) / 1000)} s; load average after ${loadavg().map((l) => l.toFixed(2)).join(' ')}.`);
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
