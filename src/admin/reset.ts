import { Router } from 'express';
import type { SandboxContext } from '../context.js';
import type { Journal } from '../http/journal.js';
import { applySeed } from '../ledger/seed.js';

/**
 * POST /admin/reset: back to the state of boot. The clock loses its offset, the store holds the
 * fixtures again, scenarios are the built-in magic values plus those named by SCENARIOS (counters
 * at zero; scenarios loaded through the API are gone), held connections are let go and the
 * journal is emptied.
 */
export function resetRouter(ctx: SandboxContext, journal: Journal): Router {
  const router = Router();
  router.post('/reset', async (_req, res) => {
    const offsetSeconds = ctx.clock.offsetSeconds;
    ctx.clock.reset();
    const now = ctx.clock.now();
    try {
      await ctx.store.transact(() => {
        ctx.store.clearAll();
        applySeed(ctx.store, ctx.seed, now);
      });
    } catch (error) {
      ctx.clock.advance(offsetSeconds); // a reset the disk refused changes nothing
      throw error;
    }
    ctx.scenarioEngine?.releaseHeld();
    ctx.scenarioEngine?.resetToBoot();
    await new Promise((resolve) => setImmediate(resolve)); // let cut connections reach the journal first
    journal.clear();
    res.json({
      at: new Date(now).toISOString(),
      partners: ctx.store.partners.size,
      wallets: ctx.store.wallets.size,
      scenarios: ctx.scenarioEngine?.list().map((s) => s.id) ?? [],
    });
  });
  return router;
}
