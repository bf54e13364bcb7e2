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
    refuseOtherTenantsClient(ctx, prepared.partner.id);
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
    const partner = await ctx.store.transact(() => {
      // Asked again where it is stored: another tenant may have taken the clientId while its token was asked for.
      refuseOtherTenantsClient(ctx, prepared.partner.id);
      return storePartner(ctx.store, prepared, ctx.clock.now());
    });
    res.status(201).json(view(partner));
  });
  return router;
}

/** A clientId is unique across the server: one another tenant has is 409 (src/tenants/). */
function refuseOtherTenantsClient(ctx: SandboxContext, clientId: string): void {
  const owner = ctx.tenant?.ownerOfClientId(clientId);
  if (owner === undefined || owner === ctx.tenant!.id) return;
  throw new SnapError('Conflict')
    .withEcho({ additionalInfo: { reason: `clientId ${clientId} is already registered in tenant ${owner}; a clientId is unique across the server` } })
    .withDiagnostics({ hint: 'SNAP calls find their tenant by the partner\'s clientId, so one clientId cannot be in two tenants' });
}
