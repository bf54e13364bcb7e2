import { describe, expect, it } from '@jest/globals';
import { Table, type ChangeSink } from '../../src/storage/index.js';

/**
 * Table indexes keep a bare id while one row has a key and a Set once several share it. by() and
 * allBy() must answer exactly as the Set-per-key version did: every row with the key, in the
 * order they were (last) written.
 */
interface Row {
  id: string;
  group?: string;
  ref: string;
}

const sink: ChangeSink = { recordChange() {} };

/** The reference: for each key, the ids in (re)write order. */
class Model {
  rows = new Map<string, Row>();
  keys = new Map<string, string[]>();
  constructor(private readonly key: (r: Row) => string | undefined) {}
  private drop(row: Row | undefined) {
    const k = row && this.key(row);
    if (k === undefined) return;
    const ids = this.keys.get(k)!.filter((id) => id !== row!.id);
    if (ids.length) this.keys.set(k, ids);
    else this.keys.delete(k);
  }
  put(row: Row) {
    this.drop(this.rows.get(row.id));
    this.rows.set(row.id, row);
    const k = this.key(row);
    if (k !== undefined) this.keys.set(k, [...(this.keys.get(k) ?? []), row.id]);
  }
  delete(id: string) {
    this.drop(this.rows.get(id));
    this.rows.delete(id);
  }
  all(k: string): Row[] {
    return (this.keys.get(k) ?? []).map((id) => this.rows.get(id)!);
  }
}

function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

describe('table indexes', () => {
  it('when rows are put, replaced and deleted at random, then by() and allBy() answer as the reference does', () => {
    const table = new Table<Row>('t', sink, { group: (r) => r.group, ref: (r) => r.ref });
    const groups = new Model((r) => r.group);
    const refs = new Model((r) => r.ref);
    const rnd = random(42);
    for (let step = 0; step < 5000; step++) {
      const id = `id${Math.floor(rnd() * 60)}`;
      if (rnd() < 0.25) {
        table.delete(id);
        groups.delete(id);
        refs.delete(id);
      } else {
        const row: Row = { id, group: rnd() < 0.2 ? undefined : `g${Math.floor(rnd() * 8)}`, ref: rnd() < 0.7 ? `r-${id}` : `r${Math.floor(rnd() * 5)}` };
        table.put(row);
        groups.put(row);
        refs.put(row);
      }
      if (step % 50 === 0 || step > 4900) {
        for (let g = 0; g < 8; g++) {
          expect(table.allBy('group', `g${g}`)).toEqual(groups.all(`g${g}`));
          expect(table.by('group', `g${g}`)).toEqual(groups.all(`g${g}`)[0]);
        }
        for (const k of [...refs.keys.keys(), 'r0', 'r-none']) {
          expect(table.allBy('ref', k)).toEqual(refs.all(k));
          expect(table.by('ref', k)).toEqual(refs.all(k)[0]);
        }
      }
    }
  });

  it('when a shared key falls back to one row and is shared again, then the order is still the write order', () => {
    const table = new Table<Row>('t', sink, { group: (r) => r.group, ref: (r) => r.ref });
    table.put({ id: 'a', group: 'g', ref: 'a' });
    table.put({ id: 'b', group: 'g', ref: 'b' });
    table.put({ id: 'c', group: 'g', ref: 'c' });
    table.delete('a');
    table.delete('b');
    expect(table.allBy('group', 'g').map((r) => r.id)).toEqual(['c']);
    table.put({ id: 'a', group: 'g', ref: 'a' });
    expect(table.allBy('group', 'g').map((r) => r.id)).toEqual(['c', 'a']);
    table.put({ id: 'c', group: 'g', ref: 'c2' });
    expect(table.allBy('group', 'g').map((r) => r.id)).toEqual(['a', 'c']);
    expect(table.by('ref', 'c')).toBeUndefined();
    expect(table.by('ref', 'c2')?.id).toBe('c');
    table.clear();
    expect(table.allBy('group', 'g')).toEqual([]);
    expect(() => table.by('nope', 'x')).toThrow('has no index nope');
  });
});
