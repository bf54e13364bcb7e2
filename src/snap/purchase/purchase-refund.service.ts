import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import { settlementAccount, walletAccount } from '../../ledger/accounts.js';
import { post } from '../../ledger/ledger.js';
import { referenceNo } from '../../lib/ids.js';
import { formatMinor, idr, parseMinor } from '../../lib/money.js';
import { formatWib } from '../../lib/time.js';
import { purchaseFor } from './purchase-status.service.js';
import { purchaseData, updatePurchase, type RefundEntry } from './purchase.model.js';

/**
 * Refund Purchase (58). A paid purchase can be refunded in several parts up to what was paid;
 * refundAmount omitted refunds whatever is left. Each refund is its own REFUND transaction
 * (settlement → wallet) and an entry in the purchase's refundHistory; the purchase turns 04 once
 * nothing is left. Not paid → 404xx00; more than is left (also after a full refund) → 404xx13.
 * Repeats of a partnerRefundNo are handled by the HTTP layer (same body: replay; else 409xx01).
 */
export function purchaseRefund(call: SnapCall<'purchaseRefund'>, ctx: SandboxContext): Record<string, unknown> {
  const { store } = ctx;
  const { now, body } = call;
  const tx = purchaseFor(call, ctx);
  const data = purchaseData(tx);
  const partnerRefundNo = body.partnerRefundNo;
  const echo = { originalPartnerReferenceNo: tx.partnerReferenceNo, originalReferenceNo: tx.id, partnerRefundNo };
  if (tx.status !== '00' && tx.status !== '04') {
    throw new SnapError('InvalidTransactionStatus').withEcho(echo).withDiagnostics({ hint: `only a paid purchase can be refunded; this one is ${tx.status}` });
  }
  if (store.transactionByPartnerRef(tx.clientId, 'REFUND', partnerRefundNo)) throw new SnapError('DuplicatePartnerReferenceNo').withEcho(echo);

  const left = tx.amountMinor - data.refundedMinor;
  const amountMinor = body.refundAmount === undefined ? left : parseMinor(body.refundAmount.value);
  if (amountMinor === undefined) throw new SnapError('InvalidFieldFormat', 'refundAmount.value').withEcho(echo);
  if (amountMinor <= 0 || amountMinor > left) {
    throw new SnapError('InvalidAmount').withEcho(echo).withDiagnostics({ hint: `${formatMinor(left)} of ${formatMinor(tx.amountMinor)} is left to refund` });
  }

  const refundNo = referenceNo();
  const reason = body.reason;
  store.transactions.put({
    id: refundNo,
    type: 'REFUND',
    clientId: tx.clientId,
    accountId: tx.accountId,
    partnerReferenceNo: partnerRefundNo,
    externalId: call.externalId,
    status: '00',
    amountMinor,
    createdAt: now,
    updatedAt: now,
    parentId: tx.id,
    data: { reason, originalPartnerReferenceNo: tx.partnerReferenceNo },
  });
  post(store, {
    transactionId: refundNo,
    at: now,
    entries: [
      { account: settlementAccount(tx.clientId), amountMinor: -amountMinor },
      { account: walletAccount(tx.accountId!), amountMinor },
    ],
  });
  const entry: RefundEntry = { refundNo, partnerRefundNo, amountMinor, at: now, ...(reason ? { reason } : {}) };
  const refundedMinor = data.refundedMinor + amountMinor;
  updatePurchase(store, tx, refundedMinor === tx.amountMinor ? '04' : '00', { refunds: [...data.refunds, entry], refundedMinor }, now);

  return {
    ...echo,
    originalExternalId: tx.externalId ?? '',
    refundNo,
    refundAmount: idr(amountMinor),
    refundTime: formatWib(now),
    additionalInfo: { refundedAmount: idr(refundedMinor), remainingAmount: idr(tx.amountMinor - refundedMinor) },
  };
}
