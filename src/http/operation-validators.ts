import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

// CommonJS packages: under NodeNext their classes are the default export's `default`.
const AjvDraft04 = ajvDraft04.default;
const addFormats = ajvFormats.default;
import type { OpenApiDocument } from './openapi.js';

/**
 * One compiled check per SNAP operation, made from spec/ (headers and JSON body, the two things a
 * SNAP call carries), for the fast lane in http/snap-lane.ts. It only ever says "certainly valid":
 * anything it does not pass goes to express-openapi-validator, which has the last word and words
 * the error. So it is built with the validator's own settings (JSON Schema draft-04 for OpenAPI
 * 3.0, ajv options, ajv-formats in "fast" mode plus the OpenAPI number formats) to accept exactly
 * what the validator accepts; test/spec/fast-validation.test.ts holds the two to that.
 */
export interface RequestParts {
  headers: Record<string, unknown>;
  body: unknown;
}
export type FastCheck = (parts: RequestParts) => boolean;

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: unknown;
  $ref?: string;
}

const INT32 = 2 ** 31 - 1;
const INT64 = 2 ** 63 - 1;
/** The formats express-openapi-validator adds for OpenAPI (framework/ajv/formats.js). */
const OPENAPI_FORMATS = {
  int32: { type: 'number', validate: (i: number) => Number.isInteger(i) && i <= INT32 && i >= -INT32 - 1 },
  int64: { type: 'number', validate: (i: number) => Number.isInteger(i) && i <= INT64 && i >= -INT64 - 1 },
  float: { type: 'number', validate: (i: number) => typeof i === 'number' && Math.abs(i) <= (2 - 2 ** -23) * 2 ** 127 && (i === 0 || Math.abs(i) >= 2 ** -126) },
  double: { type: 'number', validate: (i: number) => typeof i === 'number' },
  byte: { type: 'string', validate: (b: string) => b.length % 4 === 0 && /^[A-Za-z0-9+/]*(=|==)?$/.test(b) },
  binary: { type: 'string', validate: () => true },
  password: { type: 'string', validate: () => true },
} as const;

function resolveLocal<T>(document: OpenApiDocument, ref: string): T {
  if (!ref.startsWith('#/')) throw new Error(`spec: only local $refs are supported here, got ${ref}`);
  let node: unknown = document;
  for (const part of ref.slice(2).split('/')) node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (node === undefined) throw new Error(`spec: ${ref} does not resolve`);
  return node as T;
}

/** The operation's request as one JSON Schema over {headers, body}; refs resolve into the embedded components. */
export function requestSchema(document: OpenApiDocument, path: string, method: string): Record<string, unknown> {
  const operation = document.paths[path]?.[method];
  if (!operation) throw new Error(`spec: no ${method.toUpperCase()} ${path}`);
  const parameters = ((operation.parameters ?? []) as Parameter[]).map((p) => (p.$ref ? resolveLocal<Parameter>(document, p.$ref) : p));
  const headers = parameters.filter((p) => p.in === 'header');
  if (parameters.some((p) => p.in !== 'header')) throw new Error(`spec: ${method.toUpperCase()} ${path} has non-header parameters; the fast lane only checks headers`);
  const body = operation.requestBody?.content?.['application/json'] as { schema?: unknown } | undefined;
  const requestBody = operation.requestBody as { required?: boolean } | undefined;
  return {
    type: 'object',
    required: ['headers', ...(requestBody?.required ? ['body'] : [])],
    properties: {
      headers: {
        type: 'object',
        required: headers.filter((h) => h.required).map((h) => h.name.toLowerCase()),
        properties: Object.fromEntries(headers.map((h) => [h.name.toLowerCase(), h.schema ?? {}])),
      },
      body: body?.schema ?? {},
    },
    components: document.components,
  };
}

/** Compiles each operation's check on its first call and keeps it (the validator is lazy the same way). */
export class OperationValidators {
  private readonly ajv: InstanceType<typeof AjvDraft04>;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument) {
    this.ajv = new AjvDraft04({ strict: false, strictNumbers: true, strictTuples: true, allowUnionTypes: false, validateSchema: false, coerceTypes: false, useDefaults: true, removeAdditional: false, allErrors: false });
    for (const [name, format] of Object.entries(OPENAPI_FORMATS)) this.ajv.addFormat(name, format as never);
    addFormats(this.ajv as never, { mode: 'fast' });
  }

  check(path: string, method: string): FastCheck {
    const key = `${method} ${path}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(requestSchema(this.document, path, method)) as ValidateFunction;
      this.compiled.set(key, validate);
    }
    return validate as FastCheck;
  }
}
