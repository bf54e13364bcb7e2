import { existsSync, mkdirSync, statSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { silentLogger, type Logger } from '../../lib/logger.js';
import type { ChangeSet, CommitOutcomes, Persistence, StorageHealth, Sweep, UpgradeRow } from '../persistence.js';
import type { Table } from '../table.js';
import type { UnitOfWork } from '../unit-of-work.js';
import { ChangeLog, type LogEvents } from './change-log.js';
import type { RetryPolicy } from './refusal-backoff.js';
import type { Disk } from './disk.js';
import { readLog, type LogEntry, type LogLine } from './log-reader.js';
import { load, readSnapshot } from './load-snapshot.js';
import { capture, writeSnapshot } from './snapshot.js';

/**
 * DATA_FILE persistence: a lowdb-compatible JSON snapshot (`<DATA_FILE>`) plus an append-only
 * change log (`<DATA_FILE>.log`). A commit appends one line and is acknowledged after the fsync
 * that covers it (group commit), so its cost does not depend on the size of the tables. When the
 * log outgrows the snapshot, and on shutdown, a new snapshot is written in the background and the
 * log is rotated away. Boot = snapshot + every log line newer than it. A write the disk refuses
 * is reported to the unit of work, which rolls back what it had not yet acknowledged. Design:
 * docs/persistence.md.
 */
export interface FilePersistenceOptions {
  /** The owner's form of every row read from disk (default: as read). */
  upgradeRow?: UpgradeRow;
  /** The owner's rows to drop without a change record: at open, before each commit and each snapshot. */
  sweep?: Sweep;
  /** Clock time recorded in each snapshot (`writtenAt`), for people reading it. */
  now?: () => number;
  log?: Logger;
  /** Compact once the log has grown by max(compactMinBytes, compactRatio × snapshot size). */
  compactMinBytes?: number;
  compactRatio?: number;
  /** Longest stretch of serialisation between two turns of the event loop while compacting (ms). */
  sliceMs?: number;
  /** Where the log and snapshots are written (tests inject refusals here). */
  disk?: Disk;
  /** Backoff while the disk refuses writes. */
  retry?: RetryPolicy;
  /** Epoch ms for health's `since` (real time, not the sandbox clock). */
  wallClock?: () => number;
}

export interface OpenedFilePersistence {
  persistence: FilePersistence;
  /** false when DATA_FILE held nothing yet: the caller seeds the tables. */
  restored: boolean;
  stats: LoadStats;
}

export interface LoadStats {
  snapshotRows: number;
  logLines: number;
  /** Bytes of a torn last write cut off (never acknowledged). */
  tornBytes: number;
  /** Rows the sweep dropped at open. */
  swept: number;
  ms: number;
}

const NO_SWEEP: Sweep = { beforeCommit() {}, run: () => 0 };
const AS_READ: UpgradeRow = (_table, row) => row;

const DEFAULT_COMPACT_MIN_BYTES = 16 * 1024 * 1024;
/** A failed compaction is tried again after this wait, doubled after each failure in a row. */
const COMPACT_RETRY_FIRST_MS = 1000;
const COMPACT_RETRY_MAX_MS = 5 * 60_000;

function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ENOENT') throw error;
}

export class FilePersistence implements Persistence, LogEvents {
  private compacting: Promise<void> | undefined;
  private compactRetry = { at: 0, backoffMs: 0 };
  private closed = false;
  private readonly now: () => number;
  private readonly logger: Logger;
  private changeLog!: ChangeLog;
  private outcomes: CommitOutcomes | undefined;
  /** Refused writes so far: a compaction that saw one while it wrote keeps the old snapshot. */
  private refusals = 0;
  /** Refused writes since the disk last took one; 0 while it takes them. */
  private refusedInRow = 0;

  constructor(
    readonly file: string,
    private readonly tables: UnitOfWork,
    private seq: number,
    private bytesSinceSnapshot: number,
    private snapshotBytes: number,
    private readonly sweep: Sweep,
    private readonly options: FilePersistenceOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.logger = options.log ?? silentLogger;
  }

  /** Set once by openFilePersistence: the log reports to this object. */
  useLog(changeLog: ChangeLog): void {
    this.changeLog = changeLog;
  }

