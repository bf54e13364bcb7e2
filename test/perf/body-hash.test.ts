import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { bodyHash } from '../../src/ledger/idempotency.js';
import { seededRandom } from '../../src/scenarios/prng.js';

/**
 * Idempotency records on disk keep the hash of the first body; a replay after an upgrade must
 * hash the same body to the same value. The hash is checked against the first implementation
 * (sorted Object.entries, joined) on random bodies, key orders and odd keys included.
 */
function reference(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const KEYS = ['amount', 'value', 'Currency', 'currency', 'é', '"quoted"', '10', '2', 'a\u0000b', '', 'additionalInfo', '😀', 'Z'];

function randomValue(rand: () => number, depth: number): unknown {
  const pick = rand();
  if (depth > 3 || pick < 0.35) {
    const leaves = [null, true, false, 0, -1.5, 1e21, 'x', '', 'line\nbreak', '\u2028', undefined, 'ü'];
    return leaves[Math.floor(rand() * leaves.length)];
  }
  if (pick < 0.5) return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, depth + 1));
  const out: Record<string, unknown> = {};
  for (let i = Math.floor(rand() * 6); i > 0; i--) out[KEYS[Math.floor(rand() * KEYS.length)]!] = randomValue(rand, depth + 1);
  return out;
}

describe('bodyHash()', () => {
  it('when given any JSON body, then it equals the hash of the first implementation, whatever the key order', () => {
    const rand = seededRandom(20261201);
    for (let i = 0; i < 5000; i++) {
      const body = randomValue(rand, 0);
      expect(bodyHash(body)).toBe(createHash('sha256').update(reference(body)).digest('hex'));
    }
    expect(bodyHash({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(bodyHash({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }));
  });
});
