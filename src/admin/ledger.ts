import { Router } from 'express';
import type { SandboxContext } from '../context.js';
import { verifyLedger } from '../ledger/verify.js';

export function ledgerRouter(ctx: SandboxContext): Router {
  const router = Router();
  router.get('/ledger/verify', (_req, res) => {
    res.json(verifyLedger(ctx.store));
  });
  return router;
}