  write(changes: ChangeSet, outcomes: CommitOutcomes): Promise<void> {
    this.outcomes = outcomes;
    if (this.closed) {
      const error = new Error('DATA_FILE persistence is closed');
      outcomes.refused(error);
      return Promise.reject(error);
    }
    this.sweep.beforeCommit();
    const c: LogEntry[] = [];
    for (const [table, rows] of changes) for (const [id, row] of rows) c.push([table, id, row ?? null]);
    const line = `${JSON.stringify({ s: ++this.seq, c } satisfies LogLine)}\n`;
    this.bytesSinceSnapshot += line.length;
    return this.changeLog.append(line);
  }

  durable(lines: number): void {
    this.outcomes?.durable(lines);
    this.maybeCompact();
  }

  /** One log line when the disk starts refusing, one when it takes writes again (recovered): not one per request. */
  refused(error: Error): void {
    this.refusals++;
    if (this.refusedInRow++ === 0) {
      this.logger.error('DATA_FILE: the disk refused a write; writes answer 500 and are rolled back until it takes them again, reads go on', {
        error: error.message,
        code: (error as NodeJS.ErrnoException).code,
      });
    }
    this.outcomes?.refused(error);
  }

  recovered(): void {
    const since = this.changeLog.refusal?.since;
    const downMs = since === undefined ? undefined : (this.options.wallClock ?? Date.now)() - since;
    this.logger.info('DATA_FILE: the disk takes writes again', { refusedWrites: this.refusedInRow, downMs });
    this.refusedInRow = 0;
  }

  get writable(): boolean {
    return this.changeLog.refusal === undefined;
  }

  async health(): Promise<StorageHealth> {
    await this.changeLog.probe();
    const refusal = this.changeLog.refusal;
    return refusal ? { writable: false, error: refusal.error.message, since: refusal.since } : { writable: true };
  }

  /** Counters for tests and the benchmark. */
  get stats(): { seq: number; flushes: number; lines: number; logBytes: number; bytesSinceSnapshot: number; snapshotBytes: number; compacting: boolean } {
    const { flushes, lines, bytes } = this.changeLog;
    return { seq: this.seq, flushes, lines, logBytes: bytes, bytesSinceSnapshot: this.bytesSinceSnapshot, snapshotBytes: this.snapshotBytes, compacting: this.compacting !== undefined };
  }

  get compactThreshold(): number {
    return Math.max(this.options.compactMinBytes ?? DEFAULT_COMPACT_MIN_BYTES, (this.options.compactRatio ?? 1) * this.snapshotBytes);
  }

  /** Called after every flush: starts a background compaction once the log is large enough. */
  maybeCompact(): void {
    if (this.compacting || this.closed || this.bytesSinceSnapshot <= this.compactThreshold || performance.now() < this.compactRetry.at) return;
    this.compact().then(
      () => (this.compactRetry = { at: 0, backoffMs: 0 }),
      (error: Error) => {
        const backoffMs = Math.min(COMPACT_RETRY_MAX_MS, Math.max(COMPACT_RETRY_FIRST_MS, this.compactRetry.backoffMs * 2));
        this.compactRetry = { at: performance.now() + backoffMs, backoffMs };
        this.logger.error('DATA_FILE compaction failed; the snapshot and log it had are kept, and it is tried again later', { error: error.message, retryInMs: backoffMs });
      },
    );
  }

  /** Writes a fresh snapshot and drops the log it covers. Concurrent calls share one run. */
  compact(): Promise<void> {
    this.compacting ??= this.runCompaction().finally(() => {
      this.compacting = undefined;
    });
    return this.compacting;
  }

  private async runCompaction(): Promise<void> {
    const started = performance.now();
    // A leftover <file>.log.1 (an earlier compaction that did not finish) still matters until a
    // snapshot covers it: keep it and do not rotate over it.
    if (!existsSync(this.changeLog.rotatedFile)) await this.changeLog.rotate();
    const swept = this.sweep.run();
    const snap = capture(this.tables, this.seq, this.now());
    const startMs = performance.now() - started;
    const bytesBefore = this.bytesSinceSnapshot;
    this.bytesSinceSnapshot = 0;
    const refusals = this.refusals;
    try {
      this.snapshotBytes = await writeSnapshot(this.file, snap, {
        sliceMs: this.options.sliceMs,
        disk: this.options.disk,
        // The snapshot may hold changes made while it was written: they must be in the log first.
        // If a write was refused meanwhile, it may hold rows that were rolled back: not renamed in.
        beforeRename: async () => {
          await this.tables.commit();
          if (this.refusals !== refusals) throw new Error('a write was refused while the snapshot was written');
        },
      });
    } catch (error) {
      this.bytesSinceSnapshot += bytesBefore;
      throw error;
    }
    await unlink(this.changeLog.rotatedFile).catch(ignoreMissing);
    this.logger.info('DATA_FILE compacted', {
      seq: snap.seq,
      bytes: this.snapshotBytes,
      swept,
      startMs: Math.round(startMs * 10) / 10,
      ms: Math.round(performance.now() - started),
    });
  }

