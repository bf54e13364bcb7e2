import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { transactionSignature } from '../../src/client/signing.js';
import { loadSpec, type OpenApiOperation, type SnapOperation } from '../../src/http/openapi.js';
import { SNAP_HANDLERS } from '../../src/snap/index.js';
import { clientFor, testSandbox, type TestSandbox } from '../helpers/harness.js';

/**
 * A generic sweep over whatever spec/ contains (other capabilities are added all the time):
 * 1. every SNAP operation (x-snap-service-code) has a handler in SNAP_HANDLERS;
 * 2. every documented path answers its method with something other than the generic
 *    "404 No such endpoint" or a 405;
 * 3. every request example is valid against its schema and accepted when sent as a partner would:
 *    - SNAP operations: signed, with a fresh B2B token, plus a customer token from the seeded
 *      authCode when x-snap-customer-token is required or optional. Each example runs in a fresh
 *      sandbox (seeded fixtures only), so the answer must not be 400, 401, 415 or 5xx. Business
 *      answers are fine where an example needs prior state the fresh sandbox does not have (it
 *      refers to another transaction, an OTP that was never sent…): 403xx, 404xx, 409xx.
 *      A refreshToken in an example is replaced by a real one (examples cannot hold live tokens).
 *    - The sandbox's own API (/admin, /health): the spec validator must accept the example (no
 *      validation error in the journal) and the answer must not be 415 or 5xx; the handler may
 *      still refuse placeholder values (e.g. a "..." public key) with a 400 of its own.
 */
const SEEDED_AUTH_CODE = 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed';
const GENERIC_404 = 'Not Found. No such endpoint';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

const spec = loadSpec();

interface DocumentedOperation {
  method: (typeof METHODS)[number];
  path: string;
  op: OpenApiOperation;
  snap?: SnapOperation;
}

const documented: DocumentedOperation[] = Object.entries(spec.document.paths).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((method) => ({
    method,
    path,
    op: item[method]!,
    snap: spec.operations.find((s) => s.path === path && s.method === method),
  })),
);

interface Example {
  name: string;
  contentType: string;
  value: unknown;
}

function examplesOf(op: OpenApiOperation): Example[] {
  const out: Example[] = [];
  for (const [contentType, media] of Object.entries(op.requestBody?.content ?? {})) {
    if (media.example !== undefined) out.push({ name: contentType, contentType, value: media.example });
    for (const [name, ex] of Object.entries(media.examples ?? {})) {
      if (ex && 'value' in ex) out.push({ name: `${contentType} ${name}`, contentType, value: ex.value });
    }
  }
  return out;
}

type Parameter = { name: string; in: string; example?: unknown; schema?: { example?: unknown; enum?: unknown[] } };

/** Fills {params} from the parameter's example, else a placeholder. */
function concretePath(path: string, op: OpenApiOperation, pathItem: Record<string, unknown>): string {
  const params = [...((pathItem.parameters as Parameter[] | undefined) ?? []), ...((op.parameters as Parameter[] | undefined) ?? [])];
  return path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const p = params.find((x) => x.name === name && x.in === 'path');
    const value = p?.example ?? p?.schema?.example ?? p?.schema?.enum?.[0] ?? 'sweep-placeholder';
    return encodeURIComponent(String(value));
  });
}

const label = (d: DocumentedOperation) => `${d.method.toUpperCase()} ${d.path} (${d.op.operationId})`;

