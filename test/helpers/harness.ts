import request from 'supertest';
import type { Express } from 'express';
import { loadConfig, type Config } from '../../src/config.js';
import { buildSandbox, type BuildOptions, type Sandbox } from '../../src/server.js';
import { AdjustableClock } from '../../src/lib/time.js';
import { silentLogger, type Logger } from '../../src/lib/logger.js';
import { externalId, snapTimestamp, tokenSignature, transactionSignature } from '../../src/client/signing.js';

/** The default partner shipped in fixtures/ (TEST-ONLY credentials). */
export interface TestPartner {
  clientId: string;
  clientSecret: string;
  privateKeyPem: string;
}

export interface TestSandbox extends Sandbox {
  clock: AdjustableClock;
  partner: TestPartner;
  http: ReturnType<typeof request>;
}

/**
 * A fresh in-memory sandbox per call, with a movable clock and response validation on. storage:
 * DATA_FILE engine settings (with DATA_FILE in env), e.g. a Disk that refuses writes.
 */
export async function testSandbox(env: Record<string, string> = {}, storage?: BuildOptions['storage'], log: Logger = silentLogger): Promise<TestSandbox> {
  const config: Config = loadConfig({ LOG_LEVEL: 'silent', VALIDATE_RESPONSES: 'true', ...env });
  return asTestSandbox(await buildSandbox(config, { log, clock: new AdjustableClock(), storage }));
}

/** The default partner's TEST-ONLY signing credentials, from the sandbox's fixtures. */
export function seedPartner(sandbox: Sandbox): TestPartner {
  const seed = sandbox.ctx.seed.partners[0]!;
  return { clientId: seed.clientId, clientSecret: seed.clientSecret, privateKeyPem: seed.privateKeyPem! };
}

/** A sandbox built another way (its own logger, startServer) with the handles tests use: clock, partner, http. */
export function asTestSandbox<S extends Sandbox>(sandbox: S): S & TestSandbox {
  return { ...sandbox, clock: sandbox.ctx.clock, partner: seedPartner(sandbox), http: request(sandbox.app) };
}

/** Signs and sends SNAP calls as a partner would, over HTTP (supertest). */
export class SnapClient {
  b2bToken?: string;
  customerToken?: string;

  constructor(
    readonly app: Express,
    readonly partner: TestPartner,
    readonly clock: () => number = Date.now,
  ) {}

  timestamp(): string {
    return snapTimestamp(new Date(this.clock()));
  }

  tokenRequest(path: string, body: unknown, overrides: Record<string, string> = {}) {
    const timestamp = overrides['X-TIMESTAMP'] ?? this.timestamp();
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'X-CLIENT-KEY': this.partner.clientId,
      'X-TIMESTAMP': timestamp,
      'X-SIGNATURE': tokenSignature(this.partner.privateKeyPem, overrides['X-CLIENT-KEY'] ?? this.partner.clientId, timestamp),
      ...overrides,
    };
    return request(this.app).post(path).set(headers).send(body as object);
  }

  async getB2bToken(): Promise<string> {
    const res = await this.tokenRequest('/authorization/v1/access-token/b2b', { grantType: 'client_credentials' });
    if (res.status !== 200) throw new Error(`B2B token failed: ${JSON.stringify(res.body)}`);
    this.b2bToken = res.body.accessToken as string;
    return this.b2bToken;
  }

  async getCustomerToken(authCode: string): Promise<string> {
    const res = await this.tokenRequest('/authorization/v1/access-token/b2b2c', { grantType: 'authorization_code', authCode });
    if (res.status !== 200) throw new Error(`B2B2C token failed: ${JSON.stringify(res.body)}`);
    this.customerToken = res.body.accessToken as string;
    return this.customerToken;
  }

  /** Headers for a transactional call; override any of them to test the guard. */
  headers(path: string, body: unknown, overrides: Record<string, string | undefined> = {}): Record<string, string> {
    const token = this.b2bToken ?? '';
    const timestamp = overrides['X-TIMESTAMP'] ?? this.timestamp();
    const headers: Record<string, string | undefined> = {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${token}`,
      'X-PARTNER-ID': this.partner.clientId,
      'X-EXTERNAL-ID': externalId(),
      'X-TIMESTAMP': timestamp,
      'X-SIGNATURE': transactionSignature({ clientSecret: this.partner.clientSecret, method: 'POST', path, accessToken: token, body, timestamp }),
      ...(this.customerToken ? { 'Authorization-Customer': `Bearer ${this.customerToken}` } : {}),
      ...overrides,
    };
    return Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => e[1] !== undefined));
  }

  post(path: string, body: unknown, overrides: Record<string, string | undefined> = {}) {
    return request(this.app).post(path).set(this.headers(path, body, overrides)).send(body as object);
  }

  /** A signed call with another method (DOKU's update-va is PUT, delete-va DELETE, both with a JSON body). */
  send(method: 'POST' | 'PUT' | 'DELETE', path: string, body: unknown, overrides: Record<string, string | undefined> = {}) {
    const headers = this.headers(path, body, overrides);
    if (overrides['X-SIGNATURE'] === undefined) {
      headers['X-SIGNATURE'] = transactionSignature({ clientSecret: this.partner.clientSecret, method, path, accessToken: this.b2bToken ?? '', body, timestamp: headers['X-TIMESTAMP']! });
    }
    const verb = method === 'PUT' ? 'put' : method === 'DELETE' ? 'delete' : 'post';
    return request(this.app)[verb](path).set(headers).send(body as object);
  }
}

/** A client of the default partner, without tokens (for tests of the token calls themselves). */
export function clientFor(sandbox: Sandbox): SnapClient {
  return new SnapClient(sandbox.app, seedPartner(sandbox), () => sandbox.ctx.clock.now());
}

/** Whose customer token to hold: a persona from personas.ts (or any { authCode }), or an authCode. */
export type Customer = { authCode: string } | string;

/** A client of the default partner holding a B2B token, and the customer's B2B2C token when one is named. */
export async function signedClient(sandbox: Sandbox, customer?: Customer): Promise<SnapClient> {
  const client = clientFor(sandbox);
  await client.getB2bToken();
  if (customer !== undefined) await client.getCustomerToken(typeof customer === 'string' ? customer : customer.authCode);
  return client;
}

/**
 * The usual set-up in one call: a fresh sandbox (env as for testSandbox) and a client signed in to it.
 *   ({ sb, client } = await signedIn({ customer: RICH }));
 */
export async function signedIn(options: { env?: Record<string, string>; customer?: Customer } = {}): Promise<{ sb: TestSandbox; client: SnapClient }> {
  const sb = await testSandbox(options.env);
  return { sb, client: await signedClient(sb, options.customer) };
}
