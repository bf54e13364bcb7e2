/**
 * The records of money: transactions, what customers pay through (QR codes, virtual accounts), and
 * the ledger's postings and balances. Times are epoch milliseconds from the injected clock; money is
 * integer minor units.
 */

export type TransactionType =
  | 'TOP_UP'
  | 'PURCHASE'
  | 'QRIS_PAYMENT'
  | 'REFUND'
  | 'CANCEL'
  | 'TRANSFER_BANK'
  | 'AUTH_PAYMENT'
  | 'CAPTURE'
  | 'VOID'
  | 'VA_PAYMENT'
  | 'DIRECT_DEBIT'
  | 'DIRECT_DEBIT_REFUND';

/** SNAP latestTransactionStatus: 00 success … 07 not found. */
export type TransactionStatus = '00' | '01' | '02' | '03' | '04' | '05' | '06' | '07';

export interface Transaction {
  id: string; // DOKU referenceNo
  type: TransactionType;
  clientId: string;
  accountId?: string;
  partnerReferenceNo: string;
  externalId?: string;
  status: TransactionStatus;
  amountMinor: number;
  createdAt: number;
  updatedAt: number;
  /** For refunds, captures and voids: the transaction they act on. */
  parentId?: string;
  /** Type-specific facts (return URLs, validUpTo, refund list, captured total …). */
  data: Record<string, unknown>;
}

/**
 * A QRIS code issued by QR MPM Generate. Not a transaction: it moves no money. Each payment of it is
 * a QRIS_PAYMENT transaction (a dynamic QR takes one, a static QR any number).
 */
export interface QrCode {
  id: string; // DOKU referenceNo, also the payload's reference label (tag 62.05)
  clientId: string; // the merchant partner that generated it
  partnerReferenceNo: string;
  externalId?: string;
  merchantId: string;
  terminalId: string;
  dynamic: boolean;
  /** Dynamic QRs: the amount the payload carries (tag 54). */
  amountMinor?: number;
  /** DOKU's feeType: 1 no fee, 2 fixed fee (feeMinor), 3 the customer adds a tip. */
  feeType: '1' | '2' | '3';
  feeMinor: number;
  content: string;
  /** 03 payable, 00 paid (dynamic), 05 cancelled before payment, 06 expired. */
  status: TransactionStatus;
  validUntil?: number;
  payments: number;
  lastPaymentId?: string;
  cancelTime?: number;
  createdAt: number;
  updatedAt: number;
}

export interface PostingEntry {
  account: string; // ledger account, see ledger/accounts.ts
  amountMinor: number; // positive credits the account, negative debits it
}

/**
 * A posting's entries packed flat, `[account, amountMinor, account, amountMinor, …]`: one array
 * instead of an object per entry, ~64 bytes less per posting. Read them with entriesOf().
 */
export type PackedEntries = (string | number)[];

export interface Posting {
  id: string; // the transaction's id for its first posting, then <id>.2, <id>.3 …
  transactionId: string;
  at: number;
  entries: PackedEntries;
}

export interface Balance {
  id: string; // ledger account
  balanceMinor: number;
  /** Number of postings that touched this account, for the verify check. */
  postings: number;
}

export type VirtualAccountStatus = 'ACTIVE' | 'INACTIVE' | 'PAID' | 'DELETED';

/** A virtual account a merchant created (MGPC) or had DOKU number (DGPC); its payments are VA_PAYMENT transactions. */
export interface VirtualAccount {
  id: string; // DOKU's own reference for this VA
  /** The number a customer types at the bank: partnerServiceId + customerNo without the padding spaces. */
  number: string;
  clientId: string;
  partnerServiceId: string;
  customerNo: string;
  trxId: string;
  channel: string;
  name: string;
  email?: string;
  phone?: string;
  /** C closed amount, O open, V open within minMinor–maxMinor. */
  trxType: 'C' | 'O' | 'V';
  amountMinor: number;
  minMinor?: number;
  maxMinor?: number;
  reusable: boolean;
  expiresAt?: number;
  status: VirtualAccountStatus;
  /** DGPC, MGPC, or a bill the merchant described when DOKU asked (DIPC). */
  generatedBy: 'DOKU' | 'MERCHANT' | 'DIRECT_INQUIRY';
  freeText?: { english: string; indonesia: string }[];
  paidMinor: number;
  createdAt: number;
  updatedAt: number;
}
