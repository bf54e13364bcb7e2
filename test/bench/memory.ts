/**
 * Live memory at N stored top-ups: `npm run build && node --import tsx test/bench/memory.ts`.
 * Seeds a DATA_FILE like `npm run bench` (BENCH_SEED_TRANSACTIONS, default 100000), boots the
 * built sandbox on it in a child with --expose-gc, and prints heap and RSS after GC plus the heap
 * each table holds (bytes per row).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, writeBenchFixtures, writeSeedSnapshot } from './seed.js';

const N = Number(process.env.BENCH_SEED_TRANSACTIONS ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'memory-'));
try {
  writeBenchFixtures(join(dir, 'fixtures'));
  const file = join(dir, 'seed.json');
  const seeded = await writeSeedSnapshot(file, join(dir, 'fixtures'), N);
  const out = execFileSync(process.execPath, ['--expose-gc', ...(process.env.BENCH_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean), join(ROOT, 'test/bench/memory-child.mjs')], {
    cwd: ROOT,
    env: { ...process.env, DATA_FILE: file, FIXTURES_DIR: join(dir, 'fixtures'), LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
  const result = JSON.parse(out) as { heapUsedMb: number; rssMb: number; restHeapMb: number; tables: Record<string, { rows: number; mb: number; bytesPerRow: number }> };
  console.log(`${N} top-ups, snapshot ${(seeded.bytes / 1e6).toFixed(1)} MB: after boot and GC heap ${result.heapUsedMb} MB (of ${(result as { heapTotalMb?: number }).heapTotalMb} MB held by V8; external ${(result as { externalMb?: number }).externalMb} MB), RSS ${result.rssMb} MB`);
  for (const [name, t] of Object.entries(result.tables)) console.log(`  ${name.padEnd(14)} ${String(t.rows).padStart(7)} rows ${String(t.mb).padStart(6)} MB  ${t.bytesPerRow} B/row`);
  console.log(`  everything else ${result.restHeapMb} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
