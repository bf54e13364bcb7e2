import type { Sweep } from '../storage/index.js';
import type { Store } from './store.js';

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

/**
 * The storage engine's sweep for the sandbox (handed in where the store is built: open-store.ts):
 * at open, before every snapshot, and at the first commit after midnight in Jakarta. Between
 * those, a commit costs one clock read.
 */
export class ExternalIdSweep implements Sweep {
  private nextAt = 0;

  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {}

  beforeCommit(): void {
    if (this.now() >= this.nextAt) this.run();
  }

  run(): number {
    const now = this.now();
    this.nextAt = startOfWibDay(now) + DAY_MS;
    return pruneExternalIds(this.store, now);
  }
}
