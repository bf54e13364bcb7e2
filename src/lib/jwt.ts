import type { KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

export type Claims = Readonly<Record<string, unknown> & { jti: string }>;

/** RS256 JWT with the claims given; iat/nbf/exp come from the caller's clock, not Date.now(). */
export function signJwt(privateKey: KeyObject, claims: Claims): string {
  return jwt.sign(claims, privateKey, { algorithm: 'RS256' });
}

/**
 * The last tokens that passed RSA verification, per public key, most recently used last. A
 * partner sends the same bearer token on every call, and verifying RS256 again is ~8 % of a SNAP
 * call's CPU. Verification is a pure function of (key, token string), so a hit answers exactly
 * what verifying would. Only successes are kept, at most `capacity` per key (least recently used
 * goes first). Whether the token is still live (superseded, revoked, expired, or gone after a
 * reset) is never cached: the session store decides that on every call.
 */
export class VerifiedTokens {
  private readonly tokens = new Map<string, Claims>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.tokens.size;
  }

  get(token: string): Claims | undefined {
    const claims = this.tokens.get(token);
    if (claims) {
      this.tokens.delete(token);
      this.tokens.set(token, claims);
    }
    return claims;
  }

  add(token: string, claims: Claims): void {
    this.tokens.delete(token);
    this.tokens.set(token, claims);
    if (this.tokens.size > this.capacity) this.tokens.delete(this.tokens.keys().next().value!);
  }

  delete(token: string): void {
    this.tokens.delete(token);
  }
}

export const VERIFIED_TOKENS_PER_KEY = 1024;
const verified = new WeakMap<KeyObject, VerifiedTokens>();

/** For tests: the cache of one public key. */
export function verifiedTokens(publicKey: KeyObject): VerifiedTokens | undefined {
  return verified.get(publicKey);
}

/**
 * Checks signature and algorithm only. Expiry is decided by the session store (tokens slide on
 * use, and QA can move the clock), so exp/nbf are not enforced here. The claims are frozen: a
 * cached answer is shared by every call that presents the same token.
 */
export function verifyJwt(publicKey: KeyObject, token: string): Claims | undefined {
  let cache = verified.get(publicKey);
  const hit = cache?.get(token);
  if (hit) return hit;
  let claims: unknown;
  try {
    claims = jwt.verify(token, publicKey, { algorithms: ['RS256'], ignoreExpiration: true, ignoreNotBefore: true });
  } catch {
    return undefined;
  }
  if (typeof claims !== 'object' || claims === null || typeof (claims as { jti?: unknown }).jti !== 'string') return undefined;
  const frozen = Object.freeze(claims as Claims);
  if (!cache) verified.set(publicKey, (cache = new VerifiedTokens(VERIFIED_TOKENS_PER_KEY)));
  cache.add(token, frozen);
  return frozen;
}

/** Drops a token from the cache once the store has no session for it (superseded, revoked, reset). */
export function forgetJwt(publicKey: KeyObject, token: string): void {
  verified.get(publicKey)?.delete(token);
}
