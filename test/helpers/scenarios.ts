import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tokenSignature } from '../../src/client/signing.js';
import { clientFor, testSandbox, type SnapClient, type TestSandbox } from './harness.js';
import { RICH } from './personas.js';

export const TOKEN_B2B = '/authorization/v1/access-token/b2b';
export const BALANCE = '/snap-adapter/b2b2c/v1.0/balance-inquiry';
/** Persona 1140340010: rich and bound to the default partner. */
export const RICH_ACCOUNT = RICH.accountId;

/** A sandbox listening on a free port, for effects that only a real socket shows (hold, reset, truncation). */
export interface Live {
  sb: TestSandbox;
  client: SnapClient;
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function liveSandbox(env: Record<string, string> = {}): Promise<Live> {
  const sb = await testSandbox(env);
  const server = sb.app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    sb,
    client: clientFor(sb),
    url,
    server,
    async close() {
      sb.ctx.scenarioEngine?.releaseHeld();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface RawReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  ms: number;
}

/** One POST over a fresh connection; rejects with the socket error (code ECONNRESET, "socket hang up", "aborted") or on timeout. */
export function rawPost(url: string, path: string, headers: Record<string, string>, body: unknown, timeoutMs = 3000): Promise<RawReply> {
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}${path}`, { method: 'POST', headers: { ...headers, 'Content-Length': String(Buffer.byteLength(payload)) }, agent: false, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
      res.on('error', reject);
      res.on('aborted', () => reject(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })));
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error(`client timeout after ${timeoutMs} ms`), { code: 'CLIENT_TIMEOUT' })));
    req.on('error', reject);
    req.end(payload);
  });
}

/** Signed headers for a token call at the sandbox clock. */
export function tokenHeaders(live: Live): Record<string, string> {
  const timestamp = live.client.timestamp();
  return {
    'Content-Type': 'application/json',
    'X-CLIENT-KEY': live.sb.partner.clientId,
    'X-TIMESTAMP': timestamp,
    'X-SIGNATURE': tokenSignature(live.sb.partner.privateKeyPem, live.sb.partner.clientId, timestamp),
  };
}

export async function activate(sb: TestSandbox, scenario: unknown): Promise<void> {
  const res = await sb.http.post('/admin/scenarios').send(scenario as object);
  if (res.status !== 201) throw new Error(`activation failed: ${res.status} ${JSON.stringify(res.body)}`);
}

export const balanceBody = { partnerReferenceNo: 'BAL-1' };
