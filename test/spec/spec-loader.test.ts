import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/app.js';
import { loadSpec, SpecError } from '../../src/http/openapi.js';
import { SPEC_DIR } from '../../src/paths.js';
import { SNAP_HANDLERS } from '../../src/snap/index.js';
import { testSandbox } from '../helpers/harness.js';

/** A broken spec must stop the boot (loadSpec, createApp, or the /health self-check), never a later request. */
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function specCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dss-spec-'));
  dirs.push(dir);
  cpSync(SPEC_DIR, dir, { recursive: true });
  return dir;
}

describe('loadSpec', () => {
  it('when a file is not valid YAML, then SpecError names the file', () => {
    const dir = specCopy();
    writeFileSync(join(dir, 'paths', 'zz-broken.yaml'), 'paths:\n  /x: [unclosed\n');
    expect(() => loadSpec(dir)).toThrow(SpecError);
    expect(() => loadSpec(dir)).toThrow(/zz-broken\.yaml is not valid YAML/);
  });

  it('when two files define the same path, then SpecError says it is defined twice', () => {
    const dir = specCopy();
    writeFileSync(join(dir, 'paths', 'zz-dup.yaml'), readFileSync(join(dir, 'paths', 'balance.yaml'), 'utf8'));
    expect(() => loadSpec(dir)).toThrow(/balance-inquiry is defined twice/);
  });

  it('when an operationId is used twice or a service code is not two digits, then SpecError names it', () => {
    const dir = specCopy();
    writeFileSync(join(dir, 'paths', 'zz-dup-id.yaml'), 'paths:\n  /zz:\n    post: { operationId: balanceInquiry, responses: {} }\n');
    expect(() => loadSpec(dir)).toThrow(/operationId balanceInquiry is used twice/);
    const other = specCopy();
    writeFileSync(join(other, 'paths', 'zz-code.yaml'), "paths:\n  /zz:\n    post: { operationId: zzOp, x-snap-service-code: '7', responses: {} }\n");
    expect(() => loadSpec(other)).toThrow(/zzOp: x-snap-service-code must be two digits/);
  });

  it('when an operation has no operationId, then SpecError names method and path', () => {
    const dir = specCopy();
    writeFileSync(join(dir, 'paths', 'zz-noid.yaml'), 'paths:\n  /zz:\n    get: { responses: {} }\n');
    expect(() => loadSpec(dir)).toThrow(/GET \/zz has no operationId/);
  });
});

describe('createApp over a spec', () => {
  it('when a SNAP operation has no handler, then the app refuses to build and names it', async () => {
    const sb = await testSandbox();
    const dir = specCopy();
    writeFileSync(join(dir, 'paths', 'zz-new.yaml'), "paths:\n  /snap-adapter/b2b/v1.0/zz:\n    post: { operationId: zzNoHandler, x-snap-service-code: '99', responses: {} }\n");
    expect(() => createApp(sb.ctx, loadSpec(dir), SNAP_HANDLERS)).toThrow(/spec operations without a handler: zzNoHandler/);
  });

  it('when a schema is broken, then the first request (the boot\'s /health self-check) fails instead of a later partner call', async () => {
    const sb = await testSandbox();
    const dir = specCopy();
    writeFileSync(
      join(dir, 'admin', 'zz-broken-schema.yaml'),
      "paths:\n  /admin/zz:\n    get:\n      operationId: zzBroken\n      responses:\n        '200':\n          description: x\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/DoesNotExist' }\n",
    );
    const { app } = createApp(sb.ctx, loadSpec(dir), SNAP_HANDLERS);
    const health = await request(app).get('/health');
    expect(health.status).not.toBe(200);
  });
});
