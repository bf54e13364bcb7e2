import { SnapError } from '../errors/snap-error.js';
import { DEFAULT_LIMITS } from '../fixtures/seed.js';
import { parsePublicKey } from '../lib/crypto.js';
import { formatMinor, parseMinor } from '../lib/money.js';
import { corporateAccount } from './accounts.js';
import { merchantFieldProblem, merchantView, type MerchantFields } from './merchant.js';
import type { Partner } from './model.js';
import { credit } from './seed.js';
import type { Store } from './store.js';

export interface PartnerRegistration extends MerchantFields {
  clientId: string;
  clientSecret: string;
  publicKey: string;
  name?: string;
  notificationUrl?: string;
  authCodeKey?: string;
  corporateBalance?: string;
}

/** Registers (or replaces) a partner at runtime; its corporate balance is topped up to the amount given. */
export function registerPartner(store: Store, input: PartnerRegistration, now: number): Partner {
  // createPublicKey() happily derives a public key from a private one; a private key must never be stored or echoed.
  if (/PRIVATE KEY/.test(input.publicKey)) {
    throw new SnapError('InvalidFieldFormat', 'publicKey').withDiagnostics({ hint: 'this is a private key: send only the public key (openssl rsa -in private.key -pubout)' });
  }
  if (!parsePublicKey(input.publicKey)) {
    throw new SnapError('InvalidFieldFormat', 'publicKey').withDiagnostics({ hint: 'publicKey must be an RSA public key in PEM (-----BEGIN PUBLIC KEY-----)' });
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
    notificationUrl: input.notificationUrl,
    authCodeKey: input.authCodeKey,
    merchantId: input.merchantId,
    terminals: input.terminals,
    merchantName: input.merchantName,
    merchantCity: input.merchantCity,
    merchantPostalCode: input.merchantPostalCode,
    mcc: input.mcc,
    nmid: input.nmid,
    limits: previous?.limits ?? DEFAULT_LIMITS,
    createdAt: previous?.createdAt ?? now,
  };
  return store.atomically(() => {
    store.partners.put(partner);
    const current = store.balances.get(corporateAccount(partner.id))?.balanceMinor ?? 0;
    if (target !== undefined && target > current) {
      credit(store, corporateAccount(partner.id), target - current, `ADMIN-CREDIT-${partner.id}-${now}`, now);
    }
    return partner;
  });
}

export function partnerView(store: Store, partner: Partner): Record<string, unknown> {
  return {
    clientId: partner.id,
    name: partner.name,
    clientSecret: `${partner.clientSecret.slice(0, 4)}…(masked)`,
    publicKey: partner.publicKeyPem,
    notificationUrl: partner.notificationUrl ?? null,
    authCodeKey: partner.authCodeKey ? '***' : null,
    merchantId: partner.merchantId ?? null,
    ...merchantView(partner),
    corporateBalance: formatMinor(store.balances.get(corporateAccount(partner.id))?.balanceMinor ?? 0),
    createdAt: new Date(partner.createdAt).toISOString(),
  };
}

