import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import { idr } from '../../lib/money.js';
import { formatWib } from '../../lib/time.js';
import { namedNumber, paymentsOf, vaPaymentData, vaState, virtualAccountNo } from './va.model.js';

/** The acquiring bank of each channel, as the status answer's additionalInfo.acquirer.id names it. */
function acquirerOf(channel: string): string {
  return channel.replace(/^VIRTUAL_ACCOUNT_(BANK_)?/, '');
}

/**
 * Check VA status (26): the latest payment of the partner's VA with this number (deleted ones too,
 * the newest first), or the payment named by paymentRequestId. Not paid yet: no
 * paymentFlagStatus, paymentFlagReason Pending / Belum Terbayar, paidAmount 0.00.
 */
export function checkStatusVa(call: SnapCall<'checkStatusVa'>, ctx: SandboxContext): Record<string, unknown> {
  const { body } = call;
  const { number } = namedNumber(body);
  const va = ctx.store.virtualAccounts
    .allBy('number', number)
    .filter((v) => v.clientId === call.partner.id)
    .sort((a, b) => b.createdAt - a.createdAt)[0];
  if (!va) throw new SnapError('InvalidBill', 'not found').withDiagnostics({ hint: `${call.partner.id} has no virtual account ${number}` });

  const payments = paymentsOf(ctx.store, va);
  const wanted = body.paymentRequestId ?? undefined;
  const payment = wanted === undefined ? payments[payments.length - 1] : payments.find((tx) => vaPaymentData(tx).paymentRequestId === wanted);
  if (wanted !== undefined && !payment) {
    throw new SnapError('TransactionNotFound').withDiagnostics({ hint: `virtual account ${number} has no payment ${wanted}` });
  }
  const data = payment ? vaPaymentData(payment) : undefined;
  return {
    virtualAccountData: {
      ...(payment ? { paymentFlagStatus: '00' } : {}),
      paymentFlagReason: payment ? { english: 'Success', indonesia: 'Sukses' } : { english: 'Pending', indonesia: 'Belum Terbayar' },
      partnerServiceId: va.partnerServiceId,
      customerNo: va.customerNo,
      virtualAccountNo: virtualAccountNo(va),
      inquiryRequestId: data?.inquiryRequestId ?? body.inquiryRequestId ?? null,
      paymentRequestId: data?.paymentRequestId ?? null,
      trxId: va.trxId,
      paidAmount: idr(payment?.amountMinor ?? 0),
      ...(payment ? { trxDateTime: formatWib(payment.createdAt) } : {}),
      billDetails: [{ billAmount: idr(va.amountMinor) }],
    },
    additionalInfo: { acquirer: { id: acquirerOf(va.channel) }, channel: va.channel, virtualAccountStatus: vaState(va, call.now) },
  };
}
