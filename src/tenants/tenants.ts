import { customAlphabet } from 'nanoid';
import type { SandboxContext, TenantPlace } from '../context.js';
import { SnapError } from '../errors/snap-error.js';
import { applySeed } from '../ledger/seed.js';
import { AdjustableClock } from '../lib/time.js';
import { DeliveryPulse, NOTIFIER_DEFAULTS, Notifier } from '../notify/notifier.js';
import { PartnerTokens } from '../notify/notification-token.js';
import { openStore, type StoreSettings } from '../open-store.js';
import { freshPartner, tenantSeed, type FreshPartner } from './fresh-partner.js';
import { TenantRegistry, type TenantRow } from './registry.js';
import { DEFAULT_TENANT, Tenant } from './tenant.js';

const newTenantId = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 12);

export interface TenantsOptions {
  /** DATA_FILE: tenants are kept beside it (registry.ts); unset, they live in memory. */
  dataFile?: string;
  /** Storage engine settings for the tenants' stores and the registry (tests inject a Disk). */
  storage?: Omit<StoreSettings, 'now'>;
}

/**
 * The server's tenants: the default one (today's world) and those made through POST
 * /admin/tenants, each a world of its own (tenant.ts). SNAP calls and pages carry no tenant:
 * they belong to the tenant of the partner's clientId, found here, or of the page's token. A
 * clientId is unique across the server. Per tenant there is no timer: one pulse drives every
 * tenant's notifier, and a tenant with nothing pending costs one lookup per pulse.
 */
export class Tenants {
  readonly default: Tenant;
  private readonly byId = new Map<string, Tenant>();
  /** clientId → its tenant, as last found; checked on every use (tenants.ownerOf). */
  private readonly byClientId = new Map<string, Tenant>();
  private readonly pulse = new DeliveryPulse(NOTIFIER_DEFAULTS.pollMs);
  private delivering = false;

  /** The default tenant is `defaultCtx`; others are added by create(), or by open() from DATA_FILE. */
  constructor(
    defaultCtx: SandboxContext,
    private readonly registry: TenantRegistry = TenantRegistry.inMemory(),
    private readonly storage: Omit<StoreSettings, 'now'> = {},
  ) {
    defaultCtx.tenant ??= this.place(DEFAULT_TENANT);
    if (!defaultCtx.notifier) defaultCtx.notifier = new Notifier(defaultCtx, NOTIFIER_DEFAULTS, this.pulse);
    const notifier = defaultCtx.notifier instanceof Notifier ? defaultCtx.notifier : undefined;
    this.default = new Tenant({ id: DEFAULT_TENANT, name: DEFAULT_TENANT, createdAt: Date.now(), partners: [] }, defaultCtx, notifier, undefined);
    this.byId.set(DEFAULT_TENANT, this.default);
  }

