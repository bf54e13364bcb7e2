import { ExternalIdSweep } from './ledger/external-id-sweep.js';
import { RowsFromDisk } from './ledger/rows-from-disk.js';
import { Store } from './ledger/store.js';
import { openStorage, type FilePersistence, type LoadStats, type Persistence, type StorageOptions } from './storage/index.js';

/**
 * Where the store is built: the sandbox's tables (ledger/store.ts) on the storage engine
 * (storage/), in memory or in DATA_FILE, with the two domain rules the engine needs handed in:
 * how rows read from disk take their current form (ledger/rows-from-disk.ts) and dropping uses of
 * X-EXTERNAL-ID from earlier Jakarta days (ledger/external-id-sweep.ts). The storage engine
 * imports neither.
 */
export type StoreSettings = Omit<StorageOptions, 'tables' | 'file' | 'upgradeRow' | 'sweep'> & { now: () => number };

export interface OpenedStore<P extends Persistence = Persistence> {
  store: Store;
  persistence: P;
  /** false when DATA_FILE held nothing (or there is none): the caller seeds the store. */
  restored: boolean;
  stats: LoadStats & { prunedExternalIds: number };
}

export async function openStore(dataFile: string, settings: StoreSettings): Promise<OpenedStore<FilePersistence>>;
export async function openStore(dataFile: string | undefined, settings: StoreSettings): Promise<OpenedStore>;
export async function openStore(dataFile: string | undefined, settings: StoreSettings): Promise<OpenedStore> {
  const store = new Store();
  const rows = new RowsFromDisk(store);
  const { persistence, restored, stats } = await openStorage({
    ...settings,
    tables: store,
    file: dataFile,
    upgradeRow: rows.upgradeRow,
    sweep: new ExternalIdSweep(store, settings.now),
  });
  // Postings of older files get derived ids, written like any change before the first request.
  await store.transact(() => rows.renumberPostings());
  return { store, persistence, restored, stats: { ...stats, prunedExternalIds: stats.swept } };
}
