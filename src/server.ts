import { createPrivateKey, createPublicKey } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createServer, IncomingMessage, ServerResponse, type Server } from 'node:http';
import { createApp, type App } from './app.js';
import type { Config } from './config.js';
import type { SandboxContext } from './context.js';
import { loadFixtures, loadSigningKeys } from './fixtures/load-fixtures.js';
import { snapClientError } from './http/client-error.js';
import { loadSpec, type SpecBundle } from './http/openapi.js';
import { applySeed } from './ledger/seed.js';
import { collectGarbage } from './lib/gc.js';
import { createLogger, type Logger } from './lib/logger.js';
import { PartnerTokens } from './notify/notification-token.js';
import type { Notifier } from './notify/notifier.js';
import { openStore, type StoreSettings } from './open-store.js';
import { SandboxMetrics } from './metrics/metrics.js';
import { AdjustableClock } from './lib/time.js';
import { DEFAULT_FIXTURES_DIR, DEFAULT_SCENARIOS_DIR } from './paths.js';
import { createScenarioEngine } from './scenarios/engine.js';
import { SNAP_HANDLERS } from './snap/index.js';
import { Tenants } from './tenants/tenants.js';

export interface Sandbox extends App {
  /** The default tenant's context (today's world); others: tenants.get(id).ctx. */
  ctx: SandboxContext;
  /** Delivers partner notifications; startServer starts it, in-process tests call notifier.runDue() or start(). */
  notifier: Notifier;
  spec: SpecBundle;
}

/** A DATA_FILE this large leaves enough garbage behind to be worth a full collection after boot. */
const LARGE_RESTORE_ROWS = 10_000;

export interface BuildOptions {
  log?: Logger;
  clock?: AdjustableClock;
  /** DATA_FILE engine settings (tests: a Disk that refuses writes, no retry backoff). */
  storage?: Pick<StoreSettings, 'disk' | 'retry' | 'compactMinBytes' | 'sliceMs'>;
}

/** Loads fixtures, keys and spec, opens the store and builds the app: everything but listening. */
export async function buildSandbox(config: Config, options: BuildOptions = {}): Promise<Sandbox> {
  const log = options.log ?? createLogger(config.logLevel);
  const fixturesDir = config.fixturesDir ?? DEFAULT_FIXTURES_DIR;
  const seed = loadFixtures(fixturesDir);
  const pems = loadSigningKeys(DEFAULT_FIXTURES_DIR, config.dokuPrivateKeyFile);
  const keys = { privateKey: createPrivateKey(pems.privateKeyPem), publicKey: createPublicKey(pems.publicKeyPem), publicKeyPem: pems.publicKeyPem };
  const spec = loadSpec();
  const clock = options.clock ?? new AdjustableClock();
  // Built-in magic values + SCENARIOS; an unknown or invalid name stops the boot here.
  const scenarios = createScenarioEngine(clock, config.scenariosDir ?? DEFAULT_SCENARIOS_DIR, config.scenarios);

  const { store, restored, stats } = await openStore(config.dataFile, { now: () => clock.now(), log, ...options.storage });
  if (stats.snapshotRows + stats.logLines >= LARGE_RESTORE_ROWS) collectGarbage();
  await store.transact(() => {
    if (!restored) applySeed(store, seed, clock.now());
  });

  let baseUrl = config.publicBaseUrl ?? `http://localhost:${config.port}`;
  // The gauges read every tenant's world when scraped (their number is the tenant gauge).
  let tenants: Tenants | undefined;
  const metrics = new SandboxMetrics({ worlds: () => tenants?.list().map((t) => t.ctx) ?? [ctx] });
  scenarios.onFired = (scenario, rule) => metrics.scenarioFired(scenario, rule);
  const ctx: SandboxContext = { config, store, clock, seed, keys, log, publicBaseUrl: () => baseUrl, scenarios, scenarioEngine: scenarios, partnerTokens: new PartnerTokens(), metrics };
  // The default tenant is the world above; the others DATA_FILE's registry lists open beside it (src/tenants/).
  tenants = await Tenants.open(ctx, { dataFile: config.dataFile, storage: { log, ...options.storage } });
  const built = createApp(ctx, spec, SNAP_HANDLERS, tenants);
  return {
    ...built,
    ctx,
    spec,
    notifier: tenants.default.notifier!,
    // The real port is only known after listen (PORT=0).
    set listeningPort(port: number) {
      if (!config.publicBaseUrl) baseUrl = `http://localhost:${port}`;
    },
  } as Sandbox;
}

export interface RunningSandbox extends Sandbox {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * A client that stops sending mid-headers or mid-body is cut off (SNAP-shaped 400, see
 * http/client-error.ts) instead of holding a connection for Node's default 300 s.
 */
const HTTP_TIMEOUTS = { headersTimeout: 10_000, requestTimeout: 30_000, connectionsCheckingInterval: 1_000 };

/**
 * Requests and responses made with Express's prototypes from the start. Otherwise Express swaps
 * the prototype of each live request and response, which cost a signed
 * top-up ~40 % more CPU (test/bench/cpu.ts); with these classes the swap is a no-op.
 */
function expressClasses(app: Sandbox['app']): { IncomingMessage: typeof IncomingMessage; ServerResponse: typeof ServerResponse } {
  function Request(this: IncomingMessage, ...args: ConstructorParameters<typeof IncomingMessage>) {
    IncomingMessage.apply(this, args);
  }
  Request.prototype = app.request;
  function Response(this: ServerResponse, ...args: ConstructorParameters<typeof ServerResponse>) {
    ServerResponse.apply(this, args);
  }
  Response.prototype = app.response;
  return { IncomingMessage: Request as unknown as typeof IncomingMessage, ServerResponse: Response as unknown as typeof ServerResponse };
}

/** Builds, listens and checks its own /health before reporting ready; a broken spec or store stops here. */
export async function startServer(config: Config, options: Omit<BuildOptions, 'clock'> = {}): Promise<RunningSandbox> {
  const sandbox = await buildSandbox(config, options);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = createServer({ ...HTTP_TIMEOUTS, ...expressClasses(sandbox.app) }, sandbox.listener);
    s.on('clientError', snapClientError);
    s.once('error', reject);
    s.listen(config.port, config.host, () => resolve(s));
  });
  const { port, address, family } = server.address() as AddressInfo;
  (sandbox as unknown as { listeningPort: number }).listeningPort = port;
  // Reach the sandbox where it actually listens: HOST=::1 or a LAN address is not on 127.0.0.1.
  const wildcard = address === '0.0.0.0' || address === '::';
  const reachable = wildcard ? '127.0.0.1' : family === 'IPv6' ? `[${address}]` : address;
  const url = `http://${reachable}:${port}`;
  const close = async () => {
    // Every tenant's notifier stops; connections a timeout scenario holds would keep server.close() waiting forever.
    await sandbox.tenants.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections?.();
    await sandbox.tenants.close();
  };
  const health = await fetch(`${url}/health`).catch((error: Error) => ({ status: 0, text: async () => error.message }));
  if (health.status !== 200) {
    const detail = await health.text();
    await close();
    throw new Error(`self-check GET /health answered ${health.status}: ${detail.slice(0, 500)}`);
  }
  sandbox.tenants.startDelivery();
  return { ...sandbox, server, url, port, close };
}
