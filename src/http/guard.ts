import type { Request } from 'express';
import type { SandboxContext } from '../context.js';
import { SnapError } from '../errors/snap-error.js';
import type { AccessToken, ExternalIdUse, Partner } from '../ledger/model.js';
import { checkAccessToken, slideExpiry } from '../ledger/sessions.js';
import { key } from '../ledger/store.js';
import { hmacSha512Base64, parsePublicKey, rsaVerifyBase64, safeEqual } from '../lib/crypto.js';
import { parseZonedTime, wibDay } from '../lib/time.js';
import type { SnapOperation } from './openapi.js';
import { diagnoseSymmetric, symmetricSignatureMatches } from './signature-diagnostics.js';

/**
 * The SNAP guard. Token calls are checked with the partner's RSA key; transactional calls with
 * the B2B token, X-PARTNER-ID, X-TIMESTAMP, the HMAC signature, X-EXTERNAL-ID and, where the
 * endpoint acts for a customer, the B2B2C token. Header shapes were already checked by spec/.
 */
export interface Authenticated {
  partner: Partner;
  customer?: { accountId: string; bindingId?: string };
  externalId?: string;
  /** The X-EXTERNAL-ID use this call recorded (store.externalIds id). */
  externalKey?: string;
}

/** 409xx00: X-EXTERNAL-ID already used today. The endpoint may answer a same-body repeat instead (http/repeat-answer.ts). */
export class ExternalIdConflict extends SnapError {
  constructor(readonly previous: ExternalIdUse) {
    super('Conflict');
  }
}

function header(req: Request, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

function bearer(value: string | undefined): string | undefined {
  const match = value?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1];
}

/**
 * The customer token: `Bearer <jwt>`, or the bare value, which is what DOKU's Node SDK sends on its
 * direct-debit calls (`_commons/requestHeader.js` puts the token itself in Authorization-customer).
 * Absent or empty ("Bearer" alone) is no token; anything else is checked as a token, so a bare
 * value that is not one is refused (401xx01) wherever it is sent, as an unknown Bearer token is.
 */
function customerBearer(value: string | undefined): string | undefined {
  const sent = value?.trim();
  if (!sent || /^Bearer$/i.test(sent)) return undefined;
  return bearer(sent) ?? sent;
}

function checkTimestamp(timestamp: string, ctx: SandboxContext): void {
  const sent = parseZonedTime(timestamp);
  if (sent === undefined) throw new SnapError('InvalidFieldFormat', 'X-TIMESTAMP');
  const now = ctx.clock.now();
  const skewSeconds = Math.abs(now - sent) / 1000;
  if (skewSeconds > ctx.config.timestampSkewSeconds) {
    throw new SnapError('Unauthorized', 'Invalid Timestamp').withDiagnostics({
      differs: 'timestamp',
      hint: `X-TIMESTAMP is ${Math.round(skewSeconds)} s from the sandbox clock (${new Date(now).toISOString()}); at most ${ctx.config.timestampSkewSeconds} s is accepted`,
    });
  }
}

/** Token endpoints: X-SIGNATURE = base64(SHA256withRSA(clientId + "|" + X-TIMESTAMP)). */
export function authenticateTokenRequest(req: Request, ctx: SandboxContext, identified: (partnerId: string) => void = () => {}): Authenticated {
  const clientId = header(req, 'X-CLIENT-KEY') ?? '';
  const timestamp = header(req, 'X-TIMESTAMP') ?? '';
  const signature = header(req, 'X-SIGNATURE') ?? '';
  const partner = ctx.store.partners.get(clientId);
  if (!partner) {
    throw new SnapError('Unauthorized', 'Unknown Client').withDiagnostics({
      differs: 'client',
      hint: `X-CLIENT-KEY ${clientId} is not a registered partner (fixtures/partners.json or POST /admin/partners)`,
    });
  }
  identified(partner.id);
  checkTimestamp(timestamp, ctx);
  const expectedStringToSign = `${clientId}|${timestamp}`;
  const key = parsePublicKey(partner.publicKeyPem);
  if (key && rsaVerifyBase64(key, expectedStringToSign, signature)) return { partner };

  const diagnostics: Record<string, unknown> = { expectedStringToSign, hint: 'not signed by the private key matching the partner\'s registered public key, or not over clientId|X-TIMESTAMP' };
  const bytes = Buffer.from(signature, 'base64').length;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(signature)) Object.assign(diagnostics, { differs: 'encoding', hint: 'X-SIGNATURE must be standard base64' });
  else if (safeEqual(hmacSha512Base64(partner.clientSecret, expectedStringToSign), signature)) {
    Object.assign(diagnostics, { differs: 'algorithm', hint: 'token calls are signed with SHA256withRSA (the private key), not HMAC with the client secret' });
  } else if (key && bytes !== (key.asymmetricKeyDetails?.modulusLength ?? 0) / 8) {
    Object.assign(diagnostics, { differs: 'encoding', hint: `the signature is ${bytes} bytes; the registered key makes ${(key.asymmetricKeyDetails?.modulusLength ?? 0) / 8}-byte signatures` });
  }
  throw new SnapError('Unauthorized', 'Invalid Signature').withDiagnostics(diagnostics);
}

