import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Router } from 'express';
import type { SandboxContext } from '../context.js';
import { PACKAGE_ROOT } from '../paths.js';

/** The package's own version (one source: package.json), read once at startup. */
export const VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export function healthRouter(ctx: SandboxContext, startedAt: number): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({
      status: 'ok',
      version: VERSION,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 10) / 100,
      store: ctx.config.dataFile ? 'file' : 'memory',
    });
  });
  return router;
}
