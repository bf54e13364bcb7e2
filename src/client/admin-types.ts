import type { Amount as Money } from '../lib/money.js';

/** The shapes the admin API answers with (spec/admin.yaml + spec/admin/*.yaml), as the admin client returns them. */
export interface AdminPartner {
  clientId: string;
  name?: string;
  clientSecret: string;
  publicKey: string;
  notificationUrl?: string | null;
  authCodeKey?: string | null;
  merchantId?: string | null;
  notificationTokenUrl?: string | null;
  tokenPolicy?: 'latest-only' | 'concurrent';
  terminals?: string[];
  merchantName?: string | null;
  merchantCity?: string | null;
  merchantPostalCode?: string | null;
  mcc?: string | null;
  nmid?: string | null;
  corporateBalance?: string;
  createdAt?: string;
}

export interface AdminOtp {
  referenceNo: string;
  partnerReferenceNo?: string;
  clientId?: string;
  purpose: 'REGISTRATION' | 'UNBINDING';
  phoneNo: string;
  otp: string;
  issuedAt?: string;
  expiresAt: string;
  expired?: boolean;
  attempts: number;
  attemptsLeft?: number;
  blocked: boolean;
  journeyStatus?: string;
}

export interface AccountCreation {
  name: string;
  phoneNo: string;
  /** any 6 digits */
  pin: string;
  email?: string;
  /** e.g. "250000.00", issued into the wallet through the ledger */
  balance?: string;
  /** Bind the new wallet to this partner (clientId); the answer then carries authCode and linkId. */
  bindTo?: string;
}

export interface AdminBinding {
  linkId: string;
  clientId: string;
  authCode: string;
  status: 'PENDING' | 'ACTIVE' | 'UNBINDING' | 'UNBOUND';
  createdAt?: string;
  unboundAt?: string | null;
}

export interface AdminAccount {
  accountId: string;
  publicUserId: string;
  name: string;
  email?: string | null;
  phoneNo: string;
  status: 'ACTIVE' | 'BLOCKED' | 'INACTIVE';
  /** e.g. "250000.00" */
  balance: string;
  holdAmount?: string;
  pinFailures?: number;
  pinLockedUntil?: string | null;
  createdAt?: string;
  bindings: AdminBinding[];
  /** Only in the answer of createAccount with bindTo. */
  authCode?: string;
  linkId?: string;
}

export interface AdminTransaction {
  referenceNo: string;
  type: string;
  clientId: string;
  accountId: string | null;
  partnerReferenceNo: string;
  parentReferenceNo: string | null;
  /** SNAP latestTransactionStatus: 00 success, 03 pending, 04 refunded, 05 cancelled, 06 failed … */
  status: string;
  statusDesc: string;
  amount: Money;
  createdAt: string;
  updatedAt: string;
}

export interface AdminQrCode {
  referenceNo: string;
  partnerReferenceNo: string;
  clientId: string;
  merchantId: string;
  terminalId: string;
  type: 'DYNAMIC' | 'STATIC';
  /** null for a static QR */
  amount: Money | null;
  feeType: '1' | '2' | '3';
  feeAmount: Money;
  /** 03 payable, 00 paid (dynamic), 05 cancelled, 06 expired */
  status: string;
  statusDesc: string;
  validUntil: string | null;
  payments: number;
  lastPaymentReferenceNo: string | null;
  qrContent: string;
  /** e.g. /admin/qris/<referenceNo>/image.png */
  imageUrl: string;
  createdAt: string;
}

export interface ScenarioRuleView {
  name: string;
  effect: string;
  times?: number;
  matched: number;
  uses: number;
  exhausted: boolean;
}

export interface ScenarioView {
  id: string;
  name: string;
  description?: string;
  source: 'builtin' | 'startup' | 'api';
  activatedAt: string;
  rules: ScenarioRuleView[];
}

export interface ClockView {
  /** UTC ISO time */
  now: string;
  /** e.g. 2024-03-26T16:01:41+07:00 */
  nowWib: string;
  offsetSeconds: number;
}

export interface ResetResult {
  at: string;
  partners: number;
  wallets: number;
  scenarios: string[];
}

export interface LedgerVerification {
  ok: boolean;
  checks: { name: string; ok: boolean; detail: string }[];
}

export interface NotificationView {
  id: string;
  clientId: string;
  transactionId: string;
  url: string;
  status: 'PENDING' | 'DELIVERED' | 'FAILED' | 'SKIPPED';
  createdAt: string;
  nextAttemptAt?: string | null;
  body: Record<string, unknown>;
  headers: Record<string, string>;
  attempts: { attempt?: number; at: string; status?: number; error?: string; responseBody?: string; durationMs?: number; fault?: string }[];
  /** Sent again on demand: the id of the original. */
  redeliveryOf?: string | null;
}

/** POST /admin/webviews/complete: a sandbox page, filled in and submitted as a browser would. */
export interface WebviewCompletion {
  /** The page's URL as the sandbox gave it (webRedirectUrl, nextAction, qparamsURL?token=…, howToPayPage), or its path. */
  url: string;
  /** The wallet PIN (consent and purchase PIN pages). */
  pin?: string;
  /** The PIN to create (Create-PIN page; typed in both fields). */
  newPin?: string;
  /** approve (default): the page's main button; reject: its Decline or Cancel. */
  decision?: 'approve' | 'reject';
  /** Other fields of the form, by name (the bank simulator's amount …). */
  fields?: Record<string, string>;
}

export interface WebviewOutcome {
  /** The page's HTTP status: 302 when it sends the browser on, 401 a wrong PIN, 423 locked … */
  status: number;
  /** The Location of a 302 (the partner's URL with the outcome's parameters), else null. */
  redirect: string | null;
  title: string | null;
  /** The page's alert line, e.g. "Wrong PIN. 2 attempts left." */
  message: string | null;
}
