import { Router } from 'express';
import type { SandboxContext } from '../context.js';
import { SnapError } from '../errors/snap-error.js';
import type { VirtualAccount } from '../ledger/model.js';
import { idr } from '../lib/money.js';
import { formatWib } from '../lib/time.js';
import { payAtBank } from '../snap/virtual-account/va-pay-at-bank.js';
import { paymentView } from '../snap/virtual-account/va-payment.js';
import { bankNumber, paymentsOf, VA_PAYMENT_SERVICE, vaPaymentData, vaState, virtualAccountNo } from '../snap/virtual-account/va.model.js';

function view(ctx: SandboxContext, va: VirtualAccount): Record<string, unknown> {
  return {
    number: va.number,
    virtualAccountNo: virtualAccountNo(va),
    clientId: va.clientId,
    trxId: va.trxId,
    channel: va.channel,
    name: va.name,
    trxType: va.trxType,
    totalAmount: idr(va.amountMinor),
    minAmount: va.minMinor !== undefined ? idr(va.minMinor).value : null,
    maxAmount: va.maxMinor !== undefined ? idr(va.maxMinor).value : null,
    reusable: va.reusable,
    generatedBy: va.generatedBy,
    status: vaState(va, ctx.clock.now()),
    expiredDate: va.expiresAt !== undefined ? formatWib(va.expiresAt) : null,
    paidAmount: idr(va.paidMinor),
    payments: paymentsOf(ctx.store, va).map((tx) => ({
      referenceNo: tx.id,
      paymentRequestId: vaPaymentData(tx).paymentRequestId,
      paidAmount: idr(tx.amountMinor),
      paidAt: formatWib(tx.createdAt),
      via: vaPaymentData(tx).via,
    })),
    createdAt: new Date(va.createdAt).toISOString(),
  };
}

/** The VA a number names: the live one, else the latest ended one. */
function vaByNumber(ctx: SandboxContext, raw: string): VirtualAccount {
  const rows = ctx.store.virtualAccounts.allBy('number', bankNumber(raw)).sort((a, b) => b.createdAt - a.createdAt);
  const va = rows.find((r) => r.status !== 'DELETED') ?? rows[0];
  if (!va) throw new SnapError('InvalidBill', 'not found').withDiagnostics({ hint: `no virtual account ${bankNumber(raw)}` });
  return va;
}

/**
 * Virtual accounts for QA: list and inspect them, and pay one as its customer would at the bank
 * (POST /admin/virtual-accounts/{virtualAccountNo}/pay {amount}). Refusals of a payment carry the
 * bank's VA payment service code (25), as DOKU's SDK simulators show them.
 */
export function virtualAccountsRouter(ctx: SandboxContext): Router {
  const router = Router();
  router.get('/virtual-accounts', (req, res) => {
    const q = req.query as Record<string, string | undefined>;
    const now = ctx.clock.now();
    const rows = [...ctx.store.virtualAccounts.values()]
      .filter((va) => (!q.clientId || va.clientId === q.clientId) && (!q.status || vaState(va, now) === q.status))
      .sort((a, b) => b.createdAt - a.createdAt);
    res.json({ virtualAccounts: rows.slice(0, q.limit ? Number(q.limit) : 100).map((va) => view(ctx, va)) });
  });

  router.get('/virtual-accounts/:virtualAccountNo', (req, res) => {
    res.json(view(ctx, vaByNumber(ctx, req.params.virtualAccountNo as string)));
  });

  router.post('/virtual-accounts/:virtualAccountNo/pay', async (req, res) => {
    const body = (req.body ?? {}) as { amount?: string; senderName?: string; channel?: string };
    const paid = await payAtBank(ctx, { number: bankNumber(req.params.virtualAccountNo as string), amount: body.amount, senderName: body.senderName, via: 'admin' }, body.channel);
    res.json({ responseCode: `200${VA_PAYMENT_SERVICE}00`, responseMessage: 'Successful', ...paymentView(paid, ctx.clock.now()) });
  });
  return router;
}
