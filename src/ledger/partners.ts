import { SnapError } from '../errors/snap-error.js';
import { DEFAULT_LIMITS } from '../fixtures/seed.js';
import { parsePublicKey } from '../lib/crypto.js';
import { formatMinor, parseMinor } from '../lib/money.js';
import { corporateAccount } from './accounts.js';
import type { DirectInquiry, Partner, PartnerProfile, TokenPolicy } from './model.js';
import { partnerProfile } from './partner-profile.js';
import { merchantFieldProblem, merchantView } from './merchant.js';
import { credit } from './seed.js';
import type { Store } from './store.js';

export interface PartnerRegistration extends PartnerProfile, DirectInquiry {
  clientId: string;
  clientSecret: string;
  publicKey: string;
  name?: string;
  corporateBalance?: string;
}

export interface PreparedPartner {
  partner: Partner;
  /** The corporate balance to top up to, if one was given. */
  target: number | undefined;
}

/**
 * Checks a registration and builds the partner row without storing anything, so that the admin
 * route can ask the partner's token endpoint (notificationTokenUrl) before the partner exists.
 */
export function preparePartner(store: Store, input: PartnerRegistration, now: number): PreparedPartner {
  // createPublicKey() happily derives a public key from a private one; a private key must never be stored or echoed.
  if (/PRIVATE KEY/.test(input.publicKey)) {
    throw new SnapError('InvalidFieldFormat', 'publicKey').withDiagnostics({ hint: 'this is a private key: send only the public key (openssl rsa -in private.key -pubout)' });
  }
  if (!parsePublicKey(input.publicKey)) {
    throw new SnapError('InvalidFieldFormat', 'publicKey').withDiagnostics({ hint: 'publicKey must be an RSA public key in PEM (-----BEGIN PUBLIC KEY-----)' });
  }
  if (Boolean(input.directInquiryUrl) !== Boolean(input.partnerServiceId)) {
    throw new SnapError('InvalidMandatoryField', input.directInquiryUrl ? 'partnerServiceId' : 'directInquiryUrl').withDiagnostics({ hint: 'a direct inquiry needs both the URL and the VA BIN (partnerServiceId) it answers for' });
  }
  const merchantProblem = merchantFieldProblem(input);
  if (merchantProblem) throw new SnapError('InvalidFieldFormat', merchantProblem.field).withDiagnostics({ hint: `${merchantProblem.field} must be ${merchantProblem.expected}` });
  const target = input.corporateBalance === undefined ? undefined : parseMinor(input.corporateBalance);
  if (input.corporateBalance !== undefined && target === undefined) throw new SnapError('InvalidFieldFormat', 'corporateBalance');
  const previous = store.partners.get(input.clientId);
  const partner: Partner = {
    id: input.clientId,
    name: input.name ?? previous?.name ?? input.clientId,
    clientSecret: input.clientSecret,
    publicKeyPem: input.publicKey,
    ...partnerProfile(input),
    directInquiryUrl: input.directInquiryUrl,
    partnerServiceId: input.partnerServiceId?.trim(),
    limits: previous?.limits ?? DEFAULT_LIMITS,
    createdAt: previous?.createdAt ?? now,
  };
  if (partner.notificationTokenUrl !== undefined && !isHttpUrl(partner.notificationTokenUrl)) {
    throw new SnapError('InvalidFieldFormat', 'notificationTokenUrl').withEcho({ additionalInfo: { reason: 'notificationTokenUrl must be an http(s) URL' } });
  }
  return { partner, target };
}

/** Registers (or replaces) a partner; its corporate balance is topped up to the amount given. */
export function storePartner(store: Store, { partner, target }: PreparedPartner, now: number): Partner {
  return store.atomically(() => {
    store.partners.put(partner);
    const current = store.balances.get(corporateAccount(partner.id))?.balanceMinor ?? 0;
    if (target !== undefined && target > current) {
      credit(store, corporateAccount(partner.id), target - current, `ADMIN-CREDIT-${partner.id}-${now}`, now);
    }
    return partner;
  });
}

/** A partner as the admin API shows it; tokenPolicy is the partner's own or the sandbox's (TOKEN_POLICY). */
export function partnerView(store: Store, partner: Partner, tokenPolicy: TokenPolicy): Record<string, unknown> {
  return {
    clientId: partner.id,
    name: partner.name,
    clientSecret: `${partner.clientSecret.slice(0, 4)}…(masked)`,
    publicKey: partner.publicKeyPem,
    notificationUrl: partner.notificationUrl ?? null,
    authCodeKey: partner.authCodeKey ? '***' : null,
    merchantId: partner.merchantId ?? null,
    notificationTokenUrl: partner.notificationTokenUrl ?? null,
    tokenPolicy: partner.tokenPolicy ?? tokenPolicy,
    ...merchantView(partner),
    corporateBalance: formatMinor(store.balances.get(corporateAccount(partner.id))?.balanceMinor ?? 0),
    directInquiryUrl: partner.directInquiryUrl ?? null,
    partnerServiceId: partner.partnerServiceId ?? null,
    createdAt: new Date(partner.createdAt).toISOString(),
  };
}


export function registerPartner(store: Store, input: PartnerRegistration, now: number): Partner {
  return storePartner(store, preparePartner(store, input, now), now);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
