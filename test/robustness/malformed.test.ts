import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { externalId, snapTimestamp, tokenSignature, transactionSignature } from '../../src/client/signing.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/lib/logger.js';
import { startServer, type RunningSandbox } from '../../src/server.js';
import { BODIES, headerSets, METHOD_OF, PATHS, type Case, type Credentials } from './malformed-cases.js';
import { head, rawRequest, type RawReply } from './raw-http.js';

/**
 * A few thousand malformed requests against a listening sandbox: never a 5xx, always a SNAP body
 * {responseCode, responseMessage} whose first three digits are the HTTP status, the server healthy
 * afterwards and the ledger untouched.
 */
let sb: RunningSandbox;
let creds: Credentials;
let balancesBefore: string;
const agent = new Agent({ keepAlive: true, maxSockets: 16 });

interface Reply {
  status: number;
  body: string;
}

function send(c: Case): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const body = Buffer.isBuffer(c.body) ? c.body : Buffer.from(c.body);
    const req = request(
      { host: '127.0.0.1', port: sb.port, method: c.method, path: c.path, agent, headers: { ...c.headers, 'Content-Length': String(body.length) }, timeout: 15_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout: ${c.name}`)));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Endpoints where an odd body can legitimately succeed: balance inquiry has only optional fields,
 * a purchase only opens a PIN page (no money moves until the PIN), GET /admin reads. The ledger
 * check at the end proves none of them moved money.
 */
const MAY_SUCCEED = (c: Case) => c.path === PATHS.balance || c.path === PATHS.purchase || (c.method === 'GET' && c.path.startsWith('/admin'));

/** Why a reply breaks the contract, or undefined when it is a proper SNAP answer. */
function violation(status: number, text: string, maySucceed = false): string | undefined {
  if (status >= 500) return `status ${status}`;
  if (status < 400 && !maySucceed) return `accepted with ${status}`;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `not JSON: ${text.slice(0, 80)}`;
  }
  const { responseCode, responseMessage } = (body ?? {}) as Record<string, unknown>;
  if (maySucceed && status < 400 && typeof responseCode !== 'string') return undefined; // admin JSON
  if (typeof responseCode !== 'string' || !/^\d{7}$/.test(responseCode)) return `responseCode ${String(responseCode)}`;
  if (typeof responseMessage !== 'string' || responseMessage === '') return 'no responseMessage';
  if (responseCode.slice(0, 3) !== String(status)) return `responseCode ${responseCode} under HTTP ${status}`;
  return undefined;
}

async function runAll(cases: Case[], concurrency = 16): Promise<string[]> {
  const problems: string[] = [];
  const queue = [...cases];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        try {
          const reply = await send(c);
          const why = violation(reply.status, reply.body, MAY_SUCCEED(c));
          if (why) problems.push(`${c.name}: ${why} ${reply.body.slice(0, 120)}`);
        } catch (error) {
          problems.push(`${c.name}: ${(error as Error).message}`);
        }
      }
    }),
  );
  return problems;
}

function ledgerState(): string {
  return JSON.stringify([...sb.ctx.store.balances.values()].map((b) => [b.id, b.balanceMinor]).sort());
}

beforeAll(async () => {
  sb = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }), { log: silentLogger });
  const partner = sb.ctx.seed.partners[0]!;
  const timestamp = snapTimestamp();
  const tokenRes = await fetch(`${sb.url}${PATHS.tokenB2b}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CLIENT-KEY': partner.clientId, 'X-TIMESTAMP': timestamp, 'X-SIGNATURE': tokenSignature(partner.privateKeyPem!, partner.clientId, timestamp) },
    body: JSON.stringify({ grantType: 'client_credentials' }),
  });
  const b2bToken = ((await tokenRes.json()) as { accessToken: string }).accessToken;
  const customerRes = await fetch(`${sb.url}${PATHS.tokenB2b2c}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CLIENT-KEY': partner.clientId, 'X-TIMESTAMP': timestamp, 'X-SIGNATURE': tokenSignature(partner.privateKeyPem!, partner.clientId, timestamp) },
    body: JSON.stringify({ grantType: 'authorization_code', authCode: 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed' }),
  });
  const customerToken = ((await customerRes.json()) as { accessToken: string }).accessToken;
  creds = { clientId: partner.clientId, clientSecret: partner.clientSecret, b2bToken, customerToken };
  balancesBefore = ledgerState();
}, 30_000);

afterAll(async () => {
  agent.destroy();
  await sb?.close();
});

describe('malformed requests at volume', () => {
  test('every body × header set × endpoint gets a SNAP-shaped 4xx, never a 5xx or an acceptance', async () => {
    const cases: Case[] = [];
    const paths = Object.values(PATHS);
    paths.forEach((path, p) => {
      const own = METHOD_OF[path] ?? 'POST';
      BODIES.forEach(([bodyName, body], b) => {
        const sets = headerSets(creds, path, body, own);
        for (let k = 0; k < 6; k++) {
          const [setName, headers] = sets[(b * 6 + k + p) % sets.length]!;
          cases.push({ name: `${own} ${path} [${bodyName}] {${setName}}`, method: own, path, headers, body });
        }
      });
      for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'].filter((m) => m !== own)) cases.push({ name: `${method} ${path}`, method, path, headers: { 'Content-Type': 'application/json' }, body: '{}' });
    });
    expect(cases.length).toBeGreaterThan(3000);
    const problems = await runAll(cases);
    expect(problems).toEqual([]);
  }, 120_000);

  test('oversized bodies, declared or chunked, are 413 and SNAP-shaped', async () => {
    const big = `{"a":"${'x'.repeat(70_000)}"}`;
    const cases: Case[] = Object.values(PATHS).flatMap((path) => [
      { name: `oversized ${path}`, method: 'POST', path, headers: { 'Content-Type': 'application/json' }, body: big },
      { name: `oversized signed ${path}`, method: 'POST', path, headers: headerSets(creds, path, big)[2]![1], body: big },
    ]);
    const problems = await runAll(cases);
    expect(problems).toEqual([]);
    const chunked = await rawRequest(sb.port, [
      head('POST', PATHS.topUp, [['Content-Type', 'application/json'], ['Transfer-Encoding', 'chunked']]),
      ...Array.from({ length: 20 }, () => `1000\r\n${'x'.repeat(0x1000)}\r\n`),
      '0\r\n\r\n',
    ]);
    expect(chunked.status).toBe(413);
    expect(violation(chunked.status, chunked.body)).toBeUndefined();
  }, 60_000);
});

describe('requests a client library would not send', () => {
  const json = (path: string, headers: [string, string][], body: string) => [head('POST', path, [...headers, ['Content-Length', String(Buffer.byteLength(body))]]), body];

  test.each([
    ['two Content-Type headers', json(PATHS.topUp, [['Content-Type', 'application/json'], ['Content-Type', 'text/plain']], '{}')],
    ['two Authorization headers', json(PATHS.topUp, [['Content-Type', 'application/json'], ['Authorization', 'Bearer a'], ['Authorization', 'Bearer b']], '{}')],
    ['two X-SIGNATURE headers', json(PATHS.topUp, [['Content-Type', 'application/json'], ['X-SIGNATURE', 'a'], ['X-SIGNATURE', 'b']], '{}')],
    ['two different Content-Length headers', [head('POST', PATHS.topUp, [['Content-Type', 'application/json'], ['Content-Length', '2'], ['Content-Length', '5']]), '{}']],
    ['Content-Length and chunked together', [head('POST', PATHS.topUp, [['Content-Type', 'application/json'], ['Content-Length', '2'], ['Transfer-Encoding', 'chunked']]), '2\r\n{}\r\n0\r\n\r\n']],
    ['Content-Length shorter than the body', [head('POST', PATHS.topUp, [['Content-Type', 'application/json'], ['Content-Length', '3']]), '{"a":1}']],
    ['a space in a header name', [head('POST', PATHS.topUp, [['Content Type', 'application/json'], ['Content-Length', '2']]), '{}']],
    ['header block over 16 KiB', [head('POST', PATHS.topUp, [['X-Big', 'x'.repeat(20_000)], ['Content-Length', '2']]), '{}']],
    ['garbage request line', ['HELLO\r\n\r\n']],
    ['bad chunk size', [head('POST', PATHS.topUp, [['Content-Type', 'application/json'], ['Transfer-Encoding', 'chunked']]), 'zz\r\n{}\r\n0\r\n\r\n']],
  ] as [string, string[]][])('%s → SNAP-shaped 4xx', async (_name, parts) => {
    const reply = await rawRequest(sb.port, parts);
    expect(reply.closedWithoutReply).toBe(false);
    expect(violation(reply.status, reply.body)).toBeUndefined();
  });

  test('a body that trickles and then stops is cut off by the request timeout, while other clients are served', async () => {
    const server = sb.server;
    const saved = { requestTimeout: server.requestTimeout, headersTimeout: server.headersTimeout };
    server.requestTimeout = 1500;
    server.headersTimeout = 1000;
    try {
      const slowBody = [head('POST', PATHS.topUp, [['Content-Type', 'application/json'], ['Content-Length', '500']]), '{"part', 'nerRef', 'erenceNo"'];
      const slowHeaders = ['POST /snap-adapter/b2b/v1.0/emoney/topup HTTP/1.1\r\n', 'Host: 127.0.0.1\r\n', 'Content-Type: app'];
      const stalled: Promise<RawReply>[] = [];
      for (let i = 0; i < 20; i++) stalled.push(rawRequest(sb.port, i % 2 ? slowBody : slowHeaders, { gapMs: 150, timeoutMs: 10_000 }));
      // Meanwhile a normal client is served at once.
      const started = Date.now();
      const health = await fetch(`${sb.url}/health`, { signal: AbortSignal.timeout(3000) });
      expect(health.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(1000);
      for (const reply of await Promise.all(stalled)) {
        expect(reply.ms).toBeLessThan(6000);
        expect(reply.closedWithoutReply).toBe(false);
        expect(violation(reply.status, reply.body)).toBeUndefined();
      }
    } finally {
      Object.assign(server, saved);
    }
  }, 30_000);
});

describe('afterwards', () => {
  test('the server is healthy, a correct top-up still works, the journal renders, and nothing malformed moved money', async () => {
    expect(ledgerState()).toBe(balancesBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    expect((await fetch(`${sb.url}/health`)).status).toBe(200);
    const journal = await fetch(`${sb.url}/admin/journal?limit=1000`);
    expect(journal.status).toBe(200);
    expect(((await journal.json()) as { entries: unknown[] }).entries.length).toBeGreaterThan(100);
    const verify = await fetch(`${sb.url}/admin/ledger/verify`);
    expect(((await verify.json()) as { ok: boolean }).ok).toBe(true);

    const body = { partnerReferenceNo: `AFTER-${Date.now()}`, customerNumber: '1140340010', amount: { value: '10000.00', currency: 'IDR' } };
    const timestamp = snapTimestamp();
    const res = await fetch(`${sb.url}${PATHS.topUp}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${creds.b2bToken}`,
        'X-PARTNER-ID': creds.clientId,
        'X-EXTERNAL-ID': externalId(),
        'X-TIMESTAMP': timestamp,
        'X-SIGNATURE': transactionSignature({ clientSecret: creds.clientSecret, method: 'POST', path: PATHS.topUp, accessToken: creds.b2bToken, body, timestamp }),
      },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(200);
    expect(ledgerState()).not.toBe(balancesBefore);
  }, 30_000);
});
