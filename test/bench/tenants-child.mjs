// Child of test/bench/tenants.ts (run with --expose-gc): the built sandbox listening on PORT, and
// on request (IPC) its live heap and RSS after full collections.
import { loadConfig } from '../../dist/config.js';
import { startServer } from '../../dist/server.js';
import { silentLogger } from '../../dist/lib/logger.js';

const sandbox = await startServer(loadConfig(process.env), { log: silentLogger });
process.on('message', (message) => {
  if (message === 'settle') {
    for (let i = 0; i < 3; i++) globalThis.gc();
    const { heapUsed, rss } = process.memoryUsage();
    process.send({ heapUsed, rss });
  } else if (message === 'stop') {
    sandbox.close().then(() => process.exit(0));
  }
});
process.send({ url: sandbox.url });
