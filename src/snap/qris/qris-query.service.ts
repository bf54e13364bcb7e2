import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import { TRANSACTION_STATUS_DESC } from '../../ledger/transaction-status.js';
import { formatMinor } from '../../lib/money.js';
import { formatWib } from '../../lib/time.js';
import { findTarget, paymentData, qrStatusDesc, sdkAmount, type QrisTarget } from './qris.model.js';

/**
 * The QR or payment a Query, Refund or Cancel names (originalReferenceNo and/or
 * originalPartnerReferenceNo; merchantId, when sent, must be the QR's), else 404xx01 echoing
 * what was asked. payerMayAsk: a payment may also be found by the partner that paid it.
 */
export function targetFor(call: SnapCall<'qrMpmQuery' | 'qrMpmRefund' | 'qrMpmCancel'>, ctx: SandboxContext, payerMayAsk = false): QrisTarget {
  const { originalReferenceNo, originalPartnerReferenceNo, merchantId } = call.body;
  if (originalReferenceNo === undefined && originalPartnerReferenceNo === undefined) {
    throw new SnapError('InvalidMandatoryField', 'originalReferenceNo').withDiagnostics({ hint: 'send originalReferenceNo or originalPartnerReferenceNo' });
  }
  const target = findTarget(ctx.store, call.partner.id, { referenceNo: originalReferenceNo, partnerReferenceNo: originalPartnerReferenceNo }, call.now, payerMayAsk);
  if (!target || (merchantId !== undefined && merchantId !== target.qr.merchantId)) {
    throw new SnapError('TransactionNotFound').withEcho({
      ...(originalReferenceNo !== undefined ? { originalReferenceNo } : {}),
      ...(originalPartnerReferenceNo !== undefined ? { originalPartnerReferenceNo } : {}),
    });
  }
  return target;
}

/** The references a target was named by: the QR's (Generate) or the payment's. */
export function namedReferences({ qr, payment, namedBy }: QrisTarget): { originalReferenceNo: string; originalPartnerReferenceNo: string } {
  const named = namedBy === 'qr' ? qr : payment!;
  return { originalReferenceNo: named.id, originalPartnerReferenceNo: named.partnerReferenceNo };
}

/**
 * QR MPM Query (51). A QR without payment reports its own state (03 Pending, 05 cancelled, 06
 * Expired); a paid one its (latest) payment: 00, 04 fully refunded, 05 cancelled. serviceCode is
 * echoed as sent (DOKU's demos send 47, 50 or 51).
 */
export function qrQuery(call: SnapCall<'qrMpmQuery'>, ctx: SandboxContext): Record<string, unknown> {
  const target = targetFor(call, ctx, true);
  const { qr, payment } = target;
  const data = payment && paymentData(payment);
  const status = payment ? payment.status : qr.status;
  const amountMinor = data ? data.baseMinor : qr.amountMinor;
  const approvalCode = data?.approvalCode;
  const info: Record<string, string | undefined> = {
    approvalCode,
    merchantId: qr.merchantId,
    terminalId: qr.terminalId,
    qrReferenceNo: qr.id,
    paymentReferenceNo: payment?.id,
    refundedAmount: data && data.refundedMinor > 0 ? formatMinor(data.refundedMinor) : undefined,
    validityPeriod: qr.validUntil !== undefined ? formatWib(qr.validUntil) : undefined,
  };
  return {
    ...namedReferences(target),
    serviceCode: call.body.serviceCode,
    latestTransactionStatus: status,
    transactionStatusDesc: payment ? TRANSACTION_STATUS_DESC[status] : qrStatusDesc(status),
    ...(data ? { paidTime: formatWib(data.paidTime) } : {}),
    ...(amountMinor !== undefined ? { amount: sdkAmount(amountMinor) } : {}),
    feeAmount: sdkAmount(data ? data.feeMinor : qr.feeMinor),
    // The iOS SDK reads approvalCode at the top level, Android in additionalInfo: both are sent.
    ...(approvalCode !== undefined ? { approvalCode } : {}),
    additionalInfo: Object.fromEntries(Object.entries(info).filter(([, v]) => v !== undefined)),
  };
}
