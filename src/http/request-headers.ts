import type { Request } from 'express';

/**
 * The request's headers as single strings under their lower-case names, for handlers and scenario
 * matchers. Node already joins repeated headers except Set-Cookie, which is joined here the same way.
 */
export function lowerHeaders(req: Request): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}
