/**
 * The records of customers: DOKU Wallets and their bindings to partners, the OTP journeys and page
 * tokens that complete a customer's step, and direct-debit bindings with the customer's accounts at
 * the channels. Times are epoch milliseconds from the injected clock.
 */

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
