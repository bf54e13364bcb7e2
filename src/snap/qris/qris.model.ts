import { SnapError } from '../../errors/snap-error.js';
import type { QrCode, Transaction, TransactionStatus } from '../../ledger/model.js';
import type { RefundEntry } from '../../ledger/payments.js';
import { key, type Store } from '../../ledger/store.js';
import { TRANSACTION_STATUS_DESC } from '../../ledger/transaction-status.js';
import { formatWib } from '../../lib/time.js';

/** Service code of QR MPM Generate: the Query request names its original with it. */
export const GENERATE_SERVICE = '47';
/** Service code of QR MPM Payment: the payment's outcome codes are 50-codes. */
export const PAYMENT_SERVICE = '50';

/** DOKU's feeType values and the descriptions its demo apps switch on (iOS demo QrisFeeType / QrisFeeTypeDescription). */
export const FEE_TYPE_DESCRIPTION: Record<string, string> = { '1': 'NO_TIPS', '2': 'FIX_TIPS', '3': 'OPEN_TIPS', '4': 'PERCENTAGE_TIPS' };

/** What a QRIS_PAYMENT transaction keeps in Transaction.data; amountMinor is amount + fee, what moved. */
export interface QrisPaymentData {
  qrId: string;
  merchantClientId: string;
  merchantId: string;
  merchantName: string;
  terminalId: string;
  baseMinor: number;
  feeMinor: number;
  approvalCode: string;
  paidTime: number;
  refunds: RefundEntry[];
  refundedMinor: number;
  cancelTime?: number;
}

export function paymentData(tx: Transaction): QrisPaymentData {
  return tx.data as unknown as QrisPaymentData;
}

export function updateQr(store: Store, qr: QrCode, changes: Partial<QrCode>, now: number): QrCode {
  return store.qrCodes.put({ ...qr, ...changes, updatedAt: now });
}

/** A payable QR past its validity is expired (06); written by whoever looks first, so the clock can move freely. */
export function expireIfDue(store: Store, qr: QrCode, now: number): QrCode {
  if (qr.status !== '03' || qr.validUntil === undefined || now < qr.validUntil) return qr;
  return updateQr(store, qr, { status: '06' }, now);
}

export function qrStatusDesc(status: TransactionStatus): string {
  return status === '06' ? 'Expired' : TRANSACTION_STATUS_DESC[status];
}

/**
 * Amounts in the responses DOKU's Wallet SDKs parse: value as a JSON number. The iOS SDK declares
 * it `Double?` (Codable refuses a string); Android's `String?` takes the number's text (Gson).
 */
export function sdkAmount(minor: number): { value: number; currency: string } {
  return { value: minor / 100, currency: 'IDR' };
}

/** A QR and the payment a call is about; namedBy says which of the two the request's references named. */
export interface QrisTarget {
  qr: QrCode;
  payment?: Transaction;
  namedBy: 'qr' | 'payment';
}

/**
 * The QR or payment named by referenceNo (a QR's or a payment's) or partnerReferenceNo (of the
 * caller's Generate, else of the caller's Payment). Both given must name the same thing. Found
 * only by the QR's merchant, or by the payer when payerMayAsk and a payment is named. A QR named
 * directly comes with its latest payment. Undefined when unknown or not the caller's.
 */
export function findTarget(store: Store, clientId: string, ref: { referenceNo?: string; partnerReferenceNo?: string }, now: number, payerMayAsk = false): QrisTarget | undefined {
  let qr: QrCode | undefined;
  let payment: Transaction | undefined;
  if (ref.referenceNo !== undefined) {
    qr = store.qrCodes.get(ref.referenceNo);
    const tx = qr ? undefined : store.transactions.get(ref.referenceNo);
    if (tx?.type === 'QRIS_PAYMENT') payment = tx;
  } else if (ref.partnerReferenceNo !== undefined) {
    qr = store.qrCodes.by('partnerRef', key(clientId, ref.partnerReferenceNo));
    if (!qr) payment = store.transactionByPartnerRef(clientId, 'QRIS_PAYMENT', ref.partnerReferenceNo);
  }
  const namedBy = qr ? 'qr' : 'payment';
  if (payment) qr = store.qrCodes.get(paymentData(payment).qrId);
  if (!qr) return undefined;
  const named = namedBy === 'qr' ? qr : payment!;
  if (ref.partnerReferenceNo !== undefined && named.partnerReferenceNo !== ref.partnerReferenceNo) return undefined;
  const mayAsk = qr.clientId === clientId || (payerMayAsk && namedBy === 'payment' && payment!.clientId === clientId);
  if (!mayAsk) return undefined;
  if (namedBy === 'qr' && qr.lastPaymentId) payment = store.transactions.get(qr.lastPaymentId);
  return { qr: expireIfDue(store, qr, now), payment, namedBy };
}

/**
 * The sandbox's own QR behind a payload: the one its reference label (62.05) names, if the payload
 * is exactly what Generate wrote for it (a payload edited and re-signed with a fresh CRC is not).
 */
export function issuedQr(store: Store, payload: string, reference: string | undefined, now: number): QrCode | undefined {
  const qr = reference === undefined ? undefined : store.qrCodes.get(reference);
  return qr && qr.content === payload ? expireIfDue(store, qr, now) : undefined;
}

/** Refuses a QR that can no longer be paid: expired 403xx00, cancelled 404xx04, a paid dynamic QR 404xx14. */
export function assertPayable(qr: QrCode): void {
  if (qr.status === '06') throw new SnapError('TransactionExpired').withDiagnostics({ hint: `QR ${qr.id} expired at ${formatWib(qr.validUntil!)}` });
  if (qr.status === '05') throw new SnapError('TransactionCancelled').withDiagnostics({ hint: `QR ${qr.id} was cancelled by the merchant` });
  if (qr.status === '00') throw new SnapError('PaidBill').withDiagnostics({ hint: `dynamic QR ${qr.id} has been paid (payment ${qr.lastPaymentId}); a dynamic QR is paid once` });
}
