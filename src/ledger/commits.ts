import { SnapError } from '../errors/snap-error.js';

/**
 * The contract between the store and its persistence (memory, or DATA_FILE: file-persistence.ts):
 * what a commit hands over, how persistence reports each commit's fate, and what a writer gets
 * when the disk refused.
 */

/** What a persistence backend receives on commit: the rows changed since the last commit. */
export type ChangeSet = Map<string, Map<string, unknown | undefined>>;

/** What persistence tells the store about its commits, synchronously, before their promises settle. */
export interface CommitOutcomes {
  /** The oldest `count` commits not yet durable are durable now. */
  durable(count: number): void;
  /** A write was refused: every commit not yet durable failed (the later ones may build on it). */
  refused(error: Error): void;
}

export interface StoreHealth {
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
  health(): Promise<StoreHealth>;
}

const WRITABLE: StoreHealth = { writable: true };
const RESOLVED = Promise.resolve();

export const memoryPersistence: Persistence = {
  write(_changes, outcomes) {
    outcomes.durable(1);
    return RESOLVED;
  },
  async close() {},
  writable: true,
  health: async () => WRITABLE,
};

/**
 * What a writer gets when the disk refused its commit: a SNAP 500xx01 (the HTTP layer adds the
 * service code) whose journal diagnostics say why. Nothing of the operation is left in memory.
 */
export class StoreRefusedError extends SnapError {
  constructor(readonly reason: Error) {
    super('InternalServerError');
    this.withDiagnostics({
      store: reason.message,
      ...((reason as NodeJS.ErrnoException).code ? { code: (reason as NodeJS.ErrnoException).code } : {}),
      hint: 'the disk refused to write DATA_FILE: nothing of this call was kept (see GET /health)',
    });
  }
}
