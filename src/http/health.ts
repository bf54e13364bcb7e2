import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Router } from 'express';
import type { SandboxContext } from '../context.js';
import { PACKAGE_ROOT } from '../paths.js';

/** The package's own version (one source: package.json), read once at startup. */
export const VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export function healthRouter(ctx: SandboxContext, startedAt: number): Router {
  const router = Router();
  // 503 while the disk refuses writes (reads still work), so container health checks and CI see
  // it; asking may try the disk again (after the store's backoff), so it turns 200 by itself.
  router.get('/health', async (_req, res) => {
    const store = await ctx.store.health();
    const uptimeSeconds = Math.round((Date.now() - startedAt) / 10) / 100;
    if (!store.writable) {
      const since = store.since === undefined ? undefined : new Date(store.since).toISOString();
      res.status(503).json({ status: 'degraded', version: VERSION, uptimeSeconds, store: { writable: false, error: store.error, since } });
      return;
    }
    res.json({ status: 'ok', version: VERSION, uptimeSeconds, store: ctx.config.dataFile ? 'file' : 'memory' });
  });
  return router;
}