  /** Releases the log file without a final snapshot: exactly what a crash leaves behind (tests). */
  async abandon(): Promise<void> {
    await this.compacting?.catch(() => {});
    this.closed = true;
    await this.changeLog.close();
  }

  /**
   * Shutdown: waits for pending commits, writes a final snapshot and removes the log. If the
   * snapshot cannot be written, the log stays (it is the truth) and this rejects.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.compacting?.catch(() => {});
    await this.changeLog.drain();
    this.closed = true;
    const rotated = existsSync(this.changeLog.rotatedFile);
    if (this.bytesSinceSnapshot > 0 || rotated || this.changeLog.bytes > 0 || !existsSync(this.file)) {
      this.sweep.run();
      try {
        this.snapshotBytes = await writeSnapshot(this.file, capture(this.tables, this.seq, this.now()), { sliceMs: 50, disk: this.options.disk });
      } catch (error) {
        await this.changeLog.close();
        this.logger.error('DATA_FILE: the final snapshot could not be written; the change log is kept and the next start replays it', { error: (error as Error).message });
        throw error;
      }
    }
    await this.changeLog.close();
    await unlink(this.changeLog.rotatedFile).catch(ignoreMissing);
    await unlink(this.changeLog.file).catch(ignoreMissing);
  }
}

/**
 * Opens DATA_FILE: loads the snapshot into the tables, replays the log lines newer
 * than it (`<file>.log.1` first, if a compaction was interrupted, then `<file>.log`) and reopens
 * the log for appending, cutting off a torn last line that was never acknowledged.
 */
export async function openFilePersistence(file: string, owner: UnitOfWork, options: FilePersistenceOptions = {}): Promise<OpenedFilePersistence> {
  const started = performance.now();
  mkdirSync(dirname(file), { recursive: true });
  const upgradeRow = options.upgradeRow ?? AS_READ;
  const tables = new Map<string, Table<{ id: string }>>(owner.tables().map((t) => [t.name, t]));
  const snapshot = await readSnapshot(file, owner, tables, upgradeRow);
  const snapshotSeq = typeof snapshot?.meta?.seq === 'number' ? snapshot.meta.seq : 0;
  let snapshotRows = 0;
  if (snapshot) for (const t of owner.tables()) snapshotRows += t.size;

  const logFile = `${file}.log`;
  const rotated = readLog(`${logFile}.1`);
  const current = readLog(logFile);
  let seq = snapshotSeq;
  let logLines = 0;
  for (const line of [...rotated.lines, ...current.lines]) {
    logLines++;
    if (line.s <= seq) continue;
    seq = line.s;
    for (const [table, id, row] of line.c) {
      if (row === null) tables.get(table)?.write(id, undefined);
      else load(tables.get(table), upgradeRow(table, row as { id: string }));
    }
  }
  const sweep = options.sweep ?? NO_SWEEP;
  const swept = sweep.run();

  const snapshotBytes = snapshot ? statSync(file).size : 0;
  const persistence = new FilePersistence(file, owner, seq, rotated.goodBytes + current.goodBytes, snapshotBytes, sweep, options);
  persistence.useLog(await ChangeLog.open(logFile, current.goodBytes, persistence, options));
  const stats = { snapshotRows, logLines, tornBytes: current.tornBytes + rotated.tornBytes, swept, ms: Math.round(performance.now() - started) };
  if (stats.tornBytes > 0) (options.log ?? silentLogger).warn('DATA_FILE log ended in a torn write (never acknowledged); ignored it', { bytes: stats.tornBytes });
  return { persistence, restored: snapshot !== undefined || logLines > 0, stats };
}
