/** The records of partners and of the tokens they are given. Times are epoch milliseconds from the injected clock. */

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
 * same fields; partnerProfile() (partner-profile.ts) copies them.
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
