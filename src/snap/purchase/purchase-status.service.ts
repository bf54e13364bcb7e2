import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import type { Transaction } from '../../ledger/model.js';
import { paymentStatusView } from '../../ledger/page-payments.js';
import { idr } from '../../lib/money.js';
import { formatWib } from '../../lib/time.js';
import { findPurchase, PURCHASE_SERVICE, purchaseData, statusDesc } from './purchase.model.js';

/**
 * The purchase named by originalReferenceNo and/or originalPartnerReferenceNo (at least one), or
 * 404xx01. With a customer token it must also be that customer's purchase.
 */
export function purchaseFor(call: SnapCall<'purchaseStatus' | 'purchaseCancel' | 'purchaseRefund'>, ctx: SandboxContext): Transaction {
  const { originalReferenceNo, originalPartnerReferenceNo } = call.body;
  if (originalReferenceNo === undefined && originalPartnerReferenceNo === undefined) {
    throw new SnapError('InvalidMandatoryField', 'originalPartnerReferenceNo').withDiagnostics({ hint: 'send originalPartnerReferenceNo or originalReferenceNo' });
  }
  const tx = findPurchase(ctx.store, call.partner.id, { referenceNo: originalReferenceNo, partnerReferenceNo: originalPartnerReferenceNo }, call.now);
  if (!tx || (call.customer && call.customer.accountId !== tx.accountId)) {
    throw new SnapError('TransactionNotFound').withEcho({
      ...(originalPartnerReferenceNo !== undefined ? { originalPartnerReferenceNo } : {}),
      ...(originalReferenceNo !== undefined ? { originalReferenceNo } : {}),
    });
  }
  return tx;
}

/** Query Purchase (55). */
export function purchaseStatus(call: SnapCall<'purchaseStatus'>, ctx: SandboxContext): Record<string, unknown> {
  const tx = purchaseFor(call, ctx);
  const data = purchaseData(tx);
  return paymentStatusView(tx, {
    serviceCode: PURCHASE_SERVICE,
    statusDesc: statusDesc(tx),
    refundNoField: 'partnerRefundNo',
    additionalInfo: {
      ...(data.merchantId ? { merchantId: data.merchantId } : {}),
      validUpTo: formatWib(data.validUpTo),
      refundedAmount: idr(data.refundedMinor),
      ...(data.cancelTime !== undefined ? { cancelTime: formatWib(data.cancelTime) } : {}),
    },
  });
}
