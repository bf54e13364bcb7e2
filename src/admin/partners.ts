import { Router } from 'express';
import type { SandboxContext } from '../context.js';
import { partnerView, registerPartner, type PartnerRegistration } from '../ledger/partners.js';

export function partnersRouter(ctx: SandboxContext): Router {
  const router = Router();
  router.get('/partners', (_req, res) => {
    res.json({ partners: [...ctx.store.partners.values()].map((p) => partnerView(ctx.store, p)) });
  });
  router.post('/partners', async (req, res) => {
    const partner = await ctx.store.transact(() => registerPartner(ctx.store, req.body as PartnerRegistration, ctx.clock.now()));
    res.status(201).json(partnerView(ctx.store, partner));
  });
  return router;
}
