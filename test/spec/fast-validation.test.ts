import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { loadSpec, type OpenApiOperation } from '../../src/http/openapi.js';
import { OperationValidators } from '../../src/http/operation-validators.js';
import { specValidator } from '../../src/http/validator.js';

/**
 * The SNAP lane's fast check may only pass what express-openapi-validator passes (it hands
 * everything else to the validator). Every SNAP operation's documented example is sent, then
 * hundreds of variants of it (each field dropped, retyped, emptied, over-long, nulled, extra
 * fields, each header dropped or malformed), through express-openapi-validator over HTTP, with
 * the fast check's verdict taken on the very headers and body the server received.
 */
const spec = loadSpec();
const validators = new OperationValidators(spec.document);

const VALID_HEADERS: Record<string, string> = {
  'Content-Type': 'application/json',
  'X-TIMESTAMP': '2026-12-01T10:00:00+07:00',
  'X-PARTNER-ID': 'BRN-0001-1732500000001',
  'X-CLIENT-KEY': 'BRN-0001-1732500000001',
  'X-EXTERNAL-ID': '41807553358950093184162180797837',
  'X-SIGNATURE': 'c2lnbmF0dXJl',
  'CHANNEL-ID': '95221',
  Authorization: 'Bearer x.y.z',
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function exampleOf(op: OpenApiOperation): Json {
  const media = op.requestBody?.content?.['application/json'];
  return (media?.example ?? Object.values(media?.examples ?? {})[0]?.value ?? {}) as Json;
}

/** Every variant of a JSON value that changes one place in it. */
function variants(value: Json): Json[] {
  const out: Json[] = [null, 7, 'x', '', true, [], {}, 'x'.repeat(300), 1e300, -1, 1.5];
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      for (const v of variants(item)) out.push(value.map((x, j) => (j === i ? v : x)));
    });
    out.push([...value, ...value]);
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const { [key]: _dropped, ...rest } = value;
      out.push(rest);
      for (const v of variants(value[key]!)) out.push({ ...value, [key]: v });
    }
    out.push({ ...value, unexpectedField: 'x' });
  } else if (typeof value === 'string') {
    out.push(`${value} `, value.toUpperCase(), `${value}\u0000`, value.slice(1), `${value}${value}`, '1', '1.0', '1.00', '0.00', '-1.00', 'not an email', 'http://x');
  }
  return out;
}

function headerVariants(): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const name of Object.keys(VALID_HEADERS)) {
    if (name === 'Content-Type') continue;
    const { [name]: _dropped, ...rest } = VALID_HEADERS;
    out.push(rest);
    for (const bad of ['', ' ', 'x', '2026-12-01 10:00:00', 'a'.repeat(70), '1'.repeat(40), 'ü']) out.push({ ...VALID_HEADERS, [name]: bad });
  }
  return out;
}

let server: Server;
let base = '';

beforeAll(async () => {
  const app = express();
  app.use(express.json({ limit: '1mb' }));
  app.use((req, res, next) => {
    const op = spec.operations.find((o) => o.path === req.path && o.method === req.method.toLowerCase());
    res.locals.fast = op ? validators.check(op.path, op.method)({ headers: req.headers, body: req.body }) : false;
    next();
  });
  app.use(specValidator(spec.document, false));
  app.all(/.*/, (_req, res) => {
    res.json({ validator: 'passed', fast: res.locals.fast });
  });
  app.use((err: { status?: number; message?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(200).json({ validator: `refused ${err.status}: ${err.message}`, fast: res.locals.fast });
  });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** Sent with the operation's own method (update-va is PUT, delete-va DELETE, both with a JSON body). */
async function verdicts(path: string, headers: Record<string, string>, body: Json, method = 'post'): Promise<{ validator: string; fast: boolean }> {
  const res = await fetch(`${base}${path}`, { method: method.toUpperCase(), headers, body: JSON.stringify(body) });
  return (await res.json()) as { validator: string; fast: boolean };
}

describe('the SNAP lane\'s fast check against express-openapi-validator', () => {
  it('then every SNAP operation\'s documented example passes both, so documented calls take the fast lane', async () => {
    for (const op of spec.operations) {
      const example = exampleOf(spec.document.paths[op.path]![op.method]!);
      const answer = await verdicts(op.path, VALID_HEADERS, example, op.method);
      expect({ op: op.operationId, ...answer }).toEqual({ op: op.operationId, validator: 'passed', fast: true });
    }
  });

  it('then no variant of any example or of its headers passes the fast check while the validator refuses it', async () => {
    const disagreements: string[] = [];
    let refused = 0;
    let sent = 0;
    for (const op of spec.operations) {
      const example = exampleOf(spec.document.paths[op.path]![op.method]!);
      const cases: [Record<string, string>, Json][] = [...variants(example).map((b): [Record<string, string>, Json] => [VALID_HEADERS, b]), ...headerVariants().map((h): [Record<string, string>, Json] => [h, example])];
      for (const [headers, body] of cases) {
        const answer = await verdicts(op.path, headers, body, op.method);
        sent++;
        if (answer.validator !== 'passed') refused++;
        if (answer.fast && answer.validator !== 'passed') disagreements.push(`${op.operationId} ${JSON.stringify(headers)} ${JSON.stringify(body)}: ${answer.validator}`);
      }
    }
    expect(disagreements).toEqual([]);
    // The variants do exercise refusals: most of them are invalid.
    expect(refused).toBeGreaterThan(sent / 3);
  }, 120_000);
});
