import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/app.js';
import { loadSpec } from '../../src/http/openapi.js';
import { openApiSchemaCompilations } from '../../src/http/validator.js';
import { SPEC_DIR } from '../../src/paths.js';
import { SNAP_HANDLERS } from '../../src/snap/index.js';
import { testSandbox } from '../helpers/harness.js';

/**
 * spec/ is checked against the OpenAPI 3 schema in the tests' mode (VALIDATE_RESPONSES=true);
 * production trusts the spec it ships with and never compiles that schema (a sixth of the
 * cold start), though express-openapi-validator would compile it whether asked to check or not.
 */
const dir = mkdtempSync(join(tmpdir(), 'dss-spec-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Valid YAML and a valid document for the sandbox, but not OpenAPI 3: a parameter without `in`.
cpSync(SPEC_DIR, dir, { recursive: true });
writeFileSync(join(dir, 'admin', 'zz-not-openapi.yaml'), "paths:\n  /admin/zz:\n    get:\n      operationId: zzNotOpenApi\n      parameters: [{ name: q, schema: { type: string } }]\n      responses: { '200': { description: x } }\n");

describe('checking spec/ against the OpenAPI 3 schema at boot', () => {
  it('when the sandbox runs in production mode, then it boots and answers /health without compiling the OpenAPI schema', async () => {
    const before = openApiSchemaCompilations.count;
    const sandbox = await testSandbox({ VALIDATE_RESPONSES: 'false' });
    const health = await request(sandbox.app).get('/health');
    expect(health.status).toBe(200);
    expect(openApiSchemaCompilations.count).toBe(before);
  });

  it('when the tests\' mode boots a spec that is not OpenAPI 3, then the first request (the /health self-check) fails', async () => {
    const sandbox = await testSandbox();
    const before = openApiSchemaCompilations.count;
    const { app } = createApp(sandbox.ctx, loadSpec(dir), SNAP_HANDLERS);
    const health = await request(app).get('/health');
    expect(health.status).toBe(500);
    expect(openApiSchemaCompilations.count).toBeGreaterThan(before);
  });

  it('when the tests\' mode boots the shipped spec, then it passes the OpenAPI 3 schema', async () => {
    const sandbox = await testSandbox();
    expect((await request(sandbox.app).get('/health')).status).toBe(200);
  });
});
