import { Router } from 'express';
import type { SandboxMetrics } from '../metrics/metrics.js';

/** GET /metrics: Prometheus text, open like /health, kept out of the journal (request-log.ts). */
export function metricsRouter(metrics: SandboxMetrics): Router {
  const router = Router();
  router.get('/metrics', async (_req, res) => {
    res.set('Cache-Control', 'no-store').type(metrics.contentType).send(await metrics.text());
  });
  return router;
}
