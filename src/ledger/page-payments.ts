import { snapCode, SnapError } from '../errors/snap-error.js';
import { digits } from '../lib/ids.js';
import { idr } from '../lib/money.js';
import { formatWib, parseZonedTime } from '../lib/time.js';
import { moveMoney } from './ledger.js';
import type { PageToken, Transaction, TransactionStatus, TransactionType } from './model.js';
import { checkPageToken, issuePageToken } from './page-tokens.js';
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

/** How long an unpaid payment stays payable when the request names no validUpTo. */
export const DEFAULT_VALIDITY_SECONDS = 30 * 60;

/** The payment's validUpTo as sent (a time with its offset, in the future), else DEFAULT_VALIDITY_SECONDS from now. */
export function validUpToOf(sent: string | null | undefined, now: number): number {
  if (sent === undefined || sent === null) return now + DEFAULT_VALIDITY_SECONDS * 1000;
  const validUpTo = parseZonedTime(sent) ?? Number.NaN;
  if (!(validUpTo > now)) throw new SnapError('InvalidFieldFormat', 'validUpTo').withDiagnostics({ hint: 'validUpTo must be a future time with its offset' });
  return validUpTo;
}

/** A URL the customer's browser is sent back to (http(s) or an app deeplink scheme); anything else is 400xx01 naming the field. */
export function returnUrl(value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    new URL(value);
    return value;
  } catch {
    throw new SnapError('InvalidFieldFormat', field).withDiagnostics({ hint: `${field} must be an absolute URL, got "${value}"` });
  }
}

export interface NewPagePayment extends Pick<Transaction, 'id' | 'type' | 'clientId' | 'accountId' | 'partnerReferenceNo' | 'externalId' | 'amountMinor'> {
  page: PageToken['page'];
  /** The payment's service code: its outcome codes are of this service (2025400 while waiting …). */
  service: string;
  validUpTo: number;
  successUrl: string | undefined;
  failedUrl: string | undefined;
  /** The product's own facts, kept beside the page payment's. */
  data: Record<string, unknown>;
}

/** Opens a payment waiting (03) for the customer on its page until validUpTo, with the page's token (valid as long). No money moves. */
export function createPagePayment(store: Store, p: NewPagePayment, now: number): PageToken {
  const token = issuePageToken(store, p.page, p.id, now, (p.validUpTo - now) / 1000);
  const payment: PagePayment = {
    successUrl: p.successUrl,
    failedUrl: p.failedUrl,
    validUpTo: p.validUpTo,
    pageTokenId: token.id,
    responseCode: snapCode('InProgress', p.service),
    responseMessage: 'Request In Progress',
    refunds: [],
    refundedMinor: 0,
  };
  store.transactions.put({
    id: p.id,
    type: p.type,
    clientId: p.clientId,
    accountId: p.accountId,
    partnerReferenceNo: p.partnerReferenceNo,
    externalId: p.externalId,
    status: AWAITING_CUSTOMER,
    amountMinor: p.amountMinor,
    createdAt: now,
    updatedAt: now,
    data: { ...p.data, ...payment },
  });
  return token;
}

/** A page that cannot be used, as the customer sees it. */
export interface ClosedPage {
  status: number;
  title: string;
  message: string;
}

export type PageClosedWhy = 'unknown' | 'used' | 'expired';

/** Why a payment page is closed, in the customer's words; a capability adds its own reasons. */
export const PAGE_CLOSED: Record<PageClosedWhy, ClosedPage> = {
  unknown: { status: 404, title: 'Payment link not found', message: 'This payment link is not valid. Start the payment again from the merchant.' },
  used: { status: 410, title: 'Payment already completed', message: 'This payment has already been processed. You can close this page.' },
  expired: { status: 410, title: 'Payment expired', message: 'The time to pay has run out. Start the payment again from the merchant.' },
};

export type PageOpening<Own extends string = never> = { ok: true; tx: Transaction } | { ok: false; why: PageClosedWhy | Own };

/**
 * The waiting payment of `type` behind a page token, expired first when due; else why its page is
 * closed, in this order: unknown, the capability's own reason (`closedFor`), expired (the
 * payment's time or the token's), used.
 */
export function openPagePayment<Own extends string = never>(
  store: Store,
  page: PageToken['page'],
  type: TransactionType,
  tokenId: unknown,
  service: string,
  now: number,
  closedFor: (tx: Transaction) => Own | undefined = () => undefined,
): PageOpening<Own> {
  const check = checkPageToken(store, page, tokenId, now);
  const subject = check.ok ? check.token.subjectId : typeof tokenId === 'string' ? store.pageTokens.get(tokenId)?.subjectId : undefined;
  let tx = subject ? store.transactions.get(subject) : undefined;
  if (!tx || tx.type !== type) return { ok: false, why: 'unknown' };
  tx = expireIfDue(store, tx, service, now);
  const own = closedFor(tx);
  if (own) return { ok: false, why: own };
  if (pagePayment(tx).statusDesc === 'Expired' || (!check.ok && check.problem === 'expired')) return { ok: false, why: 'expired' };
  if (!check.ok || tx.status !== AWAITING_CUSTOMER) return { ok: false, why: check.ok ? 'used' : check.problem };
  return { ok: true, tx };
}

/**
 * Takes the whole payment, `from` the customer's account into `to` (the merchant's settlement), in
 * one posting, and says what to record: 00 paid (paidTime, a fresh approvalCode), or 06 Insufficient
 * Funds when the account is short now.
 */
export function collectPayment(store: Store, tx: Transaction, from: string, to: string, service: string, now: number): { status: TransactionStatus; outcome: Partial<PagePayment> } {
  try {
    moveMoney(store, { transactionId: tx.id, at: now, from, to, amountMinor: tx.amountMinor });
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

/** What DOKU's payment notifications open with (purchase, direct debit): the payment, its state and times. */
export function paymentNotificationHead(tx: Transaction, statusDesc: string, now: number): Record<string, unknown> {
  return {
    originalPartnerReferenceNo: tx.partnerReferenceNo,
    originalReferenceNo: tx.id,
    originalExternalId: tx.externalId ?? '',
    latestTransactionStatus: tx.status,
    transactionStatusDesc: statusDesc,
    amount: idr(tx.amountMinor),
    createdTime: formatWib(tx.createdAt),
    finishedTime: formatWib(now),
  };
}
