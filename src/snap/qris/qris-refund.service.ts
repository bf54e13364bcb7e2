import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import { settlementAccount, walletAccount } from '../../ledger/accounts.js';
import { post } from '../../ledger/ledger.js';
import { referenceNo } from '../../lib/ids.js';
import { formatMinor, idr, parseMinor } from '../../lib/money.js';
import { formatWib } from '../../lib/time.js';
import { namedReferences, targetFor } from './qris-query.service.js';
import { paymentData, updatePayment, type QrisRefundEntry } from './qris.model.js';

/**
 * QR MPM Refund (78), by the QR's merchant: like Refund Purchase. Partial refunds up to what was
 * paid (amount + fee); refundAmount omitted refunds what is left; the payment turns 04 once
 * nothing is left. Each refund is a REFUND transaction, merchant settlement → wallet. Named by the
 * QR's references it refunds the QR's latest payment. No payment, or not paid → 404xx00.
 */
export function qrRefund(call: SnapCall<'qrMpmRefund'>, ctx: SandboxContext): Record<string, unknown> {
  const { store } = ctx;
  const { now, body, partner } = call;
  const target = targetFor(call, ctx);
  const payment = target.payment;
  const partnerRefundNo = body.partnerRefundNo;
  const echo = { ...namedReferences(target), partnerRefundNo };
  if (!payment || (payment.status !== '00' && payment.status !== '04')) {
    throw new SnapError('InvalidTransactionStatus').withEcho(echo).withDiagnostics({ hint: payment ? `payment ${payment.id} is ${payment.status}; only a paid QR payment can be refunded` : `QR ${target.qr.id} has not been paid` });
  }
  if (store.transactionByPartnerRef(partner.id, 'REFUND', partnerRefundNo)) throw new SnapError('DuplicatePartnerReferenceNo').withEcho(echo);

  const data = paymentData(payment);
  const left = payment.amountMinor - data.refundedMinor;
  const amountMinor = body.refundAmount === undefined ? left : parseMinor(body.refundAmount.value);
  if (amountMinor === undefined) throw new SnapError('InvalidFieldFormat', 'refundAmount.value').withEcho(echo);
  if (amountMinor <= 0 || amountMinor > left) {
    throw new SnapError('InvalidAmount').withEcho(echo).withDiagnostics({ hint: `${formatMinor(left)} of ${formatMinor(payment.amountMinor)} is left to refund` });
  }

  const refundNo = referenceNo();
  const reason = body.reason;
  store.transactions.put({
    id: refundNo,
    type: 'REFUND',
    clientId: partner.id,
    accountId: payment.accountId,
    partnerReferenceNo: partnerRefundNo,
    externalId: call.externalId,
    status: '00',
    amountMinor,
    createdAt: now,
    updatedAt: now,
    parentId: payment.id,
    data: { reason, originalPartnerReferenceNo: payment.partnerReferenceNo, qrId: target.qr.id },
  });
  post(store, {
    transactionId: refundNo,
    at: now,
    entries: [
      { account: settlementAccount(data.merchantClientId), amountMinor: -amountMinor },
      { account: walletAccount(payment.accountId!), amountMinor },
    ],
  });
  const entry: QrisRefundEntry = { refundNo, partnerRefundNo, amountMinor, at: now, ...(reason ? { reason } : {}) };
  const refundedMinor = data.refundedMinor + amountMinor;
  updatePayment(store, payment, refundedMinor === payment.amountMinor ? '04' : '00', { refunds: [...data.refunds, entry], refundedMinor }, now);
  return {
    ...echo,
    originalExternalId: (target.namedBy === 'qr' ? target.qr.externalId : payment.externalId) ?? '',
    refundNo,
    refundAmount: idr(amountMinor),
    refundTime: formatWib(now),
    additionalInfo: { paymentReferenceNo: payment.id, refundedAmount: idr(refundedMinor), remainingAmount: idr(payment.amountMinor - refundedMinor) },
  };
}
