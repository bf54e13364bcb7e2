/**
 * A sandbox process (like src/main.ts) whose change log refuses writes on command, for tests that
 * kill -9 it: SIGUSR1 starts refusing every write with FAULT (ENOSPC, EIO or short), SIGUSR2 ends
 * it. The store retries at once (no backoff), so writes work again at the first one after SIGUSR2.
 */
import { loadConfig } from '../../src/config.js';
import { startServer } from '../../src/server.js';
import { FaultyDisk, type Fault } from '../helpers/faulty-disk.js';

const disk = new FaultyDisk();
const fault = (process.env.FAULT ?? 'ENOSPC') as Fault;
process.on('SIGUSR1', () => disk.failEvery(fault));
process.on('SIGUSR2', () => disk.heal());
const sandbox = await startServer(loadConfig(process.env), { storage: { disk, retry: { firstMs: 0, maxMs: 0 } } });
process.on('SIGTERM', () => {
  sandbox.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
