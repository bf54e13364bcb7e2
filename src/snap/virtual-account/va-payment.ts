import type { SandboxContext } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import { settlementAccount, vaChannelAccount } from '../../ledger/accounts.js';
import { moveMoney } from '../../ledger/ledger.js';
import type { Transaction, VirtualAccount } from '../../ledger/model.js';
import { credit } from '../../ledger/seed.js';
import { digits, referenceNo } from '../../lib/ids.js';
import { formatMinor, idr } from '../../lib/money.js';
import { queueVaNotification } from './va-notification.js';
import { amountMinor, liveVa, VA_PAYMENT_SERVICE, vaState, type VaPaymentData } from './va.model.js';


export interface VaPaymentRequest {
  /** The number the customer typed (spaces ignored). */
  number: string;
  /** "12500.00" or "12500"; a closed VA may leave it out (its total is paid). */
  amount?: string;
  senderName?: string;
  via: VaPaymentData['via'];
  inquiryRequestId?: string;
}

export interface VaPaid {
  va: VirtualAccount;
  tx: Transaction;
}

function refuse(kind: ConstructorParameters<typeof SnapError>[0], detail?: string): SnapError {
  return new SnapError(kind, detail, VA_PAYMENT_SERVICE);
}

/** How much this payment is, by the VA's type: closed pays its total exactly, open within its bounds. */
function paidAmount(va: VirtualAccount, sent: string | undefined): number {
  if (sent === undefined) {
    if (va.trxType === 'C') return va.amountMinor;
    throw refuse('InvalidMandatoryField', 'amount').withDiagnostics({ hint: 'an open-amount VA needs the amount the customer pays' });
  }
  let minor: number;
  try {
    minor = amountMinor(sent, 'amount');
  } catch {
    throw refuse('InvalidFieldFormat', 'amount');
  }
  const bounds = `${va.minMinor !== undefined ? formatMinor(va.minMinor) : '0.01'}–${va.maxMinor !== undefined ? formatMinor(va.maxMinor) : 'any'}`;
  if (va.trxType === 'C' && minor !== va.amountMinor) {
    throw refuse('InvalidAmount').withDiagnostics({ hint: `closed-amount VA: pay exactly ${formatMinor(va.amountMinor)}` });
  }
  if (minor <= 0 || (va.minMinor !== undefined && minor < va.minMinor) || (va.maxMinor !== undefined && minor > va.maxMinor)) {
    throw refuse('InvalidAmount').withDiagnostics({ hint: `this VA takes ${bounds}` });
  }
  return minor;
}

/** The live VA a payment names, if it can take one now; else the refusal a bank would get. */
export function payableVa(ctx: SandboxContext, number: string, now: number): VirtualAccount {
  const va = liveVa(ctx.store, number);
  if (!va) throw refuse('InvalidBill', 'not found').withDiagnostics({ hint: `no live virtual account ${number}` });
  const state = vaState(va, now);
  if (state === 'PAID') throw refuse('PaidBill').withDiagnostics({ hint: `virtual account ${number} is paid and not reusable` });
  if (state === 'EXPIRED') throw refuse('InvalidBillVirtualAccount').withDiagnostics({ hint: `virtual account ${number} expired` });
  if (state === 'INACTIVE') throw refuse('InvalidBill', 'inactive').withDiagnostics({ hint: `virtual account ${number} was set INACTIVE by update-va` });
  return va;
}

/**
 * A customer pays a VA at the bank: the money arrives through the channel's VA clearing (issued
 * there, as money from outside the sandbox) and goes to the merchant's settlement in one posting
 * under a VA_PAYMENT transaction; a closed, non-reusable VA is then PAID; the merchant's
 * notification is queued. Runs inside the caller's store.transact.
 */
export function payVirtualAccount(ctx: SandboxContext, request: VaPaymentRequest, now: number): VaPaid {
  const { store } = ctx;
  const va = payableVa(ctx, request.number, now);
  const partner = store.partners.get(va.clientId);
  if (!partner) throw refuse('InvalidBill', 'merchant unknown').withDiagnostics({ hint: `the VA's partner ${va.clientId} no longer exists` });
  const minor = paidAmount(va, request.amount);
  if (minor > partner.limits.transactionMaxMinor) throw refuse('ExceedsTransactionAmountLimit');

  const id = referenceNo();
  const data: VaPaymentData = {
    virtualAccountId: va.id,
    virtualAccountNo: `${va.partnerServiceId}${va.customerNo}`,
    channel: va.channel,
    paymentRequestId: digits(16),
    ...(request.inquiryRequestId ? { inquiryRequestId: request.inquiryRequestId } : {}),
    ...(request.senderName ? { senderName: request.senderName } : {}),
    via: request.via,
  };
  const tx = store.transactions.put({
    id,
    type: 'VA_PAYMENT',
    clientId: va.clientId,
    partnerReferenceNo: va.trxId,
    status: '00',
    amountMinor: minor,
    createdAt: now,
    updatedAt: now,
    data: data as unknown as Record<string, unknown>,
  });
  const clearing = vaChannelAccount(va.channel);
  credit(store, clearing, minor, `VAIN-${id}`, now);
  moveMoney(store, { transactionId: id, at: now, from: clearing, to: settlementAccount(va.clientId), amountMinor: minor });
  const paid = store.virtualAccounts.put({ ...va, paidMinor: va.paidMinor + minor, status: va.reusable ? va.status : 'PAID', updatedAt: now });
  queueVaNotification(store, partner, paid, tx);
  return { va: paid, tx };
}

/** The admin and bank-simulator answer: what the bank's payment (25) would report. */
export function paymentView(paid: VaPaid, now: number): Record<string, unknown> {
  const data = paid.tx.data as unknown as VaPaymentData;
  return {
    referenceNo: paid.tx.id,
    paymentRequestId: data.paymentRequestId,
    virtualAccountNo: data.virtualAccountNo,
    trxId: paid.va.trxId,
    clientId: paid.va.clientId,
    channel: paid.va.channel,
    paidAmount: idr(paid.tx.amountMinor),
    virtualAccountStatus: vaState(paid.va, now),
  };
}
