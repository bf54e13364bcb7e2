import { Router } from 'express';
import type { SandboxContext } from '../context.js';
import type { Transaction, TransactionStatus } from '../ledger/model.js';
import { idr } from '../lib/money.js';

const STATUS_DESC: Record<TransactionStatus, string> = {
  '00': 'Success',
  '01': 'Initiated',
  '02': 'Paying',
  '03': 'Pending',
  '04': 'Refunded',
  '05': 'Cancelled',
  '06': 'Failed',
  '07': 'Not Found',
};

function view(t: Transaction): Record<string, unknown> {
  return {
    referenceNo: t.id,
    type: t.type,
    clientId: t.clientId,
    accountId: t.accountId ?? null,
    partnerReferenceNo: t.partnerReferenceNo,
    parentReferenceNo: t.parentId ?? null,
    status: t.status,
    statusDesc: STATUS_DESC[t.status],
    amount: idr(t.amountMinor),
    createdAt: new Date(t.createdAt).toISOString(),
    updatedAt: new Date(t.updatedAt).toISOString(),
  };
}

/** GET /admin/transactions: the ledger's transactions, newest first (the dashboard's panel). */
export function transactionsRouter(ctx: SandboxContext): Router {
  const router = Router();
  router.get('/transactions', (req, res) => {
    const q = req.query as Record<string, string | undefined>;
    const source = q.accountId ? ctx.store.transactions.allBy('account', q.accountId) : [...ctx.store.transactions.values()];
    const rows = source
      .filter((t) => (!q.clientId || t.clientId === q.clientId) && (!q.type || t.type === q.type))
      .sort((a, b) => b.createdAt - a.createdAt || b.updatedAt - a.updatedAt);
    res.json({ transactions: rows.slice(0, q.limit ? Number(q.limit) : 100).map(view) });
  });
  return router;
}