describe('spec sweep', () => {
  it('then the spec has SNAP operations and the sandbox\'s own operations to sweep', () => {
    expect(spec.operations.length).toBeGreaterThan(0);
    expect(documented.some((d) => d.path === '/health')).toBe(true);
  });

  it('then every operation with x-snap-service-code has a handler in SNAP_HANDLERS', () => {
    const missing = spec.operations.filter((op) => typeof SNAP_HANDLERS[op.handler] !== 'function').map((op) => `${op.operationId} (handler ${op.handler})`);
    expect(missing).toEqual([]);
  });

  it('then every operation with a JSON request body documents at least one example', () => {
    const without = documented.filter((d) => d.op.requestBody?.content?.['application/json'] && examplesOf(d.op).length === 0).map(label);
    expect(without).toEqual([]);
  });

  it('then every documented path answers its method with something other than the generic 404 or a 405', async () => {
    const sb = await testSandbox();
    const failures: string[] = [];
    for (const d of documented) {
      const url = concretePath(d.path, d.op, spec.document.paths[d.path] as Record<string, unknown>);
      let res: { status: number; body: { responseMessage?: string } };
      try {
        res = await request(sb.app)[d.method](url).timeout(5000);
      } catch (error) {
        // A route that keeps the connection open (a stream) exists; it did not 404.
        if ((error as { timeout?: number }).timeout) continue;
        throw error;
      }
      if ((res.status === 404 && res.body?.responseMessage === GENERIC_404) || res.status === 405) {
        failures.push(`${label(d)} → ${res.status} ${JSON.stringify(res.body)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  const cases = documented.flatMap((d) => examplesOf(d.op).map((example) => ({ d, example, name: `${label(d)} [${example.name}]` })));

  it.each(cases)('when the request example of $name is sent, then it is valid and accepted', async ({ d, example }) => {
    const sb = await testSandbox();
    const res = d.snap ? await sendSnapExample(sb, d, d.snap, example) : await sendOwnExample(sb, d, example);
    const entry = sb.journal.list({ limit: 1, reveal: true })[0];
    const validation = entry?.path.startsWith(d.path.split('{')[0]!) ? entry.diagnostics?.validation : undefined;
    const summary = `${res.status} ${JSON.stringify(res.body)}${validation ? ` validation: ${JSON.stringify(validation)}` : ''}`;
    expect({ summary, rejectedBySpec: Boolean(validation) }).toEqual({ summary, rejectedBySpec: false });
    const refused = d.snap ? [400, 401, 415] : [415];
    expect({ summary, refused: refused.includes(res.status) || res.status >= 500 }).toEqual({ summary, refused: false });
    if (d.snap && res.status === 200) expect(res.body.responseCode).toBe(`200${d.snap.serviceCode}00`);
  });
});

async function sendSnapExample(sb: TestSandbox, d: DocumentedOperation, snap: SnapOperation, example: Example) {
  const c = clientFor(sb);
  let body = example.value as Record<string, unknown>;
  if (snap.auth === 'asymmetric') {
    if (body && typeof body === 'object' && 'refreshToken' in body) {
      const issued = await c.tokenRequest('/authorization/v1/access-token/b2b2c', { grantType: 'authorization_code', authCode: SEEDED_AUTH_CODE });
      body = { ...body, refreshToken: issued.body.refreshToken };
    }
    return c.tokenRequest(d.path, body, { 'Content-Type': example.contentType });
  }
  await c.getB2bToken();
  if (snap.customerToken !== 'none') await c.getCustomerToken(SEEDED_AUTH_CODE);
  const headers = c.headers(d.path, body, { 'Content-Type': example.contentType });
  // The harness signs POST (every SNAP call is a POST); sign again in case a spec method differs.
  headers['X-SIGNATURE'] = transactionSignature({
    clientSecret: sb.partner.clientSecret,
    method: d.method,
    path: d.path,
    accessToken: c.b2bToken!,
    body,
    timestamp: headers['X-TIMESTAMP']!,
  });
  return request(sb.app)[d.method](d.path).set(headers).send(body as object);
}

async function sendOwnExample(sb: TestSandbox, d: DocumentedOperation, example: Example) {
  const url = concretePath(d.path, d.op, spec.document.paths[d.path] as Record<string, unknown>);
  const payload = typeof example.value === 'string' ? example.value : JSON.stringify(example.value);
  return request(sb.app)[d.method](url).set('Content-Type', example.contentType).send(payload);
}
