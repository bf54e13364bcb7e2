/**
 * Every record the sandbox keeps. Times are epoch milliseconds from the injected clock; money is
 * integer minor units. Rows are replaced whole through Table.put, never mutated in place, so the
 * store can track, roll back and persist each change.
 */
import type { StoredReply } from './packed-reply.js';

export interface PartnerLimits {
  topUpMinMinor: number;
  topUpMaxMinor: number;
  walletBalanceCapMinor: number;
  transactionMaxMinor: number;
}

/** latest-only: a new token retires the previous one ("the latest access token is processed"); concurrent: each lives until its own expiry. */
export type TokenPolicy = 'latest-only' | 'concurrent';
export const TOKEN_POLICIES: readonly TokenPolicy[] = ['latest-only', 'concurrent'];

/**
 * What a partner tells the sandbox about itself besides its keys: where it is called and the
 * merchant it is. Fixtures (partners.json), POST /admin/partners and the stored Partner carry the
 * same fields; ledger/partners.ts partnerProfile() copies them.
 */
export interface PartnerProfile {
  notificationUrl?: string;
  /** AES key (16/24/32 bytes) for the authCode returned by Query Account Binding. */
  authCodeKey?: string;
  merchantId?: string;
  /** Overrides TOKEN_POLICY for this partner's tokens. */
  tokenPolicy?: TokenPolicy;
  /** The partner's own B2B token endpoint: asked for the token notifications carry (notify/notification-token.ts). */
  notificationTokenUrl?: string;
  /** QRIS merchant profile (tags 59, 60, 61, 52 and terminal labels); ledger/merchant.ts fills the gaps. */
  terminals?: string[];
  merchantName?: string;
  merchantCity?: string;
  merchantPostalCode?: string;
  mcc?: string;
  /** National merchant ID (tag 51); derived from the merchantId when not set. */
  nmid?: string;
}

/** Direct inquiry (DIPC), registered through POST /admin/partners only (both or neither). */
export interface DirectInquiry {
  /** Where DOKU asks about a VA number under partnerServiceId before accepting a payment. */
  directInquiryUrl?: string;
  /** The VA BIN (digits) the partner answers direct inquiries for. */
  partnerServiceId?: string;
}

export interface Partner extends PartnerProfile, DirectInquiry {
  id: string; // clientId, e.g. BRN-0001-1732500000001
  name: string;
  clientSecret: string;
  publicKeyPem: string;
  limits: PartnerLimits;
  createdAt: number;
}

export interface AccessToken {
  id: string; // jti
  kind: 'b2b' | 'b2b2c';
  clientId: string;
  accountId?: string;
  bindingId?: string;
  issuedAt: number;
  /** Slides forward by TOKEN_TTL_SECONDS on every successful use. */
  expiresAt: number;
}

export interface RefreshToken {
  id: string; // jti of the refresh JWT
  clientId: string;
  accountId: string;
  bindingId: string;
  expiresAt: number;
}

export type WalletStatus = 'ACTIVE' | 'BLOCKED' | 'INACTIVE';

export interface Wallet {
  id: string; // 10-digit accountId
  publicUserId: string;
  name: string;
  email?: string;
  phoneNo: string;
  pinHash: string;
  status: WalletStatus;
  pinFailures: number;
  lockedUntil?: number;
  createdAt: number;
}

export type BindingStatus = 'PENDING' | 'ACTIVE' | 'UNBINDING' | 'UNBOUND';

export interface Binding {
  id: string; // linkId
  clientId: string;
  accountId: string;
  authCode: string; // UUID, reusable while the binding lives
  status: BindingStatus;
  partnerReferenceNo: string;
  referenceNo: string;
  redirectUrl: string;
  createdAt: number;
  unboundAt?: number;
}

export type JourneyPurpose = 'REGISTRATION' | 'UNBINDING';
export type JourneyStatus = 'OTP_SENT' | 'OTP_VERIFIED' | 'COMPLETED' | 'BLOCKED';

