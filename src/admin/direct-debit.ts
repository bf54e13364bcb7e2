import { Router } from 'express';
import type { SandboxContext } from '../context.js';
import { channelAccount } from '../ledger/accounts.js';
import { balanceOf } from '../ledger/ledger.js';
import type { DebitBinding } from '../ledger/model.js';
import { formatMinor } from '../lib/money.js';

function view(ctx: SandboxContext, b: DebitBinding): Record<string, unknown> {
  return {
    referenceNo: b.id,
    kind: b.kind,
    clientId: b.clientId,
    channel: b.channel,
    accountId: b.accountId,
    phoneNo: b.phoneNo,
    custIdMerchant: b.custIdMerchant,
    status: b.status,
    authCode: b.authCode,
    card: b.kind === 'CARD' ? `${b.cardType ?? ''} ****${b.cardLast4 ?? ''}`.trim() : null,
    balance: formatMinor(balanceOf(ctx.store, channelAccount(b.accountId))),
    createdAt: new Date(b.createdAt).toISOString(),
    updatedAt: new Date(b.updatedAt).toISOString(),
  };
}

/** GET /admin/direct-debit/bindings: account bindings and card registrations, newest first, with the bound account's balance. */
export function directDebitRouter(ctx: SandboxContext): Router {
  const router = Router();
  router.get('/direct-debit/bindings', (req, res) => {
    const q = req.query as Record<string, string | undefined>;
    const rows = [...ctx.store.debitBindings.values()]
      .filter((b) => (!q.clientId || b.clientId === q.clientId) && (!q.channel || b.channel === q.channel) && (!q.status || b.status === q.status))
      .sort((a, b) => b.createdAt - a.createdAt);
    res.json({ bindings: rows.slice(0, q.limit ? Number(q.limit) : 100).map((b) => view(ctx, b)) });
  });
  return router;
}