/** Transactional endpoints under /snap-adapter: B2B token, partner, timestamp, HMAC, external id, customer token. */
export function authenticateTransactional(
  req: Request,
  op: SnapOperation,
  ctx: SandboxContext,
  rawBody: string,
  identified: (partnerId: string) => void = () => {},
): Authenticated {
  const now = ctx.clock.now();
  // Missing, empty ("Bearer" alone, as DOKU's demo sends before it has a token), unknown, expired or
  // replaced: all 401xx01, the code DOKU's demo apps answer by fetching a token (docs/fidelity.md).
  const accessToken = bearer(header(req, 'Authorization'));
  if (!accessToken) throw new SnapError('InvalidToken').withDiagnostics({ differs: 'token', hint: 'no B2B token: send Authorization: Bearer <B2B accessToken>' });
  const b2b = checkAccessToken(ctx.store, ctx.keys, accessToken, 'b2b', now);
  if (!b2b.ok) throw new SnapError('InvalidToken').withDiagnostics({ differs: 'token', hint: b2b.reason });

  const partnerId = header(req, 'X-PARTNER-ID') ?? '';
  const partner = ctx.store.partners.get(b2b.token.clientId);
  if (!partner) throw new SnapError('InvalidToken').withDiagnostics({ hint: 'the token\'s partner no longer exists' });
  // Known from here on, so the journal names the partner even when a later check refuses the call.
  identified(partner.id);
  if (partnerId !== partner.id) {
    throw new SnapError('Unauthorized', 'Invalid X-PARTNER-ID').withDiagnostics({
      differs: 'partner',
      hint: `X-PARTNER-ID ${partnerId} differs from the client the B2B token was issued to (${partner.id})`,
    });
  }

  const timestamp = header(req, 'X-TIMESTAMP') ?? '';
  checkTimestamp(timestamp, ctx);
  const signature = header(req, 'X-SIGNATURE') ?? '';
  const customerJwt = customerBearer(header(req, 'Authorization-Customer'));
  const parts = { method: req.method, path: req.originalUrl, accessToken, rawBody, timestamp, clientSecret: partner.clientSecret, customerToken: customerJwt };
  if (!symmetricSignatureMatches(parts, signature)) {
    throw new SnapError('Unauthorized', 'Invalid Signature').withDiagnostics({ ...diagnoseSymmetric(parts, signature) });
  }

  let customer: AccessToken | undefined;
  if (op.customerToken !== 'none') {
    if (!customerJwt) {
      if (op.customerToken === 'required') {
        throw new SnapError('RejectedCustomerToken').withDiagnostics({ differs: 'customer-token', hint: 'no customer token: send Authorization-Customer: Bearer <B2B2C accessToken>' });
      }
    } else {
      const check = checkAccessToken(ctx.store, ctx.keys, customerJwt, 'b2b2c', now);
      if (!check.ok) throw new SnapError('RejectedCustomerToken').withDiagnostics({ differs: 'customer-token', hint: check.reason });
      if (check.token.clientId !== partner.id) {
        throw new SnapError('RejectedCustomerToken').withDiagnostics({ differs: 'customer-token', hint: 'the customer token belongs to another partner' });
      }
      customer = check.token;
    }
  }

  const externalId = header(req, 'X-EXTERNAL-ID') ?? '';
  const externalKey = key(partner.id, wibDay(now), externalId);
  const used = ctx.store.externalIds.get(externalKey);
  if (used) {
    throw new ExternalIdConflict(used).withDiagnostics({ hint: `X-EXTERNAL-ID ${externalId} was already used today (Asia/Jakarta) by ${partner.id}` });
  }

  ctx.store.atomically(() => {
    ctx.store.externalIds.put({ id: externalKey, at: now });
    slideExpiry(ctx.store, b2b.token, now, ctx.config.tokenTtlSeconds);
    if (customer) slideExpiry(ctx.store, customer, now, ctx.config.tokenTtlSeconds);
  });
  return {
    partner,
    externalId,
    externalKey,
    customer: customer ? { accountId: customer.accountId!, bindingId: customer.bindingId } : undefined,
  };
}
