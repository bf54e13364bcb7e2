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

const REQUEST = Symbol('request');

/** The one prototype of every object withLazyHeaders makes. */
const lazyHeaders = {
  get headers(): Record<string, string | undefined> {
    return lowerHeaders((this as unknown as { [REQUEST]: Request })[REQUEST]);
  },
};

/**
 * fields plus `headers`, built from req on first read (most readers never ask). Not a getter in an
 * object literal: V8 (Node 20) builds such an object in dictionary mode through its runtime, and
 * everything the getter's closure reached, here the whole request, then survived young-generation
 * GCs and was promoted: ~1 MB per scavenge under load, two thirds of all promotion
 * (`node --trace-gc-nvp`; a ten-line loop shows the same). A getter on one shared prototype does not.
 */
export function withLazyHeaders<T extends object>(fields: T, req: Request): T & { readonly headers: Record<string, string | undefined> } {
  return Object.assign(Object.create(lazyHeaders) as { [REQUEST]: Request }, fields, { [REQUEST]: req }) as unknown as T & {
    readonly headers: Record<string, string | undefined>;
  };
}
