import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { externalId, snapTimestamp, tokenSignature } from '../../src/client/signing.js';
import { ROOT } from './seed.js';

/**
 * Signs benchmark requests as a partner would. Tokens are fetched once per sandbox; every use
 * slides their 900 s expiry, and each request carries its own X-TIMESTAMP, so neither runs out
 * mid-run.
 */
export interface Signer {
  headers(path: string, body: string, customer: boolean): Record<string, string>;
  /** The same B2B token (a new one would supersede it) with the customer token of another authCode. */
  withCustomer(authCode: string): Promise<Signer>;
}

export interface BenchPartner {
  clientId: string;
  clientSecret: string;
  privateKeyPem: string;
}

const partners = JSON.parse(readFileSync(join(ROOT, 'fixtures/partners.json'), 'utf8')) as { partners: { clientId: string; clientSecret: string; privateKeyFile: string }[] };
/** The default partner of fixtures/partners.json (TEST-ONLY credentials). */
export const FIXTURE_PARTNER: BenchPartner = { ...partners.partners[0]!, privateKeyPem: readFileSync(join(ROOT, 'fixtures', partners.partners[0]!.privateKeyFile), 'utf8') };

async function token(url: string, path: string, body: unknown, partner: BenchPartner): Promise<string> {
  const { privateKeyPem } = partner;
  const timestamp = snapTimestamp();
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CLIENT-KEY': partner.clientId, 'X-TIMESTAMP': timestamp, 'X-SIGNATURE': tokenSignature(privateKeyPem, partner.clientId, timestamp) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const json = (await res.json()) as { accessToken?: string };
  if (res.status !== 200 || !json.accessToken) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
  return json.accessToken;
}

export async function signer(url: string, authCode: string, partner: BenchPartner = FIXTURE_PARTNER, b2bToken?: string): Promise<Signer> {
  const b2b = b2bToken ?? (await token(url, '/authorization/v1/access-token/b2b', { grantType: 'client_credentials' }, partner));
  const customer = await token(url, '/authorization/v1/access-token/b2b2c', { grantType: 'authorization_code', authCode }, partner);
  return {
    headers(path, body, withCustomer) {
      const timestamp = snapTimestamp();
      const bodyHash = createHash('sha256').update(body).digest('hex');
      return {
        'content-type': 'application/json',
        authorization: `Bearer ${b2b}`,
        ...(withCustomer ? { 'authorization-customer': `Bearer ${customer}` } : {}),
        'x-partner-id': partner.clientId,
        'x-external-id': externalId(),
        'x-timestamp': timestamp,
        'x-signature': createHmac('sha512', partner.clientSecret).update(`POST:${path}:${b2b}:${bodyHash}:${timestamp}`).digest('base64'),
      };
    },
    withCustomer: (code) => signer(url, code, partner, b2b),
  };
}
