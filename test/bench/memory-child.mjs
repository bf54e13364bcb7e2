// Child of test/bench/memory.ts (run with --expose-gc): boots the built sandbox on DATA_FILE and
// prints live heap and RSS after GC, then what each table holds (heap freed by clearing it).
import { loadConfig } from '../../dist/config.js';
import { buildSandbox } from '../../dist/server.js';
import { silentLogger } from '../../dist/lib/logger.js';

const mb = (n) => Math.round(n / 1e5) / 10;
const settle = () => {
  for (let i = 0; i < 3; i++) globalThis.gc();
  return process.memoryUsage();
};
const sandbox = await buildSandbox(loadConfig(process.env), { log: silentLogger });
const after = settle();
const out = { heapUsedMb: mb(after.heapUsed), heapTotalMb: mb(after.heapTotal), externalMb: mb(after.external), rssMb: mb(after.rss), tables: {} };
const { store } = sandbox.ctx;
const sizes = Object.fromEntries(store.tables().map((t) => [t.name, t.size]));
let heap = after.heapUsed;
for (const table of store.tables()) {
  if (table.size < 100) continue;
  table.clear();
  const now = settle().heapUsed;
  out.tables[table.name] = { rows: sizes[table.name], mb: mb(heap - now), bytesPerRow: Math.round((heap - now) / sizes[table.name]) };
  heap = now;
}
out.restHeapMb = mb(heap);
process.stdout.write(`${JSON.stringify(out)}\n`);
process.exit(0);
