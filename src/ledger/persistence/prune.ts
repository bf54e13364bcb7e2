import { memoryPersistence, type Persistence } from '../commits.js';
import type { Store } from '../store.js';

/**
 * X-EXTERNAL-ID is unique per partner per Asia/Jakarta day, so uses from an earlier day can never
 * conflict again. They are dropped from memory without being recorded as changes: a restart that
 * still finds them on disk simply drops them again, and the next snapshot leaves them out.
 * Returns how many were dropped.
 */
export function pruneExternalIds(store: Store, now: number): number {
  const stale: string[] = [];
  const startOfToday = startOfWibDay(now);
  for (const use of store.externalIds.values()) {
    if (use.at < startOfToday) stale.push(use.id);
  }
  for (const id of stale) store.externalIds.write(id, undefined);
  return stale.length;
}

const DAY_MS = 86_400_000;
const WIB_OFFSET_MS = 7 * 3_600_000;

/** Epoch ms of 00:00 Asia/Jakarta (UTC+7, no DST) on the day of `epochMs`; same day as lib/time wibDay. */
export function startOfWibDay(epochMs: number): number {
  return Math.floor((epochMs + WIB_OFFSET_MS) / DAY_MS) * DAY_MS - WIB_OFFSET_MS;
}

/** Prunes at most once per Jakarta day, on the first call after midnight: cheap enough for every commit. */
export class DailyExternalIdPruner {
  private nextAt = 0;

  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {}

  maybePrune(): number {
    const now = this.now();
    if (now < this.nextAt) return 0;
    this.nextAt = startOfWibDay(now) + DAY_MS;
    return pruneExternalIds(this.store, now);
  }
}

/** The in-memory store's persistence: nothing to write, but yesterday's external ids are dropped. */
export function memoryPersistenceWithPruning(store: Store, now: () => number): Persistence {
  const pruner = new DailyExternalIdPruner(store, now);
  return {
    ...memoryPersistence,
    write(changes, outcomes) {
      pruner.maybePrune();
      return memoryPersistence.write(changes, outcomes);
    },
  };
}
