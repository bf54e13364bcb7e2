import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import { settlementAccount, walletAccount } from '../../ledger/accounts.js';
import { refundPayment, refundReply } from '../../ledger/payments.js';
import { parseMinor } from '../../lib/money.js';
import { namedReferences, targetFor } from './qris-query.service.js';
import { paymentData } from './qris.model.js';

/**
 * QR MPM Refund (78), by the QR's merchant: like Refund Purchase. Partial refunds up to what was
 * paid (amount + fee); refundAmount omitted refunds what is left; the payment turns 04 once
 * nothing is left. Each refund is a REFUND transaction, merchant settlement → wallet. Named by the
 * QR's references it refunds the QR's latest payment. No payment, or not paid → 404xx00.
 */
export function qrRefund(call: SnapCall<'qrMpmRefund'>, ctx: SandboxContext): Record<string, unknown> {
  const { now, body, partner } = call;
  const target = targetFor(call, ctx);
  const payment = target.payment;
  const partnerRefundNo = body.partnerRefundNo;
  const echo = { ...namedReferences(target), partnerRefundNo };
  if (!payment || (payment.status !== '00' && payment.status !== '04')) {
    throw new SnapError('InvalidTransactionStatus').withEcho(echo).withDiagnostics({ hint: payment ? `payment ${payment.id} is ${payment.status}; only a paid QR payment can be refunded` : `QR ${target.qr.id} has not been paid` });
  }
  const refunded = refundPayment(ctx.store, payment, {
    type: 'REFUND',
    clientId: partner.id,
    partnerRefundNo,
    externalId: call.externalId,
    refundAmount: body.refundAmount,
    parseAmount: parseMinor,
    reason: body.reason,
    data: { qrId: target.qr.id },
    from: settlementAccount(paymentData(payment).merchantClientId),
    to: walletAccount(payment.accountId!),
    echo,
    now,
  });
  const originalExternalId = (target.namedBy === 'qr' ? target.qr.externalId : payment.externalId) ?? '';
  return refundReply(refunded, echo, originalExternalId, now, { paymentReferenceNo: payment.id });
}
