import { memoryPersistence, type ChangeSet, type CommitOutcomes, type Persistence, type StorageHealth } from './persistence.js';
import { Table, type ChangeSink } from './table.js';

/** Every table's rows by table name: what a plain lowdb file holds. */
export type TablesSnapshot = Record<string, { id: string }[]>;

const RESOLVED = Promise.resolve();

interface Undo {
  table: string;
  id: string;
  previous: unknown;
}

/** Row ids by table. */
type Marks = Map<string, Set<string>>;

/**
 * A set of tables changed as one unit of work: every change is recorded (table, id, the row
 * before), so `atomically` rolls a failed operation back and a commit the disk refuses is rolled
 * back too; `transact` is the one way writers change the tables. The owner declares its tables as
 * fields (the sandbox's: ledger/store.ts) and says what a writer gets when the disk refused
 * (refusedError).
 */
export abstract class UnitOfWork implements ChangeSink, CommitOutcomes {
  /** Every change since the last commit, oldest first: what a failed operation or a refused commit undoes. */
  private changes: Undo[] = [];
  private inAtomically = false;
  /** The changes of each commit handed to persistence and not yet durable, oldest first. */
  private unconfirmed: Undo[][] = [];
  /** Beside each unconfirmed commit: the kept rows it carries (see keep). */
  private unconfirmedKept: (Marks | undefined)[] = [];
  /** Rows changed by reads served while the disk refused: in memory, not yet durable, never undone. */
  private kept: Marks | undefined;
  private dirty: ChangeSet = new Map();
  private committing: Promise<void> = RESOLVED;
  private rollbacks = 0;
  private lastRefusal: Error | undefined;
  private persistence: Persistence = memoryPersistence;
  private byName: Map<string, Table<{ id: string }>> | undefined;

  /** What a writer whose commit the disk refused gets, made from the disk's error (ENOSPC …). */
  protected abstract refusedError(reason: Error): Error;

  /** A refused commit's raw error becomes the owner's; one function for every transact. */
  private readonly refuse = (error: unknown): never => {
    throw this.refusedError(error instanceof Error ? error : new Error(String(error)));
  };

  recordChange(table: string, id: string, previous: unknown): void {
    this.changes.push({ table, id, previous });
    this.markDirty(table, id);
  }

  private markDirty(table: string, id: string): void {
    let rows = this.dirty.get(table);
    if (!rows) this.dirty.set(table, (rows = new Map()));
    rows.set(id, undefined); // the current value is read at commit time
  }

  /** Runs fn; if it throws, every row it changed is put back as it was. Nested calls join the outer one. */
  atomically<R>(fn: () => R): R {
    if (this.inAtomically) return fn();
    this.inAtomically = true;
    const start = this.changes.length;
    try {
      const result = fn();
      if (result instanceof Promise) throw new Error('atomically() takes synchronous work only');
      return result;
    } catch (error) {
      this.undo(this.changes, start);
      this.changes.length = start;
      throw error;
    } finally {
      this.inAtomically = false;
    }
  }

  /**
   * The one way a writer changes the tables (issue 16: one unit of work): runs `change` atomically,
   * commits everything changed since the last commit, and resolves with change's result once that
   * is durable; only then may the caller answer. Throws what `change` throws, after rolling it
   * back. If the disk refuses the commit, every change not yet durable (this one included) is
   * rolled back first, and it rejects with the owner's refusedError.
   *
   * `since`: the epoch read before earlier changes of the same operation that were made across an
   * await (the guard, before a scenario delay). If a refusal rolled those back meanwhile, the
   * operation fails as a whole instead of being half kept.
   *
   * While the disk refuses, a change that changes nothing (a read, a replay, a 4xx) is not held
   * back: it resolves once everything it could have read is durable, and what was recorded for it
   * before (X-EXTERNAL-ID use, token expiry) is kept in memory until a commit the disk takes.
   */
  transact<R>(change: () => R, since: number = this.rollbacks): Promise<R> {
    if (since !== this.rollbacks) return Promise.reject(this.refusedError(this.lastRefusal ?? new Error('changes not yet durable were rolled back')));
    const before = this.changes.length;
    const result = this.atomically(change);
    if (this.changes.length === before && !this.persistence.writable) {
      return this.settled().then(() => {
        this.keep();
        return result;
      }, this.refuse);
    }
    return this.commit().then(() => result, this.refuse);
  }

  /** Incremented whenever changes not yet durable are rolled back (a refused write): see transact's `since`. */
  get epoch(): number {
    return this.rollbacks;
  }

  /** false while the disk refuses writes: reads go on, writes answer 5xx. */
  get writable(): boolean {
    return this.persistence.writable;
  }

  /** For GET /health; while the disk refuses, it may be tried again first. */
  health(): Promise<StorageHealth> {
    return this.persistence.health();
  }

