import type { KeyObject } from 'node:crypto';
import type { Config } from './config.js';
import type { Seed } from './fixtures/seed.js';
import type { operations, SnapHandlerOperations } from './generated/openapi.js';
import type { Store } from './ledger/store.js';
import type { AdjustableClock } from './lib/time.js';
import type { Logger } from './lib/logger.js';
import type { SandboxMetrics } from './metrics/metrics.js';
import type { PartnerTokens } from './notify/notification-token.js';
import type { ScenarioEngine } from './scenarios/engine.js';
import type { ScenarioHooks } from './scenarios/types.js';

export interface SigningKeys {
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicKeyPem: string;
}

/**
 * What every service and handler may use. Built once by createApp; no module reads env, disk or
 * Date.now() on its own.
 */
export interface SandboxContext {
  config: Config;
  store: Store;
  clock: AdjustableClock;
  seed: Seed;
  keys: SigningKeys;
  log: Logger;
  /** Base of links to the sandbox's own pages; known only once the server listens. */
  publicBaseUrl(): string;
  /** Set by the scenario engine when it is running. */
  scenarios?: ScenarioHooks;
  /** The same engine, whole: the HTTP hook and /admin/scenarios use it (set by buildSandbox). */
  scenarioEngine?: ScenarioEngine;
  /** The notification worker (src/notify/); set by buildSandbox. */
  notifier?: NotificationWorker;
  /**
   * Tokens partners issued to the sandbox at their notificationTokenUrl (DOKU's token model), kept
   * until their expiresIn: one per partner, used by notifications and direct inquiries alike.
   */
  partnerTokens: PartnerTokens;
  /** What GET /metrics serves; one per server (every tenant's requests count in it). */
  metrics: SandboxMetrics;
  /** Which of the server's tenants this context is (src/tenants/); set by the tenant registry. */
  tenant?: TenantPlace;
}

/** Where a context sits among the server's tenants: each tenant is a world of its own. */
export interface TenantPlace {
  id: string;
  /** The tenant whose partner has this clientId, if any: a clientId is unique across the server. */
  ownerOfClientId(clientId: string): string | undefined;
}

/** Services queue notification rows in the store, commit, then kick the worker; they never wait for delivery. */
export interface NotificationWorker {
  kick(): void;
}

import type { Partner } from './ledger/model.js';

/** A SNAP handler's name: the x-snap-handler (else the operationId) the spec gives its operations. */
export type SnapHandlerName = keyof SnapHandlerOperations;

type JsonRequestBody<Op extends keyof operations> = NonNullable<operations[Op]['requestBody']> extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON request body of the operations a handler serves, as spec/ declares it (src/generated/openapi.ts). */
export type SnapBody<H extends SnapHandlerName> = JsonRequestBody<SnapHandlerOperations[H]>;

/**
 * An authenticated SNAP call as a capability's handler sees it: no Express, just facts. The spec
 * has validated the body before the handler runs, so a handler's body has its operation's type
 * (`SnapCall<'topUp'>`); without a handler name it is any SNAP body, unread.
 */
export interface SnapCall<H extends SnapHandlerName | undefined = undefined> {
  operationId: string;
  serviceCode: string;
  partner: Partner;
  /** Present when the call carried a valid Authorization-Customer token. */
  customer?: { accountId: string; bindingId?: string };
  body: H extends SnapHandlerName ? SnapBody<H> : Record<string, unknown>;
  headers: Record<string, string | undefined>;
  externalId?: string;
  now: number;
}

/** Returns the success fields; the HTTP layer adds responseCode 200<service>00 and responseMessage. */
export type SnapHandler<H extends SnapHandlerName | undefined = undefined> = (call: SnapCall<H>, ctx: SandboxContext) => Record<string, unknown>;

/** A capability's handlers, each under its name, so each gets the body of its own operations. */
export type SnapHandlers = { [H in SnapHandlerName]?: SnapHandler<H> };
