import { generateKeyPair, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import type { Seed } from '../fixtures/seed.js';
import { digits } from '../lib/ids.js';

const generateRsa = promisify(generateKeyPair);

/** What the sandbox keeps of a tenant's own partner: enough to seed it again (reset, restart). */
export interface TenantPartner {
  clientId: string;
  clientSecret: string;
  publicKeyPem: string;
}

/** A fresh partner as its creator gets it, once: with the private key the sandbox never keeps. */
export interface FreshPartner extends TenantPartner {
  privateKeyPem: string;
}

/**
 * A partner for a new tenant, with a clientId shaped like DOKU's (BRN-0001-1732500000001) that no
 * tenant uses, a TEST-ONLY secret and its own 2048-bit RSA key pair, generated off the event loop
 * (about 0.2 s of one core) so other tenants' calls go on meanwhile.
 */
export async function freshPartner(taken: (clientId: string) => boolean): Promise<FreshPartner> {
  let clientId: string;
  do clientId = `BRN-${digits(4)}-${digits(13)}`;
  while (taken(clientId));
  const { publicKey, privateKey } = await generateRsa('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { clientId, clientSecret: `SK-TEST-ONLY-${randomBytes(24).toString('base64url')}`, publicKeyPem: publicKey, privateKeyPem: privateKey };
}

/**
 * What a tenant starts with, and returns to on reset: the fixtures, each fixture partner replaced
 * by the tenant's own (same name, limits, merchant fields and corporate balance; its own clientId,
 * secret and key), and the fixture wallets bound to it as they are to the fixture partner, with
 * the same authCodes. So a test written against the default tenant runs unchanged in a new one
 * once it signs as the tenant's partner.
 */
export function tenantSeed(fixtures: Seed, partners: TenantPartner[]): Seed {
  const renamed = new Map(fixtures.partners.map((p, i) => [p.clientId, partners[i]!.clientId]));
  return {
    partners: fixtures.partners.map((p, i) => ({ ...p, ...partners[i]!, privateKeyPem: undefined })),
    wallets: fixtures.wallets.map((w) => ({ ...w, bindings: w.bindings?.map((b) => ({ ...b, clientId: renamed.get(b.clientId) ?? b.clientId })) })),
    bankAccounts: fixtures.bankAccounts,
  };
}
