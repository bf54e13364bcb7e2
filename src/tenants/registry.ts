import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { StoreRefusedError } from '../ledger/commits.js';
import { openStorage, Table, UnitOfWork } from '../storage/index.js';
import type { StoreSettings } from '../open-store.js';
import type { TenantPartner } from './fresh-partner.js';

/** A tenant as the registry keeps it: who it is and the partners it is seeded with. */
export interface TenantRow {
  id: string;
  name: string;
  /** Epoch ms, real time. */
  createdAt: number;
  partners: TenantPartner[];
}

class TenantTables extends UnitOfWork {
  readonly tenants = new Table<TenantRow>('tenants', this);

  protected refusedError(reason: Error): StoreRefusedError {
    return new StoreRefusedError(reason);
  }
}

const REGISTRY_FILE = 'tenants.json';

/**
 * The list of tenants (not the default one, which is DATA_FILE itself). With DATA_FILE it lives
 * beside it in `<DATA_FILE>.tenants/`: `tenants.json` on the storage engine (snapshot + change
 * log, a row acknowledged only once fsynced), and one folder per tenant holding that tenant's own
 * data file (`<id>/data.json`). The folder is made by the first tenant: a sandbox without tenants
 * writes nothing new.
 */
export class TenantRegistry {
  private readonly tables = new TenantTables();
  private opened: Promise<void> | undefined;

  private constructor(
    /** `<DATA_FILE>.tenants`, or undefined in memory. */
    readonly dir: string | undefined,
    private readonly settings: Omit<StoreSettings, 'now'>,
  ) {}

  /** A registry in memory: tenants last as long as the process. */
  static inMemory(): TenantRegistry {
    return new TenantRegistry(undefined, {});
  }

  /** Opens the registry of DATA_FILE when there is one on disk; otherwise it opens with the first tenant. */
  static async open(dataFile: string | undefined, settings: Omit<StoreSettings, 'now'>): Promise<TenantRegistry> {
    const registry = new TenantRegistry(dataFile === undefined ? undefined : `${dataFile}.tenants`, settings);
    const file = registry.file;
    if (file && [file, `${file}.log`, `${file}.log.1`].some((f) => existsSync(f))) await registry.durable();
    return registry;
  }

  private get file(): string | undefined {
    return this.dir && join(this.dir, REGISTRY_FILE);
  }

  /** Where a tenant's own store lives; undefined in memory. */
  dataFileOf(id: string): string | undefined {
    return this.dir && join(this.dir, id, 'data.json');
  }

  rows(): TenantRow[] {
    return [...this.tables.tenants.values()].sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Resolves once the row is durable (fsynced with DATA_FILE). */
  async add(row: TenantRow): Promise<void> {
    await this.durable();
    await this.tables.transact(() => this.tables.tenants.put(row));
  }

  /** Resolves once the removal is durable; the tenant's folder is removed after (removeFolder). */
  async remove(id: string): Promise<void> {
    await this.durable();
    await this.tables.transact(() => this.tables.tenants.delete(id));
  }

  /** Deletes a tenant's folder; one left by a crash before it was deleted goes at the next start (removeOrphans). */
  removeFolder(id: string): void {
    if (this.dir) rmSync(join(this.dir, id), { recursive: true, force: true });
  }

  /** Folders of tenants the registry no longer lists (deleted just before a crash); returns their names. */
  removeOrphans(): string[] {
    if (!this.dir || !existsSync(this.dir)) return [];
    const orphans = readdirSync(this.dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !this.tables.tenants.has(e.name))
      .map((e) => e.name);
    for (const id of orphans) this.removeFolder(id);
    return orphans;
  }

  async close(): Promise<void> {
    if (this.opened) await this.tables.close();
  }

  private async durable(): Promise<void> {
    const file = this.file;
    if (!file) return;
    this.opened ??= openStorage({ ...this.settings, tables: this.tables, file }).then(
      () => undefined,
      (error: unknown) => {
        this.opened = undefined;
        throw error;
      },
    );
    await this.opened;
  }
}
