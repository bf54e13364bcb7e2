import { Router } from 'express';
import type { SandboxContext } from '../context.js';
import { SnapError } from '../errors/snap-error.js';
import { partnerView, preparePartner, storePartner, type PartnerRegistration } from '../ledger/partners.js';
import { NOTIFIER_DEFAULTS } from '../notify/notifier.js';
import { requestPartnerToken } from '../notify/notification-token.js';

export function partnersRouter(ctx: SandboxContext): Router {
  const router = Router();
  const view = (partner: Parameters<typeof partnerView>[1]) => partnerView(ctx.store, partner, ctx.config.tokenPolicy);
  router.get('/partners', (_req, res) => {
    res.json({ partners: [...ctx.store.partners.values()].map(view) });
  });
  router.post('/partners', async (req, res) => {
    const prepared = preparePartner(ctx.store, req.body as PartnerRegistration, ctx.clock.now());
    const url = prepared.partner.notificationTokenUrl;
    if (url) {
      // Asked once now, so a wrong URL is refused here rather than found out at the first payment.
      const token = await requestPartnerToken({ url, clientId: prepared.partner.id, dokuPrivateKey: ctx.keys.privateKey, now: ctx.clock.now(), timeoutMs: NOTIFIER_DEFAULTS.timeoutMs });
      if (!token.ok) {
        throw new SnapError('InvalidFieldFormat', 'notificationTokenUrl')
          .withEcho({ additionalInfo: { reason: `asked for a token: ${token.problem}` } })
          .withDiagnostics({ hint: `POST ${url} with {"grantType":"client_credentials"} signed with the sandbox's DOKU key (GET /admin/keys) must answer 2xx JSON with accessToken` });
      }
    }
    const partner = await ctx.store.transact(() => storePartner(ctx.store, prepared, ctx.clock.now()));
    res.status(201).json(view(partner));
  });
  return router;
}