  /**
   * Hands everything changed since the last commit to persistence; resolves once it is durable.
   * Writers call transact; this is for close and the compaction (which waits for the log).
   */
  commit(): Promise<void> {
    if (this.inAtomically) throw new Error('commit() inside atomically()');
    if (this.dirty.size === 0) return this.settled();
    // The dirty map becomes the change set: each id's current row is read now.
    const changes: ChangeSet = this.dirty;
    for (const [table, ids] of changes) {
      const source = this.table(table);
      for (const id of ids.keys()) ids.set(id, source.get(id));
    }
    this.dirty = new Map();
    this.unconfirmed.push(this.changes);
    this.changes = [];
    this.unconfirmedKept.push(this.kept);
    this.kept = undefined;
    // Handed over at once, not chained: persistence keeps the order and batches concurrent
    // commits into one fsync (group commit).
    const written = this.persistence.write(changes, this);
    written.catch(() => {});
    this.committing = written;
    return written;
  }

  /** Resolves once every commit made so far is durable; rejects if the latest was refused. */
  private settled(): Promise<void> {
    return this.unconfirmed.length > 0 ? this.committing : RESOLVED;
  }

  durable(count: number): void {
    for (let i = 0; i < count; i++) {
      this.unconfirmed.shift();
      this.unconfirmedKept.shift();
    }
  }

  /**
   * A read served while the disk refuses: the changes made since the last commit (its X-EXTERNAL-ID
   * use and token expiry, and those of calls still in progress) stay in memory. No refusal undoes
   * them; they are written with the next commit the disk takes, or lost with a crash before it.
   */
  private keep(): void {
    for (const { table, id } of this.changes) this.keepRow(table, id);
    this.changes = [];
  }

  /**
   * The disk refused a commit. Every change not yet durable is undone, newest first: changes made
   * since the last commit, then each unconfirmed commit. Later commits go too because they may
   * have read what the refused one wrote (a balance), so memory ends exactly at what is on disk:
   * what was acknowledged. Runs before any of their promises rejects, so before any answer.
   */
  refused(error: Error): void {
    this.undo(this.changes, 0);
    this.changes = [];
    for (let i = this.unconfirmed.length - 1; i >= 0; i--) {
      this.undo(this.unconfirmed[i]!, 0);
      for (const [table, ids] of this.unconfirmedKept[i] ?? []) for (const id of ids) this.keepRow(table, id);
    }
    this.unconfirmed = [];
    this.unconfirmedKept = [];
    // What is dirty now is back at its durable value, except the kept rows: they still need writing.
    this.dirty = new Map();
    for (const [table, ids] of this.kept ?? []) for (const id of ids) this.markDirty(table, id);
    this.rollbacks++;
    this.lastRefusal = error;
  }

  private keepRow(table: string, id: string): void {
    this.kept ??= new Map();
    let ids = this.kept.get(table);
    if (!ids) this.kept.set(table, (ids = new Set()));
    ids.add(id);
  }

  private undo(changes: Undo[], from: number): void {
    for (let i = changes.length - 1; i >= from; i--) {
      const { table, id, previous } = changes[i]!;
      this.table(table).write(id, previous as { id: string } | undefined);
    }
  }

  /** Set once by openStorage (storage/index.ts); until then the tables live in memory. */
  usePersistence(persistence: Persistence): void {
    this.persistence = persistence;
  }

  tables(): Table<{ id: string }>[] {
    return [...this.tablesByName().values()];
  }

  table(name: string): Table<{ id: string }> {
    const found = this.tablesByName().get(name);
    if (!found) throw new Error(`no table ${name}`);
    return found;
  }

  /** The owner's table fields, in declaration order; built on first use, once they all exist. */
  private tablesByName(): Map<string, Table<{ id: string }>> {
    this.byName ??= new Map(
      Object.values(this)
        .filter((v): v is Table<{ id: string }> => v instanceof Table)
        .map((t) => [t.name, t]),
    );
    return this.byName;
  }

  snapshot(): TablesSnapshot {
    const out: TablesSnapshot = {};
    for (const table of this.tables()) out[table.name] = [...table.values()];
    return out;
  }

  /**
   * Replaces all rows with a snapshot, without recording changes; unknown tables are ignored.
   * prepare may replace each row before it is stored (rows from disk: upgradeRow); tables go in
   * declaration order.
   */
  restore(snapshot: TablesSnapshot, prepare: (table: string, row: { id: string }) => { id: string } = (_t, row) => row): void {
    for (const table of this.tables()) {
      table.clear();
      for (const row of snapshot[table.name] ?? []) {
        const ready = prepare(table.name, row);
        table.write(ready.id, ready);
      }
    }
  }

  /** Empties every table, recorded as changes, so a reset is persisted like any change. */
  clearAll(): void {
    for (const table of this.tables()) {
      for (const row of [...table.values()]) table.delete(row.id);
    }
  }

  /** Commits what is left (a refusal rolls it back instead) and closes persistence: its final snapshot. */
  async close(): Promise<void> {
    await this.commit().catch(() => {});
    await this.persistence.close();
  }
}
