import { SnapError } from '../errors/snap-error.js';
import { referenceNo } from '../lib/ids.js';
import { formatMinor, idr } from '../lib/money.js';
import { formatWib } from '../lib/time.js';
import { moveMoney } from './ledger.js';
import type { Transaction, TransactionStatus, TransactionType } from './model.js';
import type { Store } from './store.js';

/**
 * Money going back to the customer after a payment (a purchase, a QRIS payment, a direct debit):
 * a refund of part or all of what is left, or a cancel that reverses the whole payment. Each is
 * its own transaction under the payment, moving settlement → the account that paid. What each
 * capability checks before (which statuses, which channel, which token) stays with it.
 */

export interface RefundEntry {
  refundNo: string;
  partnerRefundNo: string;
  amountMinor: number;
  at: number;
  reason?: string;
}

/** What a refundable payment keeps in Transaction.data. */
export interface Refundable {
  refunds: RefundEntry[];
  refundedMinor: number;
}

/** Replaces a payment row with a new status and data fields (and the account that paid, when it is known only now). */
export function updatePayment<Data>(store: Store, tx: Transaction, status: TransactionStatus, changes: Partial<Data>, now: number, accountId = tx.accountId): Transaction {
  return store.transactions.put({ ...tx, accountId, status, updatedAt: now, data: { ...tx.data, ...changes } });
}

/** Where the money goes back: from the settlement it was paid into, to the account it came from. */
export interface MoneyBack {
  /** The partner that asks: it owns the new transaction and its partner reference. */
  clientId: string;
  externalId: string | undefined;
  from: string;
  to: string;
  now: number;
}

export interface RefundRequest extends MoneyBack {
  type: Extract<TransactionType, 'REFUND' | 'DIRECT_DEBIT_REFUND'>;
  partnerRefundNo: string;
  /** As sent; undefined refunds whatever is left. */
  refundAmount: { value: string } | undefined;
  parseAmount: (value: string) => number | undefined;
  reason: string | undefined;
  /** Facts the refund keeps besides its reason and the payment's partnerReferenceNo. */
  data?: Record<string, unknown>;
  /** Echoed in every refusal. */
  echo: Record<string, unknown>;
}

export interface Refunded {
  refundNo: string;
  amountMinor: number;
  /** All refunded so far, this refund included. */
  refundedMinor: number;
  payment: Transaction;
}

/**
 * Refunds part or all of what is left of a paid payment: a repeated partnerRefundNo → 409xx01,
 * more than is left (nothing, after a full refund) → 404xx13. The payment records the refund and
 * turns 04 once nothing is left.
 */
export function refundPayment(store: Store, payment: Transaction, r: RefundRequest): Refunded {
  const { echo, now } = r;
  if (store.transactionByPartnerRef(r.clientId, r.type, r.partnerRefundNo)) throw new SnapError('DuplicatePartnerReferenceNo').withEcho(echo);
  const data = payment.data as unknown as Refundable;
  const left = payment.amountMinor - data.refundedMinor;
  const amountMinor = r.refundAmount === undefined ? left : r.parseAmount(r.refundAmount.value);
  if (amountMinor === undefined) throw new SnapError('InvalidFieldFormat', 'refundAmount.value').withEcho(echo);
  if (amountMinor <= 0 || amountMinor > left) {
    throw new SnapError('InvalidAmount').withEcho(echo).withDiagnostics({ hint: `${formatMinor(left)} of ${formatMinor(payment.amountMinor)} is left to refund` });
  }

  const refundNo = referenceNo();
  const { reason } = r;
  giveBack(store, payment, r, { id: refundNo, type: r.type, partnerReferenceNo: r.partnerRefundNo, amountMinor, data: { reason, originalPartnerReferenceNo: payment.partnerReferenceNo, ...r.data } });
  const entry: RefundEntry = { refundNo, partnerRefundNo: r.partnerRefundNo, amountMinor, at: now, ...(reason ? { reason } : {}) };
  const refundedMinor = data.refundedMinor + amountMinor;
  const updated = updatePayment<Refundable>(store, payment, refundedMinor === payment.amountMinor ? '04' : '00', { refunds: [...data.refunds, entry], refundedMinor }, now);
  return { refundNo, amountMinor, refundedMinor, payment: updated };
}

/** A refund's answer: the echo, the refund, and in additionalInfo what was refunded and what is left (after the product's own fields). */
export function refundReply(refunded: Refunded, echo: Record<string, unknown>, originalExternalId: string, now: number, additionalInfo: Record<string, unknown> = {}): Record<string, unknown> {
  const { refundNo, amountMinor, refundedMinor, payment } = refunded;
  return {
    ...echo,
    originalExternalId,
    refundNo,
    refundAmount: idr(amountMinor),
    refundTime: formatWib(now),
    additionalInfo: { ...additionalInfo, refundedAmount: idr(refundedMinor), remainingAmount: idr(payment.amountMinor - refundedMinor) },
  };
}

/** Whether a cancel may reverse the payment: paid and never refunded, not even in part. */
export function reversible(payment: Transaction): boolean {
  return payment.status === '00' && (payment.data as unknown as Refundable).refundedMinor === 0;
}

/** Reverses a whole payment under a CANCEL transaction and returns its id; the caller records the cancel on the payment. */
export function reversePayment(store: Store, payment: Transaction, back: MoneyBack & { data: Record<string, unknown> }): string {
  const cancelId = referenceNo();
  giveBack(store, payment, back, { id: cancelId, type: 'CANCEL', partnerReferenceNo: payment.partnerReferenceNo, amountMinor: payment.amountMinor, data: back.data });
  return cancelId;
}

function giveBack(store: Store, payment: Transaction, back: MoneyBack, row: Pick<Transaction, 'id' | 'type' | 'partnerReferenceNo' | 'amountMinor' | 'data'>): void {
  const { now, from, to } = back;
  store.transactions.put({
    id: row.id,
    type: row.type,
    clientId: back.clientId,
    accountId: payment.accountId,
    partnerReferenceNo: row.partnerReferenceNo,
    externalId: back.externalId,
    status: '00',
    amountMinor: row.amountMinor,
    createdAt: now,
    updatedAt: now,
    parentId: payment.id,
    data: row.data,
  });
  moveMoney(store, { transactionId: row.id, at: now, from, to, amountMinor: row.amountMinor });
}
