import { createRequire } from 'node:module';
import * as OpenApiValidator from 'express-openapi-validator';
import type { RequestHandler } from 'express';
import type { OpenApiDocument } from './openapi.js';

/** Request (and, in tests, response) validation against spec/: the only place shapes are checked. */
export function specValidator(document: OpenApiDocument, validateResponses: boolean): RequestHandler[] {
  memoiseRouteCompilation();
  return OpenApiValidator.middleware({
    // The validator annotates the document it is given; hand it a copy.
    apiSpec: structuredClone(document) as never,
    validateRequests: { allowUnknownQueryParameters: false },
    validateResponses: validateResponses ? { removeAdditional: false } : false,
    validateSecurity: false,
    ignoreUndocumented: false,
    $refParser: { mode: 'bundle' },
  }) as unknown as RequestHandler[];
}

type Compiled = { readonly regexp: RegExp; readonly keys: readonly unknown[] };
type PathToRegexp = (path: unknown, options?: Record<string, unknown>) => Compiled;
interface PathToRegexpModule {
  pathToRegexp: PathToRegexp;
}

/** The path-to-regexp module instance express-openapi-validator requires (the CommonJS cache shares it). */
function eovPathToRegexp(): PathToRegexpModule {
  const require = createRequire(import.meta.url);
  return createRequire(require.resolve('express-openapi-validator'))('path-to-regexp') as PathToRegexpModule;
}

const MAX_CACHED_ROUTES = 1024;
let original: PathToRegexp | undefined;
/** Per route, the answer for each combination of the two flags the validator passes. */
const compiled = new Map<string, (Compiled | undefined)[]>();

/**
 * express-openapi-validator 5.6.2 (the latest release) finds a request's operation by calling
 * path-to-regexp's pathToRegexp() for every route of the spec, on every request: about a tenth of
 * a SNAP call's CPU. Upstream PR #1217 caches it; until that ships, this wraps the function once
 * with a memo keyed by route and options. pathToRegexp is a pure function of those, and its
 * result ({ regexp, keys }, a regexp without the g/y flags, so exec() keeps no state) is only
 * read, so answers are identical. Only string routes whose options are nothing but the boolean
 * flags `sensitive` and `strict` (what the validator passes) are cached, for at most
 * MAX_CACHED_ROUTES routes (the spec has ~70); anything else goes straight through. Express's own
 * router compiles its routes once at startup through match(), which this does not touch.
 */
export function memoiseRouteCompilation(): void {
  const mod = eovPathToRegexp();
  if (original) return;
  original = mod.pathToRegexp;
  const uncached: PathToRegexp = original;
  mod.pathToRegexp = (path, options = {}) => {
    const slot = routeCompilation.enabled && typeof path === 'string' ? flagSlot(options) : -1;
    if (slot < 0) return uncached(path, options);
    let answers = compiled.get(path as string);
    const hit = answers?.[slot];
    if (hit) return hit;
    const fresh = uncached(path, options);
    const frozen = Object.freeze({ regexp: fresh.regexp, keys: Object.freeze(fresh.keys) });
    if (!answers && compiled.size < MAX_CACHED_ROUTES) compiled.set(path as string, (answers = []));
    if (answers) answers[slot] = frozen;
    return frozen;
  };
}

/** 0–3 for options made only of boolean (or absent) `sensitive` and `strict`; -1 for anything else. */
function flagSlot(options: Record<string, unknown>): number {
  for (const name in options) {
    if (name !== 'sensitive' && name !== 'strict') return -1;
    const value = options[name];
    if (value !== undefined && typeof value !== 'boolean') return -1;
  }
  return (options.sensitive ? 2 : 0) + (options.strict ? 1 : 0);
}

/** For tests: the unwrapped function, how many routes are cached, and a switch to bypass the memo. */
export const routeCompilation = {
  enabled: true,
  original: (): PathToRegexp | undefined => original,
  cachedRoutes: (): number => compiled.size,
  current: (): PathToRegexp => eovPathToRegexp().pathToRegexp,
};