/** A flow that needs an OTP: account registration or unbinding. */
export interface Journey {
  id: string; // referenceNo returned to the partner
  purpose: JourneyPurpose;
  clientId: string;
  partnerReferenceNo: string;
  status: JourneyStatus;
  phoneNo: string;
  name?: string;
  email?: string;
  redirectUrl?: string;
  accountId?: string;
  bindingId?: string;
  createdAt: number;
  data?: Record<string, unknown>;
}

export interface Otp {
  id: string; // journey referenceNo: one live OTP per journey
  journeyId: string;
  purpose: JourneyPurpose;
  phoneNo: string;
  code: string;
  expiresAt: number;
  attempts: number;
  blocked: boolean;
  issuedAt: number;
}

/** A one-time token for a sandbox web page (Create PIN, binding consent, purchase PIN). */
export interface PageToken {
  id: string;
  page: 'create-pin' | 'binding-consent' | 'purchase-pin' | 'debit-binding' | 'debit-payment';
  subjectId: string; // journey, binding or transaction id
  expiresAt: number;
  usedAt?: number;
}

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

export interface ExternalIdUse {
  id: string; // clientId|WIB day|X-EXTERNAL-ID
  at: number;
  // Set once the call succeeded on an operation that changes state, so that a repeat with the
  // same body can be answered as DOKU does (the original answer, HTTP 409):
  /** bodyHash of the request (idempotency.ts) */
  bodyHash?: string;
  /** the operation's handler, e.g. topUp */
  operation?: string;
  /** the idempotency record that holds the answer (operations with a partner key) … */
  replyOf?: string;
  /** … or the answer itself (Cancel Purchase, Verify OTP: no partner key to remember it by) */
  reply?: StoredReply;
}

export interface IdempotencyRecord {
  id: string; // clientId|operation|key
  bodyHash: string;
  status: number;
  /** The reply, packed (see packed-reply.ts); written to disk as the reply itself. */
  body: StoredReply;
  at: number;
}

/** SKIPPED: neither the partner nor the purchase names a notification URL, so nothing is sent. */
export type NotificationStatus = 'PENDING' | 'DELIVERED' | 'FAILED' | 'SKIPPED';

/** The token step before a send, for partners with a notificationTokenUrl (notify/notification-token.ts). */
export interface NotificationTokenStep {
  url: string;
  /** true: a token fetched earlier and not yet expired was used; nothing was asked. */
  cached?: boolean;
  status?: number;
  error?: string;
  durationMs?: number;
}

export interface NotificationAttempt {
  at: number;
  status?: number;
  error?: string;
  responseBody?: string;
  /** 1-based; a scenario's duplicate sends share one number. */
  attempt?: number;
  durationMs?: number;
  /** The scenario fault applied to this send (drop, delay, duplicate, out-of-order) and its rule. */
  fault?: string;
  /** How the token in Authorization was obtained; a failed token step is a failed attempt (nothing sent). */
  token?: NotificationTokenStep;
}

export interface Notification {
  id: string;
  clientId: string;
  transactionId: string;
  url: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
  status: NotificationStatus;
  attempts: NotificationAttempt[];
  nextAttemptAt?: number;
  createdAt: number;
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

export type DebitBindingStatus = 'PENDING' | 'ACTIVE' | 'FAILED' | 'UNBOUND';

/**
 * A direct-debit binding: a customer's account at a channel (an e-wallet such as OVO, or a bank)
 * linked to a merchant by account binding, or a bank card by card registration. Its authCode buys
 * B2B2C tokens once the customer has confirmed it on the channel's page.
 */
export interface DebitBinding {
  id: string; // DOKU's referenceNo of the binding
  kind: 'ACCOUNT' | 'CARD';
  clientId: string;
  channel: string;
  /** The customer's account at the channel (a ChannelAccount id). */
  accountId: string;
  phoneNo: string;
  custIdMerchant: string;
  authCode: string;
  status: DebitBindingStatus;
  successUrl: string;
  failedUrl: string;
  cardLast4?: string;
  cardType?: string;
  createdAt: number;
  updatedAt: number;
}

/** A customer's account at a direct-debit channel; its money is the ledger account channel:<id>. */
export interface ChannelAccount {
  id: string; // 32 hex characters, derived from channel and phone (or card)
  channel: string;
  phoneNo: string;
  createdAt: number;
}
