import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import { channelAccount, settlementAccount } from '../../ledger/accounts.js';
import { balanceOf } from '../../ledger/ledger.js';
import type { Transaction } from '../../ledger/model.js';
import { paymentStatusView } from '../../ledger/page-payments.js';
import { refundPayment, refundReply } from '../../ledger/payments.js';
import { idr, parseMinorWholeAllowed } from '../../lib/money.js';
import { channelRules, checkDeviceId, checkReferenceLength, customerBinding, debitData, expireIfDue, statusDesc } from './dd.model.js';

/** Balance inquiry (11): the balance of the account behind the customer token, on the channel the body names. */
export function debitBalance(call: SnapCall<'ddBalanceInquiry'>, ctx: SandboxContext): Record<string, unknown> {
  const channel = call.body.additionalInfo.channel;
  const binding = customerBinding(call, ctx, channel);
  const balance = idr(balanceOf(ctx.store, channelAccount(binding.accountId)));
  return {
    accountInfos: [{ balanceType: 'Cash', amount: balance, flatAmount: balance, holdAmount: idr(0) }],
    additionalInfo: { channel, custIdMerchant: binding.custIdMerchant },
  };
}

/**
 * The partner's direct-debit payment a status or refund call names: originalReferenceNo, else
 * originalPartnerReferenceNo, else originalExternalId (the payment's X-EXTERNAL-ID). Expires it
 * lazily when its time is up. None → 404xx01.
 */
function paymentFor(call: SnapCall<'ddCheckStatus' | 'ddRefund'>, ctx: SandboxContext): Transaction {
  const { body, partner } = call;
  const mine = (tx: Transaction | undefined) => (tx && tx.type === 'DIRECT_DEBIT' && tx.clientId === partner.id ? tx : undefined);
  const byRef = body.originalReferenceNo ? mine(ctx.store.transactions.get(body.originalReferenceNo)) : undefined;
  const byPartnerRef = !byRef && body.originalPartnerReferenceNo ? ctx.store.transactionByPartnerRef(partner.id, 'DIRECT_DEBIT', body.originalPartnerReferenceNo) : undefined;
  let tx = byRef ?? byPartnerRef;
  if (!tx && body.originalExternalId && !body.originalReferenceNo && !body.originalPartnerReferenceNo) {
    tx = [...ctx.store.transactions.values()].find((t) => mine(t) && t.externalId === body.originalExternalId);
  }
  if (!body.originalReferenceNo && !body.originalPartnerReferenceNo && !body.originalExternalId) throw new SnapError('InvalidMandatoryField', 'originalPartnerReferenceNo');
  if (!tx) throw new SnapError('TransactionNotFound').withDiagnostics({ hint: `${partner.id} has no direct-debit payment with these references` });
  return expireIfDue(ctx.store, tx, call.now);
}

/** Check status (55) on /orders/v1.0/debit/status: the payment's state, amounts, refunds (the Go SDK's CheckStatusResponseDTO). */
export function debitStatus(call: SnapCall<'ddCheckStatus'>, ctx: SandboxContext): Record<string, unknown> {
  const tx = paymentFor(call, ctx);
  const data = debitData(tx);
  return paymentStatusView(tx, {
    serviceCode: '55',
    statusDesc: statusDesc(tx),
    refundNoField: 'partnerReferenceNo',
    additionalInfo: { channel: data.channel, acquirer: { id: channelRules(data.channel).acquirer }, ...(call.headers['x-device-id'] ? { deviceId: call.headers['x-device-id'] } : {}) },
  });
}

/**
 * Refund (58): a paid payment is refunded in parts up to what was paid, channel account ←
 * settlement under a DIRECT_DEBIT_REFUND transaction; 04 once nothing is left. Not paid →
 * 404xx00; more than is left → 404xx13; the channel must be the payment's. Channels other than
 * DANA and ShopeePay need the customer token of the payment's binding (DOKU's SDK fetches one).
 */
export function debitRefund(call: SnapCall<'ddRefund'>, ctx: SandboxContext): Record<string, unknown> {
  const { body, now } = call;
  const channel = body.additionalInfo.channel;
  checkReferenceLength(channel, body.originalPartnerReferenceNo, 'originalPartnerReferenceNo');
  checkReferenceLength(channel, body.partnerRefundNo, 'partnerRefundNo');
  checkDeviceId(call, channel, 'refund');
  const tx = paymentFor(call, ctx);
  const data = debitData(tx);
  const partnerRefundNo = body.partnerRefundNo;
  const echo = { originalPartnerReferenceNo: tx.partnerReferenceNo, originalReferenceNo: tx.id, partnerRefundNo };
  if (data.channel !== channel) throw new SnapError('InvalidFieldFormat', 'additionalInfo.channel').withEcho(echo).withDiagnostics({ hint: `the payment was made on ${data.channel}` });
  if (data.flow === 'HOST_TO_HOST') {
    // Every token refusal is case 01 (issue 20; docs/fidelity.md 'Token codes').
    if (!call.customer) throw new SnapError('RejectedCustomerToken').withEcho(echo).withDiagnostics({ differs: 'customer-token', hint: 'a host-to-host payment is refunded with the customer token of its binding (Authorization-Customer)' });
    if (customerBinding(call, ctx, channel).id !== data.bindingId) throw new SnapError('RejectedCustomerToken').withEcho(echo).withDiagnostics({ differs: 'customer-token', hint: 'the payment was made with another binding' });
  }
  if (tx.status !== '00') throw new SnapError('InvalidTransactionStatus').withEcho(echo).withDiagnostics({ hint: `only a paid payment can be refunded; this one is ${tx.status} (${statusDesc(tx)})` });
  const refunded = refundPayment(ctx.store, tx, {
    type: 'DIRECT_DEBIT_REFUND',
    clientId: tx.clientId,
    partnerRefundNo,
    externalId: call.externalId,
    refundAmount: body.refundAmount,
    parseAmount: parseMinorWholeAllowed,
    reason: body.reason,
    data: { channel },
    from: settlementAccount(tx.clientId),
    to: channelAccount(tx.accountId!),
    echo,
    now,
  });
  return refundReply(refunded, echo, tx.externalId ?? '', now, { channel });
}
