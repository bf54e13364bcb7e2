import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { SnapError } from '../errors/snap-error.js';
import { fieldName } from './error-handler.js';
import type { OpenApiDocument, SnapOperation } from './openapi.js';

// CommonJS packages: under NodeNext their classes are the default export's `default`.
const AjvDraft04 = ajvDraft04.default;
const addFormats = ajvFormats.default;

/**
 * The one validator of SNAP calls (http/snap-door.ts): per operation, its request (headers and
 * JSON body, the two things a SNAP call carries) and, in the tests' mode, its answers, compiled
 * from spec/. It is built as express-openapi-validator builds its checks (which still validates
 * /admin and /health): JSON Schema draft-04 for OpenAPI 3.0, the same ajv options, ajv-formats in
 * "fast" mode plus the OpenAPI number formats; and a refusal names the first failing field as the
 * validator's error did (headers before the body; a missing field by its own name), so every 400
 * reads as it always has: `Invalid Mandatory Field partnerReferenceNo`, `Invalid Field Format
 * amount.value`.
 */
export interface RequestParts {
  headers: Record<string, unknown>;
  body: unknown;
}
/** Undefined when the request is valid; else the SNAP refusal naming the field. */
export type RequestCheck = (parts: RequestParts) => SnapError | undefined;
/** Undefined when the answer is what spec/ documents for its status; else a 500 for the journal. */
export type ResponseCheck = (status: number, body: unknown) => SnapError | undefined;

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: unknown;
  $ref?: string;
}

interface ResponseObject {
  content?: Record<string, { schema?: unknown }>;
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

/** express-openapi-validator's ajv options (framework/ajv/options.js); answers are checked without defaults. */
const REQUEST_OPTIONS = { strict: false, strictNumbers: true, strictTuples: true, allowUnionTypes: false, validateSchema: false, coerceTypes: false, useDefaults: true, removeAdditional: false, allErrors: false } as const;
const RESPONSE_OPTIONS = { ...REQUEST_OPTIONS, useDefaults: false } as const;

function createAjv(options: typeof REQUEST_OPTIONS | typeof RESPONSE_OPTIONS): InstanceType<typeof AjvDraft04> {
  const ajv = new AjvDraft04(options);
  for (const [name, format] of Object.entries(OPENAPI_FORMATS)) ajv.addFormat(name, format as never);
  addFormats(ajv as never, { mode: 'fast' });
  return ajv;
}

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
  if (parameters.some((p) => p.in !== 'header')) throw new Error(`spec: ${method.toUpperCase()} ${path} has non-header parameters; SNAP calls only carry headers and a body`);
  const body = operation.requestBody?.content?.['application/json'] as { schema?: unknown } | undefined;
  const requestBody = operation.requestBody as { required?: boolean } | undefined;
  return {
    type: 'object',
    required: ['headers', ...(requestBody?.required ? ['body'] : [])],
    // Headers first, as the validator checked them before the body: the first error names a header.
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

/** Where the error is, as express-openapi-validator located it (middlewares/util.js): a missing or extra property by its own path. */
function errorPath(e: ErrorObject): string {
  const params = e.params as { missingProperty?: string; additionalProperty?: string; unevaluatedProperty?: string };
  const named = params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty;
  return named !== undefined ? `${e.instancePath}/${named}` : e.instancePath;
}

function refusal(errors: ErrorObject[]): SnapError {
  const first = errors[0];
  const kind = first?.keyword === 'required' ? 'InvalidMandatoryField' : 'InvalidFieldFormat';
  return new SnapError(kind, fieldName(first ? errorPath(first) : undefined)).withDiagnostics({
    validation: errors.map((e) => ({ path: errorPath(e), message: e.message })),
  });
}

/** The documented answer for a status: the status itself, then `4XX`, then `default` (as the validator looks). */
function documentedAnswer(responses: Record<string, ResponseObject>, status: number): string | undefined {
  return [String(status), `${String(status)[0]}XX`, 'default'].find((key) => key in responses);
}

/** Compiles each operation's checks on first use and keeps them (the validator is lazy the same way). */
export class OperationValidators {
  private readonly requests = createAjv(REQUEST_OPTIONS);
  private readonly responses = createAjv(RESPONSE_OPTIONS);
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument) {}

  private compile(ajv: InstanceType<typeof AjvDraft04>, key: string, schema: () => Record<string, unknown>): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = ajv.compile(schema()) as ValidateFunction;
      this.compiled.set(key, validate);
    }
    return validate;
  }

  request(op: Pick<SnapOperation, 'path' | 'method'>): RequestCheck {
    const validate = this.compile(this.requests, `request ${op.method} ${op.path}`, () => requestSchema(this.document, op.path, op.method));
    return (parts) => (validate(parts) ? undefined : refusal(validate.errors ?? []));
  }

  response(op: Pick<SnapOperation, 'path' | 'method' | 'operationId'>): ResponseCheck {
    const operation = this.document.paths[op.path]?.[op.method];
    const responses = Object.fromEntries(
      Object.entries((operation?.responses ?? {}) as Record<string, ResponseObject>).map(([key, r]) => [key, r.$ref ? resolveLocal<ResponseObject>(this.document, r.$ref) : r]),
    );
    return (status, body) => {
      const key = documentedAnswer(responses, status);
      const schema = key === undefined ? undefined : responses[key]!.content?.['application/json']?.schema;
      const broke = (validation: unknown) =>
        new SnapError('GeneralError').withDiagnostics({ hint: `the answer of ${op.operationId} (HTTP ${status}) is not what spec/ documents`, validation });
      if (schema === undefined) return broke(key === undefined ? `no answer documented for ${status}` : `no JSON body documented for ${key}`);
      const validate = this.compile(this.responses, `response ${op.method} ${op.path} ${key}`, () => ({
        type: 'object',
        required: ['response'],
        properties: { response: schema },
        components: this.document.components,
      }));
      if (validate({ response: body })) return undefined;
      return broke((validate.errors ?? []).map((e) => ({ path: errorPath(e), message: e.message })));
    };
  }
}
