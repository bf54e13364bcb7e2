import type { SandboxContext } from '../context.js';
import { Journal } from '../http/journal.js';
import type { AdjustableClock } from '../lib/time.js';
import type { Notifier } from '../notify/notifier.js';
import type { Persistence } from '../storage/index.js';
import type { TenantRow } from './registry.js';

export const DEFAULT_TENANT = 'default';

/** A tenant as GET /admin/tenants shows it. */
export interface TenantView {
  tenantId: string;
  name: string;
  createdAt: string;
  default: boolean;
  clientIds: string[];
  wallets: number;
  transactions: number;
}

/**
 * One world of the server: its own store (partners, wallets, OTPs, tokens, transactions,
 * notifications), clock, scenarios with their counters, notifier and journal. The default tenant
 * is the sandbox as it always was; others are made through POST /admin/tenants (tenants.ts).
 */
export class Tenant {
  readonly journal: Journal;

  constructor(
    readonly row: TenantRow,
    readonly ctx: SandboxContext,
    /** The tenant's delivery worker; absent only for a context built without one (tests). */
    readonly notifier: Notifier | undefined,
    private readonly persistence: Persistence | undefined,
  ) {
    this.journal = new Journal(ctx.config.journalSize);
  }

  get id(): string {
    return this.row.id;
  }

  get clock(): AdjustableClock {
    return this.ctx.clock;
  }

  get isDefault(): boolean {
    return this.row.id === DEFAULT_TENANT;
  }

  view(): TenantView {
    const { store } = this.ctx;
    return {
      tenantId: this.id,
      name: this.row.name,
      createdAt: new Date(this.row.createdAt).toISOString(),
      default: this.isDefault,
      clientIds: [...store.partners.values()].map((p) => p.id),
      wallets: store.wallets.size,
      transactions: store.transactions.size,
    };
  }

  /** Stops delivering and lets go of connections a timeout scenario holds. */
  async stop(): Promise<void> {
    await this.notifier?.stop();
    this.ctx.scenarioEngine?.releaseHeld();
  }

  /** Shutdown: what is left is committed and, with DATA_FILE, a final snapshot written. */
  async close(): Promise<void> {
    await this.ctx.store.close();
  }

  /** Deletion: the data file is released without a final snapshot (its folder is removed next). */
  async discard(): Promise<void> {
    await this.stop();
    const file = this.persistence as { abandon?: () => Promise<void> } | undefined;
    if (file?.abandon) await file.abandon();
  }
}
