import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import { settlementAccount, walletAccount } from '../../ledger/accounts.js';
import { refundPayment, refundReply } from '../../ledger/payments.js';
import { parseMinor } from '../../lib/money.js';
import { purchaseFor } from './purchase-status.service.js';

/**
 * Refund Purchase (58). A paid purchase can be refunded in several parts up to what was paid;
 * refundAmount omitted refunds whatever is left. Each refund is its own REFUND transaction
 * (settlement → wallet) and an entry in the purchase's refundHistory; the purchase turns 04 once
 * nothing is left. Not paid → 404xx00; more than is left (also after a full refund) → 404xx13.
 * Repeats of a partnerRefundNo are handled by the HTTP layer (same body: replay; else 409xx01).
 */
export function purchaseRefund(call: SnapCall<'purchaseRefund'>, ctx: SandboxContext): Record<string, unknown> {
  const { now, body } = call;
  const tx = purchaseFor(call, ctx);
  const partnerRefundNo = body.partnerRefundNo;
  const echo = { originalPartnerReferenceNo: tx.partnerReferenceNo, originalReferenceNo: tx.id, partnerRefundNo };
  if (tx.status !== '00' && tx.status !== '04') {
    throw new SnapError('InvalidTransactionStatus').withEcho(echo).withDiagnostics({ hint: `only a paid purchase can be refunded; this one is ${tx.status}` });
  }
  const refunded = refundPayment(ctx.store, tx, {
    type: 'REFUND',
    clientId: tx.clientId,
    partnerRefundNo,
    externalId: call.externalId,
    refundAmount: body.refundAmount,
    parseAmount: parseMinor,
    reason: body.reason,
    from: settlementAccount(tx.clientId),
    to: walletAccount(tx.accountId!),
    echo,
    now,
  });
  return refundReply(refunded, echo, tx.externalId ?? '', now);
}
