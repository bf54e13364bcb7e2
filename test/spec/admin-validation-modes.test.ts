import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadSpec, sandboxOwnApi } from '../../src/http/openapi.js';
import { testSandbox, type TestSandbox } from '../helpers/harness.js';

/**
 * The sandbox as shipped checks requests only (VALIDATE_RESPONSES=false, and its validator is then
 * handed the admin spec without response schemas); the tests' mode checks answers too. Every bad
 * admin request must be refused alike in both: the same status, responseCode and message.
 */
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const ownApi = sandboxOwnApi(loadSpec().document);
const operations = Object.entries(ownApi.paths).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((method) => ({ method, path, url: path.replace('{tenantId}', 'default').replace(/\{[^}]+\}/g, 'x'), takesBody: item[method]!.requestBody !== undefined })),
);

let shipped: TestSandbox;
let checked: TestSandbox;
beforeAll(async () => {
  [shipped, checked] = await Promise.all([testSandbox({ VALIDATE_RESPONSES: 'false' }), testSandbox({ VALIDATE_RESPONSES: 'true' })]);
});

async function answers(sb: TestSandbox, method: (typeof METHODS)[number], url: string, body?: unknown) {
  const req = sb.http[method](url);
  const res = await (body === undefined ? req : req.set('Content-Type', 'application/json').send(JSON.stringify(body)));
  return [res.status, res.body?.responseCode, res.body?.responseMessage];
}

describe('admin requests, as shipped and in the tests\' mode', () => {
  it('has admin operations to compare', () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  it.each(operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))('%s with an unknown query parameter: refused alike, with a 4xx', async (_name, o) => {
    const url = `${o.url}?notAParameter=1`;
    const [fromShipped, fromChecked] = await Promise.all([answers(shipped, o.method, url), answers(checked, o.method, url)]);
    expect(fromShipped).toEqual(fromChecked);
    expect(fromShipped[0]).toBeGreaterThanOrEqual(400);
    expect(fromShipped[0]).toBeLessThan(500);
  });

  it.each(operations.filter((o) => o.takesBody).map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))('%s with a body of the wrong type: refused alike, with a 4xx', async (_name, o) => {
    const [fromShipped, fromChecked] = await Promise.all([answers(shipped, o.method, o.url, [1]), answers(checked, o.method, o.url, [1])]);
    expect(fromShipped).toEqual(fromChecked);
    expect(fromShipped[0]).toBeGreaterThanOrEqual(400);
    expect(fromShipped[0]).toBeLessThan(500);
  });
});
