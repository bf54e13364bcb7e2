import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { loadSpec, sandboxOwnApi, type OpenApiDocument, type OpenApiOperation } from '../../src/http/openapi.js';

const AjvDraft04 = ajvDraft04.default;
const addFormats = ajvFormats.default;

/**
 * The merged spec/ and JSON Schema checks made from it, for examples shown outside the spec (docs,
 * dashboard) and for the spec's own response, parameter and schema examples. Same engine and
 * settings as the validator (draft-04, ajv-formats); OpenAPI's `nullable` becomes a null type.
 */
export const spec = loadSpec();
export const document: OpenApiDocument = spec.document;

export const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export interface FoundOperation {
  path: string; // the template in spec/
  method: string;
  op: OpenApiOperation;
}

/** spec/'s paths and those its `x-mirrors` serve too (/admin/tenants/{tenantId}/…), as the server validates them. */
const served: OpenApiDocument['paths'] = { ...sandboxOwnApi(document).paths, ...document.paths };

const templates = Object.keys(served).map((path) => ({
  path,
  regexp: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/** The operation serving `method path` (a concrete path, or a template as written in spec/). */
export function findOperation(method: string, path: string): FoundOperation | undefined {
  const exact = served[path]?.[method];
  if (exact) return { path, method, op: exact };
  for (const t of templates) {
    const op = served[t.path]?.[method];
    if (op && t.regexp.test(path)) return { path: t.path, method, op };
  }
  return undefined;
}

function resolve<T>(node: unknown): T {
  let value = node as { $ref?: string };
  while (value && typeof value === 'object' && typeof value.$ref === 'string') {
    let target: unknown = document;
    for (const part of value.$ref.slice(2).split('/')) target = (target as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    value = target as { $ref?: string };
  }
  return value as T;
}

interface Parameter {
  name: string;
  in: string;
  schema?: unknown;
}

export function parameters(found: FoundOperation): Parameter[] {
  const item = served[found.path] as Record<string, unknown>;
  return [...((item.parameters as unknown[]) ?? []), ...((found.op.parameters as unknown[]) ?? [])].map((p) => resolve<Parameter>(p));
}

/** Header names a request may carry: the operation's header parameters and its security schemes' headers. */
export function declaredHeaders(found: FoundOperation): Set<string> {
  const names = parameters(found).filter((p) => p.in === 'header').map((p) => p.name.toLowerCase());
  const schemes = (document.components.securitySchemes ?? {}) as Record<string, { type?: string; in?: string; name?: string; scheme?: string }>;
  for (const requirement of (found.op.security as Record<string, unknown>[] | undefined) ?? []) {
    for (const name of Object.keys(requirement)) {
      const scheme = schemes[name];
      if (scheme?.type === 'apiKey' && scheme.in === 'header' && scheme.name) names.push(scheme.name.toLowerCase());
      if (scheme?.type === 'http') names.push('authorization');
    }
  }
  return new Set(names);
}

/** OpenAPI 3.0 → JSON Schema draft-04: `nullable: true` adds the null type; refs point into the components added once. */
function jsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(jsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'examples') out[key] = value;
    else if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) out[key] = `spec${value}`;
    else out[key] = jsonSchema(value);
  }
  if (out.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  }
  return out;
}

const ajv = new AjvDraft04({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv as never, { mode: 'fast' });
ajv.addSchema({ components: jsonSchema(document.components) } as never, 'spec');

/** Problems of `value` against an OpenAPI schema of spec/ (empty when valid). */
export function schemaProblems(schema: unknown, value: unknown): string[] {
  const validate = ajv.compile(jsonSchema(schema) as never);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
}

type Media = Record<string, { schema?: unknown }>;

export function requestBodySchema(found: FoundOperation, contentType = 'application/json'): unknown {
  const body = resolve<{ content?: Media }>(found.op.requestBody);
  return body?.content?.[contentType]?.schema;
}

/** The schema of the answer with this HTTP status (its own entry, else `default`). */
export function responseSchema(found: FoundOperation, status: number, contentType = 'application/json'): unknown {
  const responses = (found.op.responses ?? {}) as Record<string, unknown>;
  const response = resolve<{ content?: Media }>(responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default);
  return response?.content?.[contentType]?.schema;
}
