import { Router } from 'express';
import type { SandboxContext } from '../context.js';

export const VERSION = '0.1.0';

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
