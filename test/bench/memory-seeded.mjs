// `npm run bench`'s in-memory sandbox with 100k transactions: the built server (dist/) without
// DATA_FILE, whose store is then replaced by the seed snapshot before the load starts.
import { readFileSync } from 'node:fs';
import { loadConfig } from '../../dist/config.js';
import { startServer } from '../../dist/server.js';

const sandbox = await startServer(loadConfig(process.env));
sandbox.ctx.store.restore(JSON.parse(readFileSync(process.env.BENCH_SEED_FILE, 'utf8')));
process.stderr.write('seeded\n');
process.on('SIGTERM', () => sandbox.close().then(() => process.exit(0)));
