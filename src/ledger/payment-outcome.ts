import { snapCode, SnapError } from '../errors/snap-error.js';
import { digits } from '../lib/ids.js';
import { idr } from '../lib/money.js';
import { formatWib } from '../lib/time.js';
import { post } from './ledger.js';
import type { Transaction, TransactionStatus } from './model.js';
import { updatePayment, type Refundable } from './payments.js';
import type { Store } from './store.js';

/**
 * A payment the customer confirms on one of the sandbox's pages (a purchase's PIN page, a direct
 * debit's channel page): it waits (03) until paid (00), failed or expired (06), and records its
 * outcome as a SNAP code of the payment's own service.
 */
export interface PagePayment extends Refundable {
  successUrl?: string;
  failedUrl?: string;
  validUpTo: number;
  pageTokenId: string;
  /** The payment's outcome as a SNAP code: 2025400 while waiting, 2005400 paid, 4035414 short at confirmation … */
  responseCode: string;
  responseMessage: string;
  /** transactionStatusDesc when it says more than the status (Expired). */
  statusDesc?: string;
  approvalCode?: string;
  paidTime?: number;
}

/** Waiting for the customer to confirm on the page. */
export const AWAITING_CUSTOMER: TransactionStatus = '03';

function pagePayment(tx: Transaction): PagePayment {
  return tx.data as unknown as PagePayment;
}

/**
 * A waiting payment past validUpTo is expired (06, 403xx00 Transaction Expired). There is no
 * timer: the change is written by whoever looks first, so the clock can be moved freely.
 */
export function expireIfDue(store: Store, tx: Transaction, service: string, now: number): Transaction {
  if (tx.status !== AWAITING_CUSTOMER || now < pagePayment(tx).validUpTo) return tx;
  return updatePayment<PagePayment>(store, tx, '06', { responseCode: snapCode('TransactionExpired', service), responseMessage: 'Transaction Expired', statusDesc: 'Expired' }, now);
}

/**
 * Takes the whole payment, `from` the customer's account into `to` (the merchant's settlement), in
 * one posting, and says what to record: 00 paid (paidTime, a fresh approvalCode), or 06 Insufficient
 * Funds when the account is short now.
 */
export function collectPayment(store: Store, tx: Transaction, from: string, to: string, service: string, now: number): { status: TransactionStatus; outcome: Partial<PagePayment> } {
  try {
    post(store, {
      transactionId: tx.id,
      at: now,
      entries: [
        { account: from, amountMinor: -tx.amountMinor },
        { account: to, amountMinor: tx.amountMinor },
      ],
    });
  } catch (error) {
    if (!(error instanceof SnapError) || error.kind !== 'InsufficientFunds') throw error;
    return { status: '06', outcome: { responseCode: snapCode('InsufficientFunds', service), responseMessage: 'Insufficient Funds' } };
  }
  return { status: '00', outcome: { responseCode: snapCode('Successful', service), responseMessage: 'Successful', paidTime: now, approvalCode: digits(6) } };
}

/** The merchant's return URL with the outcome appended: partnerReferenceNo, referenceNo, status, responseCode. */
export function outcomeUrl(tx: Transaction): string | undefined {
  const data = pagePayment(tx);
  const target = tx.status === '00' ? data.successUrl : data.failedUrl;
  if (!target) return undefined;
  const url = new URL(target);
  url.searchParams.set('partnerReferenceNo', tx.partnerReferenceNo);
  url.searchParams.set('referenceNo', tx.id);
  url.searchParams.set('status', tx.status === '00' ? 'SUCCESS' : 'FAILED');
  url.searchParams.set('responseCode', data.responseCode);
  return url.toString();
}

export interface StatusViewRules {
  serviceCode: string;
  statusDesc: string;
  /** How the product's clients name a refund's partnerRefundNo in refundHistory. */
  refundNoField: 'partnerRefundNo' | 'partnerReferenceNo';
  additionalInfo: Record<string, unknown>;
}

/** A page payment's status answer (Query Purchase, direct-debit Check Status): state, outcome, refunds, amounts. */
export function paymentStatusView(tx: Transaction, rules: StatusViewRules): Record<string, unknown> {
  const data = pagePayment(tx);
  return {
    originalPartnerReferenceNo: tx.partnerReferenceNo,
    originalReferenceNo: tx.id,
    approvalCode: data.approvalCode ?? '',
    originalExternalId: tx.externalId ?? '',
    serviceCode: rules.serviceCode,
    latestTransactionStatus: tx.status,
    transactionStatusDesc: rules.statusDesc,
    originalResponseCode: data.responseCode,
    originalResponseMessage: data.responseMessage,
    refundHistory: data.refunds.map((r) => ({
      refundNo: r.refundNo,
      [rules.refundNoField]: r.partnerRefundNo,
      refundAmount: idr(r.amountMinor),
      refundStatus: '00',
      refundDate: formatWib(r.at),
      ...(r.reason ? { reason: r.reason } : {}),
    })),
    transAmount: idr(tx.amountMinor),
    feeAmount: idr(0),
    ...(data.paidTime !== undefined ? { paidTime: formatWib(data.paidTime) } : {}),
    additionalInfo: rules.additionalInfo,
  };
}
