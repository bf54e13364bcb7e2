import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { transactionSignature } from '../../src/client/signing.js';
import { loadSpec, type OpenApiOperation } from '../../src/http/openapi.js';
import { signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';

/**
 * The shared guard on every virtual-account and direct-debit endpoint, read from spec/: each one,
 * called with its documented example, refuses a bad signature (401xx00), a missing B2B token
 * and an expired one (both 401xx01, issue 20's rule; DOKU's VA simulators answer 401xx01 too) and a reused X-EXTERNAL-ID (409xx00), with its own service code.
 */
const spec = loadSpec();
const PRODUCTS = spec.operations.filter((op) => /^\/(virtual-accounts|direct-debit|orders)\//.test(op.path));

let sb: TestSandbox;
let client: SnapClient;
beforeAll(async () => {
  ({ sb, client } = await signedIn());
});
afterAll(() => sb.ctx.store.close());

function exampleOf(path: string, method: string): unknown {
  const op = spec.document.paths[path]![method] as OpenApiOperation;
  return op.requestBody?.content?.['application/json']?.example;
}

function send(path: string, method: string, body: unknown, overrides: Record<string, string | undefined> = {}) {
  const headers = client.headers(path, body, overrides);
  if (overrides['X-SIGNATURE'] === undefined) {
    headers['X-SIGNATURE'] = transactionSignature({ clientSecret: sb.partner.clientSecret, method, path, accessToken: client.b2bToken!, body, timestamp: headers['X-TIMESTAMP']! });
  }
  return request(sb.app)[method as 'post'](path).set(headers).send(body as object);
}

describe('the guard on every virtual-account and direct-debit endpoint', () => {
  it('covers all twelve operations', () => {
    expect(PRODUCTS.map((op) => op.operationId).sort()).toEqual(
      ['checkStatusVa', 'createVa', 'ddAccountBinding', 'ddAccountUnbinding', 'ddBalanceInquiry', 'ddCardRegistration', 'ddCardUnbinding', 'ddCheckStatus', 'ddPayment', 'ddRefund', 'deleteVa', 'updateVa'].sort(),
    );
  });

  it.each(PRODUCTS.map((op) => [op.operationId, op] as const))('%s: bad signature, no token, reused X-EXTERNAL-ID, expired token', async (_id, op) => {
    const body = exampleOf(op.path, op.method);
    // A customer token where one is required (a DOKU Wallet customer's: the guard passes it, the service refuses it with a 404).
    client.customerToken = undefined;
    if (op.customerToken === 'required') await client.getCustomerToken('cfb5de1a-6a40-40e0-8549-0634bcaed8ed');
    const code = (http: number, kase: string) => `${http}${op.serviceCode}${kase}`;
    expect((await send(op.path, op.method, body, { 'X-SIGNATURE': 'AAAA' })).body.responseCode).toBe(code(401, '00'));
    expect((await send(op.path, op.method, body, { Authorization: undefined })).body.responseCode).toBe(code(401, '01'));
    const id = `7${Date.now()}${op.serviceCode}`;
    const first = await send(op.path, op.method, body, { 'X-EXTERNAL-ID': id });
    expect(first.status).toBeLessThan(500);
    const reused = await send(op.path, op.method, { ...(body as object), unrelated: 'another body' }, { 'X-EXTERNAL-ID': id });
    expect(reused.body.responseCode).toBe(code(409, '00'));
    sb.clock.advance(901);
    expect((await send(op.path, op.method, body)).body.responseCode).toBe(code(401, '01'));
    await client.getB2bToken();
  });
});
