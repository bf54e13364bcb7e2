import type { Transaction } from '../../ledger/model.js';
import type { Store } from '../../ledger/store.js';
import { AWAITING_CUSTOMER, expireIfDue as expireUnpaid, type PagePayment } from '../../ledger/page-payments.js';
import { updatePayment } from '../../ledger/payments.js';
import { TRANSACTION_STATUS_DESC } from '../../ledger/transaction-status.js';

/** Service code of the purchase payment itself (54): originalResponseCode values are 54-codes. */
export const PURCHASE_SERVICE = '54';
/** A purchase waits for the PIN as 03 (Pending) until paid (00), failed/expired (06) or cancelled (05). */
export const AWAITING_PIN = AWAITING_CUSTOMER;

/** What a PURCHASE transaction keeps in Transaction.data: a page payment (its PIN page) and the merchant's facts. */
export interface PurchaseData extends PagePayment {
  merchantId?: string;
  subMerchantId?: string;
  externalStoreId?: string;
  notifyUrl?: string;
  cancelTime?: number;
  cancelReason?: string;
  additionalInfo: Record<string, unknown>;
}

export function purchaseData(tx: Transaction): PurchaseData {
  return tx.data as unknown as PurchaseData;
}

/** Replaces the purchase row with a new status and data fields. */
export const updatePurchase = updatePayment<PurchaseData>;

export function statusDesc(tx: Transaction): string {
  return purchaseData(tx).statusDesc ?? TRANSACTION_STATUS_DESC[tx.status];
}

/** An unpaid purchase past validUpTo is expired (06, 4035400), by whoever looks first (query, PIN page, cancel, refund). An expiry sends no notification. */
export function expireIfDue(store: Store, tx: Transaction, now: number): Transaction {
  return tx.type === 'PURCHASE' ? expireUnpaid(store, tx, PURCHASE_SERVICE, now) : tx;
}

/**
 * The partner's purchase by DOKU referenceNo and/or partnerReferenceNo (both must agree when both
 * are given), already expired if due. Undefined when unknown or another partner's.
 */
export function findPurchase(store: Store, clientId: string, ref: { referenceNo?: string; partnerReferenceNo?: string }, now: number): Transaction | undefined {
  let tx = ref.referenceNo ? store.transactions.get(ref.referenceNo) : store.transactionByPartnerRef(clientId, 'PURCHASE', ref.partnerReferenceNo ?? '');
  if (!tx || tx.type !== 'PURCHASE' || tx.clientId !== clientId) return undefined;
  if (ref.partnerReferenceNo !== undefined && tx.partnerReferenceNo !== ref.partnerReferenceNo) return undefined;
  tx = expireIfDue(store, tx, now);
  return tx;
}
