import type { KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

export type Claims = Record<string, unknown> & { jti: string };

/** RS256 JWT with the claims given; iat/nbf/exp come from the caller's clock, not Date.now(). */
export function signJwt(privateKey: KeyObject, claims: Claims): string {
  return jwt.sign(claims, privateKey, { algorithm: 'RS256' });
}

/**
 * Checks signature and algorithm only. Expiry is decided by the session store (tokens slide on
 * use, and QA can move the clock), so exp/nbf are not enforced here.
 */
export function verifyJwt(publicKey: KeyObject, token: string): Claims | undefined {
  try {
    const claims = jwt.verify(token, publicKey, { algorithms: ['RS256'], ignoreExpiration: true, ignoreNotBefore: true });
    if (typeof claims !== 'object' || claims === null || typeof claims.jti !== 'string') return undefined;
    return claims as Claims;
  } catch {
    return undefined;
  }
}
