import { openFilePersistence, type FilePersistence, type FilePersistenceOptions, type LoadStats } from './data-file/file-persistence.js';
import { memoryPersistence, sweepingMemoryPersistence, type Persistence } from './persistence.js';
import type { UnitOfWork } from './unit-of-work.js';

/**
 * The storage engine: tables of whole rows changed as one unit of work, kept in memory or in
 * DATA_FILE. It is lowdb-compatible, not lowdb: the snapshot is a JSON object a plain lowdb (or
 * jq) reads, and a plain lowdb file is read too, but commits go to an append-only change log
 * beside it and the snapshot is rewritten in the background. It knows nothing of the sandbox: its
 * owner declares the tables (a UnitOfWork) and hands in the rules it needs, how rows read from
 * disk take their current form (upgradeRow) and which rows to drop without a change record
 * (sweep). Design: docs/persistence.md.
 *
 * The rest of src/ imports storage/ only through this file (test/architecture/import-rules.test.ts).
 */
export { Table, type ChangeSink } from './table.js';
export { UnitOfWork, type TablesSnapshot } from './unit-of-work.js';
export type { Persistence, StorageHealth, Sweep, UpgradeRow } from './persistence.js';
export type { FilePersistence, LoadStats } from './data-file/file-persistence.js';
export type { RetryPolicy } from './data-file/refusal-backoff.js';
export type { Disk, DiskFile } from './data-file/disk.js';

export interface StorageOptions extends FilePersistenceOptions {
  /** The tables: loaded from DATA_FILE, then written by their commits. */
  tables: UnitOfWork;
  /** DATA_FILE; without it the tables live in memory only (the sweep still runs before each commit). */
  file?: string;
}

export interface OpenedStorage<P extends Persistence = Persistence> {
  /** What the tables now commit to (they were handed it): memory, or DATA_FILE's FilePersistence. */
  persistence: P;
  /** false when there was nothing to load: the owner seeds the tables. */
  restored: boolean;
  stats: LoadStats;
}

const NOTHING_LOADED: LoadStats = { snapshotRows: 0, logLines: 0, tornBytes: 0, swept: 0, ms: 0 };

/** Loads the tables from options.file (if any) and makes their commits durable there from now on. */
export async function openStorage(options: StorageOptions & { file: string }): Promise<OpenedStorage<FilePersistence>>;
export async function openStorage(options: StorageOptions): Promise<OpenedStorage>;
export async function openStorage(options: StorageOptions): Promise<OpenedStorage> {
  const { tables, file, ...settings } = options;
  if (file === undefined) {
    const persistence = settings.sweep ? sweepingMemoryPersistence(settings.sweep) : memoryPersistence;
    tables.usePersistence(persistence);
    return { persistence, restored: false, stats: { ...NOTHING_LOADED } };
  }
  const opened = await openFilePersistence(file, tables, settings);
  tables.usePersistence(opened.persistence);
  return opened;
}
