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
const compiled = new Map<string, Compiled>();

/**
 * express-openapi-validator 5.6.2 (the latest release) finds a request's operation by calling
 * path-to-regexp's pathToRegexp() for every route of the spec, on every request: about a sixth of
 * a SNAP call's CPU. Upstream PR #1217 caches it; until that ships, this wraps the function once
 * with a memo keyed by route and options. pathToRegexp is a pure function of those, and its
 * result ({ regexp, keys }, a regexp without the g/y flags, so exec() keeps no state) is only
 * read, so answers are identical. Only string routes with primitive options are cached, at most
 * MAX_CACHED_ROUTES of them (the spec has ~70); anything else goes straight through. Express's
 * own router compiles its routes once at startup through match(), which this does not touch.
 */
export function memoiseRouteCompilation(): void {
  const mod = eovPathToRegexp();
  if (original) return;
  original = mod.pathToRegexp;
  const uncached: PathToRegexp = original;
  mod.pathToRegexp = (path, options = {}) => {
    const key = routeCompilation.enabled ? cacheKey(path, options) : undefined;
    if (key === undefined) return uncached(path, options);
    let hit = compiled.get(key);
    if (!hit) {
      const fresh = uncached(path, options);
      hit = Object.freeze({ regexp: fresh.regexp, keys: Object.freeze(fresh.keys) });
      if (compiled.size < MAX_CACHED_ROUTES) compiled.set(key, hit);
    }
    return hit;
  };
}

/** path + options as a key; undefined (not cached) for non-string routes or non-primitive options. */
function cacheKey(path: unknown, options: Record<string, unknown>): string | undefined {
  if (typeof path !== 'string') return undefined;
  let key = path;
  for (const name in options) {
    const value = options[name];
    if (value === undefined) continue;
    if (value === null || typeof value === 'object' || typeof value === 'function') return undefined;
    key += `\u0000${name}=${typeof value}:${String(value)}`;
  }
  return key;
}

/** For tests: the unwrapped function, how many routes are cached, and a switch to bypass the memo. */
export const routeCompilation = {
  enabled: true,
  original: (): PathToRegexp | undefined => original,
  cachedRoutes: (): number => compiled.size,
  current: (): PathToRegexp => eovPathToRegexp().pathToRegexp,
};
