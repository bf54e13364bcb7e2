import type { SigningKeys } from '../context.js';
import { uuid } from '../lib/ids.js';
import { forgetJwt, signJwt, verifyJwt } from '../lib/jwt.js';
import type { AccessToken, Partner, RefreshToken, TokenPolicy } from './model.js';
import type { Store } from './store.js';

/**
 * Access-token sessions, as DOKU runs them: a token lives `ttl` seconds and every successful use
 * slides its expiry. Under the latest-only policy (DOKU's "the latest access token is processed")
 * issuing a new token replaces the previous one of the same client (B2B) or client + account
 * (B2B2C); under concurrent, earlier tokens live on until their own expiry (expired ones are
 * dropped when the next token is issued).
 */
export const REFRESH_TOKEN_TTL_SECONDS = 15 * 24 * 3600;

interface IssueRequest {
  kind: AccessToken['kind'];
  clientId: string;
  accountId?: string;
  bindingId?: string;
  now: number;
  ttlSeconds: number;
  policy: TokenPolicy;
}

/** The partner's own policy, else the sandbox's (TOKEN_POLICY). */
export function tokenPolicyOf(partner: Partner, fallback: TokenPolicy): TokenPolicy {
  return partner.tokenPolicy ?? fallback;
}

export function issueAccessToken(store: Store, keys: SigningKeys, request: IssueRequest): { jwt: string; token: AccessToken } {
  const { kind, clientId, accountId, bindingId, now, ttlSeconds, policy } = request;
  const previous =
    kind === 'b2b'
      ? store.accessTokens.allBy('b2bClient', clientId)
      : store.accessTokens.allBy('b2b2cClientAccount', `${clientId}|${accountId}`);
  for (const old of previous) {
    if (policy === 'latest-only' || now >= old.expiresAt) store.accessTokens.delete(old.id);
  }

  const token: AccessToken = { id: uuid(), kind, clientId, accountId, bindingId, issuedAt: now, expiresAt: now + ttlSeconds * 1000 };
  store.accessTokens.put(token);
  const iat = Math.floor(now / 1000);
  const jwt = signJwt(keys.privateKey, {
    iss: 'DOKU',
    clientId,
    ...(accountId ? { accountId } : {}),
    iat,
    nbf: iat,
    exp: iat + ttlSeconds,
    jti: token.id,
  });
  return { jwt, token };
}

/**
 * Latest-only: the binding's earlier refresh tokens are retired. Concurrent: they live on, but the
 * one just used for this refresh (spent) is retired, as are expired ones.
 */
export function issueRefreshToken(
  store: Store,
  keys: SigningKeys,
  request: { clientId: string; accountId: string; bindingId: string; now: number; policy: TokenPolicy; spent?: string },
): { jwt: string; token: RefreshToken } {
  const { policy, spent, ...fields } = request;
  for (const old of store.refreshTokens.allBy('binding', request.bindingId)) {
    if (policy === 'latest-only' || old.id === spent || request.now >= old.expiresAt) store.refreshTokens.delete(old.id);
  }
  const token: RefreshToken = { id: uuid(), ...fields, expiresAt: request.now + REFRESH_TOKEN_TTL_SECONDS * 1000 };
  delete (token as Partial<typeof fields>).now;
  store.refreshTokens.put(token);
  const iat = Math.floor(request.now / 1000);
  const jwt = signJwt(keys.privateKey, {
    iss: 'DOKU',
    typ: 'refresh',
    clientId: request.clientId,
    accountId: request.accountId,
    iat,
    nbf: iat,
    exp: iat + REFRESH_TOKEN_TTL_SECONDS,
    jti: token.id,
  });
  return { jwt, token };
}

export type TokenCheck<T> = { ok: true; token: T } | { ok: false; reason: string };

/** Finds the live session behind a bearer JWT, or says why there is none. Changes nothing. */
export function checkAccessToken(store: Store, keys: SigningKeys, jwt: string, kind: AccessToken['kind'], now: number): TokenCheck<AccessToken> {
  const claims = verifyJwt(keys.publicKey, jwt);
  if (!claims) return { ok: false, reason: 'not a token issued by this sandbox (bad JWT or signature)' };
  const token = store.accessTokens.get(claims.jti);
  if (!token) {
    forgetJwt(keys.publicKey, jwt);
    return { ok: false, reason: 'superseded by a newer token, revoked, or unknown after a reset' };
  }
  if (token.kind !== kind) return { ok: false, reason: `a ${token.kind.toUpperCase()} token was sent where a ${kind.toUpperCase()} token is needed` };
  if (now >= token.expiresAt) return { ok: false, reason: `expired at ${new Date(token.expiresAt).toISOString()} after inactivity` };
  return { ok: true, token };
}

export function checkRefreshToken(store: Store, keys: SigningKeys, jwt: string, now: number): TokenCheck<RefreshToken> {
  const claims = verifyJwt(keys.publicKey, jwt);
  const token = claims ? store.refreshTokens.get(claims.jti) : undefined;
  if (!token) {
    if (claims) forgetJwt(keys.publicKey, jwt);
    return { ok: false, reason: 'unknown, superseded or revoked refresh token' };
  }
  if (now >= token.expiresAt) return { ok: false, reason: 'refresh token expired' };
  return { ok: true, token };
}

/** A successful use keeps the session alive for another ttl. */
export function slideExpiry(store: Store, token: AccessToken, now: number, ttlSeconds: number): void {
  store.accessTokens.put({ ...token, expiresAt: now + ttlSeconds * 1000 });
}

/** Ends every session of a binding (unbinding): its customer and refresh tokens stop working. */
export function revokeBindingSessions(store: Store, bindingId: string): void {
  for (const t of store.accessTokens.allBy('binding', bindingId)) store.accessTokens.delete(t.id);
  for (const t of store.refreshTokens.allBy('binding', bindingId)) store.refreshTokens.delete(t.id);
}