  /** The default tenant on `defaultCtx`, and every tenant DATA_FILE's registry lists, each on its own data file. */
  static async open(defaultCtx: SandboxContext, options: TenantsOptions = {}): Promise<Tenants> {
    const registry = await TenantRegistry.open(options.dataFile, options.storage ?? {});
    const tenants = new Tenants(defaultCtx, registry, options.storage);
    for (const row of registry.rows()) tenants.byId.set(row.id, await tenants.openTenant(row));
    const orphans = registry.removeOrphans();
    if (orphans.length > 0) defaultCtx.log.info('removed the folders of deleted tenants', { tenants: orphans });
    return tenants;
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Tenant | undefined {
    return this.byId.get(id);
  }

  list(): Tenant[] {
    return [...this.byId.values()];
  }

  /** The tenant whose partner has this clientId, if any. */
  ownerOf(clientId: string): Tenant | undefined {
    const known = this.byClientId.get(clientId);
    if (known && this.byId.get(known.id) === known && known.ctx.store.partners.has(clientId)) return known;
    for (const tenant of this.byId.values()) {
      if (!tenant.ctx.store.partners.has(clientId)) continue;
      this.byClientId.set(clientId, tenant);
      return tenant;
    }
    if (known) this.byClientId.delete(clientId);
    return undefined;
  }

  /** Where a SNAP call goes: the tenant of X-PARTNER-ID (transactional) or X-CLIENT-KEY (token); else the default. */
  forSnapCall(headers: Record<string, string | string[] | undefined>): Tenant {
    if (this.byId.size === 1) return this.default;
    const clientId = headers['x-partner-id'] ?? headers['x-client-key'];
    return (typeof clientId === 'string' && this.ownerOf(clientId)) || this.default;
  }

  /** The tenant that issued a page token (the ?token= of a PIN or consent page). */
  forPageToken(token: unknown): Tenant | undefined {
    if (typeof token !== 'string' || token === '') return undefined;
    for (const tenant of this.byId.values()) if (tenant.ctx.store.pageTokens.has(token)) return tenant;
    return undefined;
  }

  /** The tenant a VA number belongs to: the one that issued it, else the one whose partner answers direct inquiries for its BIN. */
  forVirtualAccount(number: unknown): Tenant | undefined {
    if (typeof number !== 'string' || number === '') return undefined;
    const digits = number.replace(/\D/g, '');
    for (const tenant of this.byId.values()) if (tenant.ctx.store.virtualAccounts.by('number', digits)) return tenant;
    for (const tenant of this.byId.values()) {
      for (const p of tenant.ctx.store.partners.values()) if (p.directInquiryUrl && p.partnerServiceId && digits.startsWith(p.partnerServiceId)) return tenant;
    }
    return undefined;
  }

  /**
   * A new tenant, seeded (fresh-partner.ts): acknowledged once its registry row and its seed are
   * durable. A crash in between leaves the row, and the next start seeds the tenant from it.
   */
  async create(name?: string): Promise<{ tenant: Tenant; partners: FreshPartner[] }> {
    const fixtures = this.default.ctx.seed;
    const partners: FreshPartner[] = [];
    // One after another: each checks its clientId against those already drawn.
    for (let i = 0; i < fixtures.partners.length; i++) {
      partners.push(await freshPartner((id) => this.ownerOf(id) !== undefined || partners.some((p) => p.clientId === id)));
    }
    const id = newTenantId();
    const row: TenantRow = {
      id,
      name: name ?? id,
      createdAt: Date.now(),
      partners: partners.map(({ clientId, clientSecret, publicKeyPem }) => ({ clientId, clientSecret, publicKeyPem })),
    };
    await this.registry.add(row);
    let tenant: Tenant;
    try {
      tenant = await this.openTenant(row);
    } catch (error) {
      await this.registry.remove(id).catch(() => {});
      this.registry.removeFolder(id);
      throw error;
    }
    this.byId.set(id, tenant);
    if (this.delivering) tenant.notifier?.start();
    return { tenant, partners };
  }

  /** Removes a tenant and everything in it; its calls in flight may still finish. The default one stays. */
  async delete(id: string): Promise<void> {
    const tenant = this.byId.get(id);
    if (!tenant) throw unknownTenant(id);
    if (tenant.isDefault) {
      throw new SnapError('Conflict').withEcho({ additionalInfo: { reason: 'the default tenant cannot be deleted: POST /admin/reset returns it to the fixtures' } });
    }
    this.byId.delete(id);
    try {
      await this.registry.remove(id);
    } catch (error) {
      this.byId.set(id, tenant);
      throw error;
    }
    await tenant.discard();
    this.registry.removeFolder(id);
  }

  /** Starts every tenant's notifier, and those of tenants made later. */
  startDelivery(): void {
    this.delivering = true;
    for (const tenant of this.byId.values()) tenant.notifier?.start();
  }

  /** Stops delivery and lets go of held connections, in every tenant. */
  async stop(): Promise<void> {
    this.delivering = false;
    await Promise.all(this.list().map((t) => t.stop()));
  }

  /** Closes every tenant's store (final snapshots with DATA_FILE) and the registry. */
  async close(): Promise<void> {
    const closing = await Promise.allSettled(this.list().map((t) => t.close()));
    await this.registry.close();
    const failed = closing.find((c): c is PromiseRejectedResult => c.status === 'rejected');
    if (failed) throw failed.reason;
  }

  private place(id: string): TenantPlace {
    return { id, ownerOfClientId: (clientId) => this.ownerOf(clientId)?.id };
  }

  /** A tenant's world, on its own data file (or in memory), seeded when the file held nothing. */
  private async openTenant(row: TenantRow): Promise<Tenant> {
    const base = this.default.ctx;
    const clock = new AdjustableClock();
    const { store, persistence, restored } = await openStore(this.registry.dataFileOf(row.id), { ...this.storage, now: () => clock.now(), log: base.log });
    const seed = tenantSeed(base.seed, row.partners);
    await store.transact(() => {
      if (!restored) applySeed(store, seed, clock.now());
    });
    const engine = base.scenarioEngine?.fork(clock);
    const ctx: SandboxContext = {
      config: base.config,
      keys: base.keys,
      log: base.log,
      publicBaseUrl: base.publicBaseUrl,
      store,
      clock,
      seed,
      scenarios: engine,
      scenarioEngine: engine,
      partnerTokens: new PartnerTokens(),
      metrics: base.metrics,
      tenant: this.place(row.id),
    };
    const notifier = new Notifier(ctx, NOTIFIER_DEFAULTS, this.pulse);
    ctx.notifier = notifier;
    return new Tenant(row, ctx, notifier, persistence);
  }
}

/** 404 naming the tenant (SNAP-shaped, like every refusal). */
export function unknownTenant(id: string): SnapError {
  return new SnapError('NotFound', `Unknown tenant ${id}`).withDiagnostics({ hint: 'GET /admin/tenants lists the tenants; POST /admin/tenants makes one' });
}
