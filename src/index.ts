/**
 * The package entry: `import { startSandbox } from 'doku-snap-sandbox'` runs a whole sandbox inside
 * a test suite, on a random port with the memory store, and hands back typed clients for both sides.
 */
import { AdminClient } from './client/admin.js';
import { PartnerClient, type PartnerCredentials } from './client/partner.js';
import { loadConfig, type Config } from './config.js';
import { createLogger, type Logger } from './lib/logger.js';
import { startServer, type RunningSandbox } from './server.js';

export interface StartSandboxOptions extends Partial<Config> {
  /** Where log lines go when logLevel is not 'silent'; default stdout. */
  log?: Logger;
}

export interface SandboxHandle {
  /** e.g. http://127.0.0.1:53127 (no trailing slash) */
  url: string;
  port: number;
  /** Typed client for /admin (reset, clock, otps, accounts, scenarios, journal …). */
  admin: AdminClient;
  /** Signing client for the default partner of fixtures/partners.json (TEST-ONLY credentials). */
  partner: PartnerClient;
  /** The default partner's credentials, to sign by other means. */
  credentials: PartnerCredentials;
  /** A fresh signing client, for the default partner or another one registered through admin. */
  partnerClient(credentials?: PartnerCredentials): PartnerClient;
  config: Config;
  /**
   * Makes a tenant: a world of its own on this server (partners, wallets, clock, scenarios,
   * journal …) with a fresh partner, so each test file can take its own (docs/admin-api.md#tenants).
   */
  createTenant(options?: { name?: string }): Promise<TenantHandle>;
  /** The running server and its context (store, clock, journal), for white-box assertions. */
  server: RunningSandbox;
  stop(): Promise<void>;
}

/** A tenant made by createTenant(): its admin client, and a signing client for its own partner. */
export interface TenantHandle {
  tenantId: string;
  name: string;
  /** Typed client for /admin, acting on this tenant alone (/admin/tenants/{tenantId}/…). */
  admin: AdminClient;
  /** Signing client for the tenant's partner; X-TIMESTAMP follows the tenant's clock. */
  partner: PartnerClient;
  /** The tenant partner's credentials (TEST-ONLY keys made for it). */
  credentials: PartnerCredentials;
  /** A fresh signing client, for the tenant's partner or another one registered in the tenant. */
  partnerClient(credentials?: PartnerCredentials): PartnerClient;
  /** Removes the tenant and everything in it. */
  delete(): Promise<void>;
}

/**
 * Starts a sandbox: port 0 (a free one), host 127.0.0.1, memory store, fixtures seeded, no log
 * output. Options override any setting of src/config.ts by name; the process environment is not
 * read, so a test suite gets the same sandbox on every machine.
 */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<SandboxHandle> {
  const { log, ...overrides } = options;
  const defaults = loadConfig({}, []);
  const config: Config = { ...defaults, port: 0, host: '127.0.0.1', logLevel: 'silent', ...stripUndefined(overrides) };
  const server = await startServer(config, { log: log ?? createLogger(config.logLevel) });
  const seedPartner = server.ctx.seed.partners[0];
  if (!seedPartner?.privateKeyPem) throw new Error('fixtures have no partner with a private key');
  const credentials: PartnerCredentials = { clientId: seedPartner.clientId, clientSecret: seedPartner.clientSecret, privateKeyPem: seedPartner.privateKeyPem };
  // X-TIMESTAMP follows the sandbox clock, so moving it through /admin/clock does not break signing.
  const partnerClient = (c: PartnerCredentials = credentials) => new PartnerClient({ ...c, baseUrl: server.url, now: () => server.ctx.clock.now() });
  let stopped: Promise<void> | undefined;
  const admin = new AdminClient({ baseUrl: server.url, token: config.adminToken });
  const createTenant = async (options: { name?: string } = {}): Promise<TenantHandle> => {
    const created = await admin.createTenant(options);
    const tenant = server.tenants.get(created.tenantId)!;
    const [first] = created.partners;
    if (!first) throw new Error('fixtures have no partner, so the tenant has none');
    const credentials: PartnerCredentials = { clientId: first.clientId, clientSecret: first.clientSecret, privateKeyPem: first.privateKey };
    const client = (c: PartnerCredentials = credentials) => new PartnerClient({ ...c, baseUrl: server.url, now: () => tenant.clock.now() });
    return {
      tenantId: created.tenantId,
      name: created.name,
      admin: admin.forTenant(created.tenantId),
      partner: client(),
      credentials,
      partnerClient: client,
      delete: () => admin.deleteTenant(created.tenantId),
    };
  };
  return {
    url: server.url,
    port: server.port,
    admin,
    createTenant,
    partner: partnerClient(),
    credentials,
    partnerClient,
    config,
    server,
    stop: () => (stopped ??= server.close()),
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export { AdminClient, AdminRequestError, CallExpectationError } from './client/admin.js';
export type * from './client/admin.js';
export { PartnerClient, SnapRequestError, TOKEN_B2B_PATH, TOKEN_B2B2C_PATH } from './client/partner.js';
export type { PartnerClientOptions, PartnerCredentials, PostOptions, SnapBody, SnapReply } from './client/partner.js';
export { externalId, snapTimestamp, tokenSignature, transactionSignature } from './client/signing.js';
export { helpText, loadConfig, OPTIONS, type Config } from './config.js';
export { createLogger, type Logger } from './lib/logger.js';
export { buildSandbox, startServer, type RunningSandbox, type Sandbox } from './server.js';
