import { describe, expect, it } from '@jest/globals';
import { referenceNo } from '../../src/lib/ids.js';

describe('referenceNo()', () => {
  it('when called many times, then each is 20 upper-case alphanumerics, unique, with every character about equally likely', () => {
    const seen = new Set<string>();
    const counts = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const ref = referenceNo();
      expect(ref).toMatch(/^[0-9A-Z]{20}$/);
      seen.add(ref);
      for (const ch of ref) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    expect(seen.size).toBe(20_000);
    expect(counts.size).toBe(36);
    const expected = (20_000 * 20) / 36;
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.05);
  });
});
