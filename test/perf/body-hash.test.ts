import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { bodyHash, sameBody } from '../../src/ledger/idempotency.js';
import type { IdempotencyRecord } from '../../src/ledger/model.js';
import { RowsFromDisk } from '../../src/ledger/rows-from-disk.js';
import { Store } from '../../src/ledger/store.js';
import { seededRandom } from '../../src/scenarios/prng.js';
import { randomJson } from '../helpers/random-json.js';

/**
 * Idempotency records on disk keep the hash of the first body; a replay after an upgrade must
 * hash the same body to the same value. The hash is checked against the first implementation
 * (sorted Object.entries, joined) on random bodies, key orders and odd keys included: today's short
 * form (22 base64url characters) and the full hex digest that older DATA_FILEs hold, as a record
 * holding it is after loading (the storage engine hands every row read to ledger/rows-from-disk.ts).
 */
function reference(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const rowsFromDisk = new RowsFromDisk(new Store());
const loaded = (record: IdempotencyRecord) => rowsFromDisk.upgradeRow('idempotency', record) as IdempotencyRecord;

const SHAPES = {
  keys: ['amount', 'value', 'Currency', 'currency', 'é', '"quoted"', '10', '2', 'a\u0000b', '', 'additionalInfo', '😀', 'Z'],
  leaves: [null, true, false, 0, -1.5, 1e21, 'x', '', 'line\nbreak', '\u2028', undefined, 'ü'],
};

describe('bodyHash()', () => {
  it('when given any JSON body, then it equals the hash of the first implementation, whatever the key order', () => {
    const rand = seededRandom(20261201);
    for (let i = 0; i < 5000; i++) {
      const body = randomJson(rand, SHAPES);
      const digest = createHash('sha256').update(reference(body)).digest();
      expect(bodyHash(body)).toBe(digest.toString('base64url').slice(0, 22));
      const legacy = loaded({ id: 'x', status: 200, body: {}, at: 0, bodyHash: digest.toString('hex') });
      expect(sameBody(legacy, bodyHash(body), body)).toBe(true);
      expect(sameBody(legacy, bodyHash({ other: body }), { other: body })).toBe(false);
    }
    expect(bodyHash({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(bodyHash({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }));
    const wide = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${(i * 17) % 40}`, i]));
    expect(bodyHash(wide)).toBe(createHash('sha256').update(reference(wide)).digest('base64url').slice(0, 22));
  });
});
