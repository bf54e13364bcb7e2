import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import { settlementAccount, walletAccount } from '../../ledger/accounts.js';
import { reversePayment, reversible, updatePayment } from '../../ledger/payments.js';
import { parseMinor } from '../../lib/money.js';
import { formatWib } from '../../lib/time.js';
import { namedReferences, targetFor } from './qris-query.service.js';
import { paymentData, updateQr, type QrisPaymentData } from './qris.model.js';

/**
 * QR MPM Cancel (77), by the QR's merchant, like Cancel Purchase. A QR nobody has paid is closed
 * (05): Decode and Payment refuse it from then on. A paid payment never refunded is reversed in
 * full under a CANCEL transaction (settlement → wallet) and becomes 05. Anything else (expired,
 * already cancelled, refunded in part or in full) → 404xx00, so a second cancel is refused.
 */
export function qrCancel(call: SnapCall<'qrMpmCancel'>, ctx: SandboxContext): Record<string, unknown> {
  const { store } = ctx;
  const { now, body, partner } = call;
  const target = targetFor(call, ctx);
  const { qr, payment } = target;
  const echo = namedReferences(target);
  const whole = payment ? payment.amountMinor : qr.amountMinor;
  if (body.amount !== undefined && parseMinor(body.amount.value) !== whole) {
    throw new SnapError('InvalidAmount').withEcho(echo).withDiagnostics({ hint: 'a cancel reverses the whole payment; amount, when sent, must equal it' });
  }
  const reason = body.reason;

  if (!payment && qr.status === '03') {
    updateQr(store, qr, { status: '05', cancelTime: now }, now);
  } else if (payment && reversible(payment)) {
    reversePayment(store, payment, {
      clientId: partner.id,
      externalId: call.externalId,
      data: { reason, qrId: qr.id },
      from: settlementAccount(paymentData(payment).merchantClientId),
      to: walletAccount(payment.accountId!),
      now,
    });
    updatePayment<QrisPaymentData>(store, payment, '05', { cancelTime: now }, now);
  } else {
    const status = payment ? payment.status : qr.status;
    const why = payment?.status === '00' ? 'partly refunded: use QR MPM Refund for the rest' : `status ${status} cannot be cancelled`;
    throw new SnapError('InvalidTransactionStatus').withEcho(echo).withDiagnostics({ hint: why });
  }
  return {
    ...echo,
    originalExternalId: (target.namedBy === 'qr' ? qr.externalId : payment!.externalId) ?? '',
    cancelTime: formatWib(now),
    transactionDate: formatWib(payment ? payment.createdAt : qr.createdAt),
    additionalInfo: { ...(payment ? { paymentReferenceNo: payment.id } : {}), ...(reason ? { reason } : {}) },
  };
}
