import { Router } from 'express';
import type { SandboxContext } from '../context.js';
import type { Otp } from '../ledger/model.js';
import { OTP_MAX_ATTEMPTS } from '../ledger/otps.js';

/** GET /admin/otps: the OTPs the sandbox "sent", so QA can read them as the customer would from SMS. */
export function otpsRouter(ctx: SandboxContext): Router {
  const router = Router();
  router.get('/otps', (req, res) => {
    const { phoneNo, referenceNo } = req.query as Record<string, string | undefined>;
    const now = ctx.clock.now();
    let otps: Otp[] = phoneNo ? ctx.store.otps.allBy('phone', phoneNo) : [...ctx.store.otps.values()];
    if (referenceNo) otps = otps.filter((o) => o.journeyId === referenceNo);
    otps.sort((a, b) => b.issuedAt - a.issuedAt);
    res.json({
      otps: otps.map((o) => {
        const journey = ctx.store.journeys.get(o.journeyId);
        return {
          referenceNo: o.journeyId,
          partnerReferenceNo: journey?.partnerReferenceNo,
          clientId: journey?.clientId,
          purpose: o.purpose,
          phoneNo: o.phoneNo,
          otp: o.code,
          issuedAt: new Date(o.issuedAt).toISOString(),
          expiresAt: new Date(o.expiresAt).toISOString(),
          expired: now >= o.expiresAt,
          attempts: o.attempts,
          attemptsLeft: o.blocked ? 0 : OTP_MAX_ATTEMPTS - o.attempts,
          blocked: o.blocked,
          journeyStatus: journey?.status,
        };
      }),
    });
  });
  return router;
}
