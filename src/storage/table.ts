/**
 * An in-memory table of whole rows with secondary indexes. Every put/delete is reported to the
 * owning unit of work so that it can roll back a failed operation and persist a committed one.
 */
export interface ChangeSink {
  recordChange(table: string, id: string, previous: unknown): void;
}

type IndexFn<T> = (row: T) => string | undefined;

/**
 * An index entry: the id itself while one row has the key (most keys are unique: partner
 * references, a posting's transaction), a Set in insertion order once several rows share it. A
 * one-element Set costs ~150 bytes per row, which at 100k transactions was the largest single
 * overhead of the tables.
 */
type Ids = string | Set<string>;

export class Table<T extends { id: string }> {
  private readonly rows = new Map<string, T>();
  private readonly indexes = new Map<string, { key: IndexFn<T>; map: Map<string, Ids> }>();

  constructor(
    readonly name: string,
    private readonly sink: ChangeSink,
    indexes: Record<string, IndexFn<T>> = {},
  ) {
    for (const [indexName, key] of Object.entries(indexes)) {
      this.indexes.set(indexName, { key, map: new Map() });
    }
  }

  get size(): number {
    return this.rows.size;
  }

  get(id: string): T | undefined {
    return this.rows.get(id);
  }

  has(id: string): boolean {
    return this.rows.has(id);
  }

  values(): IterableIterator<T> {
    return this.rows.values();
  }

  /** The first row whose index value equals key. */
  by(indexName: string, key: string): T | undefined {
    const ids = this.index(indexName).get(key);
    if (ids === undefined) return undefined;
    if (typeof ids === 'string') return this.rows.get(ids);
    for (const id of ids) return this.rows.get(id);
    return undefined;
  }

  /** Every row whose index value equals key, in insertion order. */
  allBy(indexName: string, key: string): T[] {
    const ids = this.index(indexName).get(key);
    if (ids === undefined) return [];
    if (typeof ids === 'string') {
      const row = this.rows.get(ids);
      return row ? [row] : [];
    }
    return [...ids].map((id) => this.rows.get(id)).filter((row): row is T => row !== undefined);
  }

  put(row: T): T {
    const previous = this.rows.get(row.id);
    this.sink.recordChange(this.name, row.id, previous);
    this.write(row.id, row);
    return row;
  }

  delete(id: string): void {
    const previous = this.rows.get(id);
    if (previous === undefined) return;
    this.sink.recordChange(this.name, id, previous);
    this.write(id, undefined);
  }

  /**
   * Puts a row back as it was (or removes it) without reporting a change: rollback and restore.
   * A rewritten row moves to the end of the rows sharing its key. Where the key did not change and
   * no other row shares it, the index is left alone: deleting and adding the same key on every
   * update (a token's sliding expiry) made V8 rebuild the index's table each time, and the chain
   * of replaced tables was promoted out of the young generation (`node --trace-gc-nvp`).
   */
  write(id: string, row: T | undefined): void {
    const previous = this.rows.get(id);
    if (row === undefined) this.rows.delete(id);
    else this.rows.set(id, row);
    for (const { key, map } of this.indexes.values()) {
      const before = previous === undefined ? undefined : key(previous);
      const after = row === undefined ? undefined : key(row);
      if (before === after && (before === undefined || typeof map.get(before) === 'string')) continue;
      if (before !== undefined) removeId(map, before, id);
      if (after !== undefined) addId(map, after, id);
    }
  }

  clear(): void {
    this.rows.clear();
    for (const index of this.indexes.values()) index.map.clear();
  }

  private index(indexName: string): Map<string, Ids> {
    const index = this.indexes.get(indexName);
    if (!index) throw new Error(`table ${this.name} has no index ${indexName}`);
    return index.map;
  }
}

function addId(map: Map<string, Ids>, value: string, id: string): void {
  const ids = map.get(value);
  if (ids === undefined) map.set(value, id);
  else if (typeof ids !== 'string') ids.add(id);
  else if (ids !== id) map.set(value, new Set([ids, id]));
}

function removeId(map: Map<string, Ids>, value: string, id: string): void {
  const ids = map.get(value);
  if (ids === undefined) return;
  if (typeof ids === 'string') {
    if (ids === id) map.delete(value);
    return;
  }
  ids.delete(id);
  if (ids.size === 1) map.set(value, ids.values().next().value!);
  else if (ids.size === 0) map.delete(value);
}
