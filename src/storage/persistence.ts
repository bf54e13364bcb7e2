/**
 * The contract between the unit of work and its persistence (memory, or DATA_FILE:
 * data-file/file-persistence.ts): what a commit hands over, how persistence reports each commit's
 * fate, and the two rules its owner hands in (how rows read from disk take their current form, and
 * which rows it drops without a change record).
 */

/** What a persistence backend receives on commit: the rows changed since the last commit. */
export type ChangeSet = Map<string, Map<string, unknown | undefined>>;

/** What persistence tells the unit of work about its commits, synchronously, before their promises settle. */
export interface CommitOutcomes {
  /** The oldest `count` commits not yet durable are durable now. */
  durable(count: number): void;
  /** A write was refused: every commit not yet durable failed (the later ones may build on it). */
  refused(error: Error): void;
}

export interface StorageHealth {
  writable: boolean;
  /** While not writable: the disk's last refusal ("ENOSPC: no space left on device, write") and since when (epoch ms). */
  error?: string;
  since?: number;
}

export interface Persistence {
  /**
   * Makes the changes durable; resolves once they are. Reports each commit exactly once, in
   * order, through outcomes: durable, or refused (then the promise rejects).
   */
  write(changes: ChangeSet, outcomes: CommitOutcomes): Promise<void>;
  close(): Promise<void>;
  /** false while the disk refuses writes. */
  readonly writable: boolean;
  /** Whether it can write now; while it cannot, may try the disk again first. */
  health(): Promise<StorageHealth>;
}

/**
 * The owner's form of a row read from disk (snapshot, plain lowdb file or log line), before it
 * enters its table: rows older versions wrote, upgraded; strings shared with rows already loaded.
 * Tables load in the owner's order, so a row may look up rows of the tables before its own.
 */
export type UpgradeRow = (table: string, row: { id: string }) => { id: string };

/**
 * Rows the owner no longer needs (uses of X-EXTERNAL-ID from earlier days), dropped from memory
 * without a change record: a restart that still finds them on disk drops them again, and the next
 * snapshot leaves them out.
 */
export interface Sweep {
  /** Runs before every commit is written, so it must be cheap: it sweeps only when one is due. */
  beforeCommit(): void;
  /** Sweeps now (at open, before every snapshot); returns how many rows it dropped. */
  run(): number;
}

const WRITABLE: StorageHealth = { writable: true };
const RESOLVED = Promise.resolve();

/** Tables in memory only: every commit is durable at once. */
export const memoryPersistence: Persistence = {
  write(_changes, outcomes) {
    outcomes.durable(1);
    return RESOLVED;
  },
  async close() {},
  writable: true,
  health: async () => WRITABLE,
};

/** memoryPersistence that also sweeps before each commit. */
export function sweepingMemoryPersistence(sweep: Sweep): Persistence {
  return {
    ...memoryPersistence,
    write(changes, outcomes) {
      sweep.beforeCommit();
      return memoryPersistence.write(changes, outcomes);
    },
  };
}
