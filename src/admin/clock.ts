import { Router } from 'express';
import type { SandboxContext } from '../context.js';
import { SnapError } from '../errors/snap-error.js';
import { formatWib, parseZonedTime } from '../lib/time.js';

/** The sandbox clock: token, OTP and purchase expiry, history dates and scenario windows all read it. */
export function clockRouter(ctx: SandboxContext): Router {
  const router = Router();
  const view = () => {
    const now = ctx.clock.now();
    return { now: new Date(now).toISOString(), nowWib: formatWib(now), offsetSeconds: ctx.clock.offsetSeconds };
  };

  router.get('/clock', (_req, res) => {
    res.json(view());
  });

  // One of {"advanceSeconds": n} (may be negative), {"set": "<ISO time with zone>"} or {"reset": true}.
  router.post('/clock', (req, res) => {
    const body = req.body as { advanceSeconds?: number; set?: string; reset?: boolean };
    if (body.advanceSeconds !== undefined) ctx.clock.advance(body.advanceSeconds);
    else if (body.set !== undefined) {
      const at = parseZonedTime(body.set);
      if (at === undefined) throw new SnapError('InvalidFieldFormat', 'set');
      ctx.clock.set(at);
    } else if (body.reset) ctx.clock.reset();
    res.json(view());
  });
  return router;
}
