import { createRequire } from 'node:module';
import * as OpenApiValidator from 'express-openapi-validator';
import type { RequestHandler } from 'express';
import type { OpenApiDocument } from './openapi.js';

/** Request (and, in tests, response) validation against spec/: the only place shapes are checked. */
export function specValidator(document: OpenApiDocument, validateResponses: boolean): RequestHandler[] {
  memoiseRouteCompilation();
  compileOpenApiSchemaOnDemand();
  return OpenApiValidator.middleware({
    // Checking spec/ against the OpenAPI 3 schema compiles that whole schema: about a fifth of the
    // cold start. spec/ ships with the sandbox, so the tests' mode checks it and production trusts it.
    validateApiSpec: validateResponses,
    // The validator annotates the document it is given; hand it a copy.
    apiSpec: (validateResponses ? structuredClone(document) : withoutResponseSchemas(document)) as never,
    validateRequests: { allowUnknownQueryParameters: false },
    validateResponses: validateResponses ? { removeAdditional: false } : false,
    validateSecurity: false,
    ignoreUndocumented: false,
    $refParser: { mode: 'bundle' },
  }) as unknown as RequestHandler[];
}

/**
 * A copy whose operations document no answer. The validator compiles every response schema when it
 * starts, response checks on or off: about 100 ms of each boot, spent on schemas that are used
 * only when responses are checked (tests' mode). The request side is the same document.
 */
function withoutResponseSchemas(document: OpenApiDocument): OpenApiDocument {
  const copy = structuredClone(document);
  for (const item of Object.values(copy.paths)) {
    for (const op of Object.values(item)) {
      if (op && typeof op === 'object' && 'responses' in op) op.responses = { default: { description: 'not checked' } };
    }
  }
  return copy;
}

type Compiled = { readonly regexp: RegExp; readonly keys: readonly unknown[] };
type PathToRegexp = (path: unknown, options?: Record<string, unknown>) => Compiled;
interface PathToRegexpModule {
  pathToRegexp: PathToRegexp;
}

/** require() as express-openapi-validator's dist/index.js sees it: its modules and dependencies share the CommonJS cache. */
function eovRequire(id: string): unknown {
  const require = createRequire(import.meta.url);
  return createRequire(require.resolve('express-openapi-validator'))(id);
}

/** The path-to-regexp module instance express-openapi-validator requires. */
function eovPathToRegexp(): PathToRegexpModule {
  return eovRequire('path-to-regexp') as PathToRegexpModule;
}

interface SchemaChecker {
  validate(doc: unknown): { errors: unknown[] };
}
type SchemaCheckerClass = new (options: unknown) => SchemaChecker;

/** How often the OpenAPI 3 schema was really compiled (tests). */
export const openApiSchemaCompilations = { count: 0 };
let onDemand = false;

/**
 * express-openapi-validator compiles the whole OpenAPI 3 schema at start-up even with
 * validateApiSpec: false, when nothing will ever use it: about a sixth of the cold start. Its
 * framework creates that checker through the module's export when it starts, so the export is
 * swapped once for a class that compiles on the first validate() and then answers as before.
 */
function compileOpenApiSchemaOnDemand(): void {
  if (onDemand) return;
  onDemand = true;
  const mod = eovRequire('./framework/openapi.schema.validator') as { OpenAPISchemaValidator: SchemaCheckerClass };
  const Eager = mod.OpenAPISchemaValidator;
  mod.OpenAPISchemaValidator = class OnDemand implements SchemaChecker {
    private eager: SchemaChecker | undefined;
    constructor(private readonly options: unknown) {}
    validate(doc: unknown) {
      if (!this.eager) {
        openApiSchemaCompilations.count++;
        this.eager = new Eager(this.options);
      }
      return this.eager.validate(doc);
    }
  };
}

const MAX_CACHED_ROUTES = 1024;
let original: PathToRegexp | undefined;
/** Per route, the answer for each combination of the two flags the validator passes. */
const compiled = new Map<string, (Compiled | undefined)[]>();

/**
 * express-openapi-validator 5.6.2 (the latest release) finds a request's operation by calling
 * path-to-regexp's pathToRegexp() for every route of the spec, on every request (it was about a
 * tenth of a SNAP call's CPU when SNAP calls still went through it). Upstream PR #1217 caches it; until that ships, this wraps the function once
 * with a memo keyed by route and options. pathToRegexp is a pure function of those, and its
 * result ({ regexp, keys }, a regexp without the g/y flags, so exec() keeps no state) is only
 * read, so answers are identical. Only string routes whose options are nothing but the boolean
 * flags `sensitive` and `strict` (what the validator passes) are cached, for at most
 * MAX_CACHED_ROUTES routes (the sandbox's own API has ~20); anything else goes straight through.
 * Express's own router compiles its routes once at startup through match(), which this does not touch.
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
