import { describe, expect, it } from '@jest/globals';
import { packReply, unpackReply } from '../../src/ledger/packed-reply.js';
import { seededRandom } from '../../src/scenarios/prng.js';
import { randomJson } from '../helpers/random-json.js';

/**
 * Idempotent replays send the remembered reply, which is kept packed: whatever goes in must come
 * back as the same JSON, byte for byte, and serialise (to the change log and snapshot) as itself.
 */
const SHAPES = {
  keys: ['amount', 'value', 'currency', '10', '2', '0', 'é', '"q"', '', '__proto__', 'additionalInfo', '😀'],
  leaves: [null, true, false, 0, -0, 1, -1.5, 1e21, NaN, 'x', '', '0', 'line\nbreak', undefined, 'ü'],
};

describe('packed replies', () => {
  it('when any reply is packed, then unpacking and serialising it give the JSON of the original', () => {
    const rand = seededRandom(20261202);
    for (let i = 0; i < 5000; i++) {
      const reply = { responseCode: '2003800', nested: randomJson(rand, SHAPES), list: [randomJson(rand, SHAPES, 1), undefined, 0] };
      const packed = packReply(reply);
      expect(JSON.stringify(unpackReply(packed))).toBe(JSON.stringify(reply));
      expect(JSON.stringify({ body: packed })).toBe(JSON.stringify({ body: reply }));
    }
  });

  it('when two replies have the same structure, then they share one structure string', () => {
    const a = packReply({ referenceNo: 'A1', amount: { value: '1.00', currency: 'IDR' }, additionalInfo: {} });
    const b = packReply({ referenceNo: 'B2', amount: { value: '2.00', currency: 'IDR' }, additionalInfo: {} });
    expect(a[0]).toBe(b[0]);
    expect([...a.slice(1)]).toEqual(['A1', '1.00', 'IDR']);
    expect(unpackReply(b)).toEqual({ referenceNo: 'B2', amount: { value: '2.00', currency: 'IDR' }, additionalInfo: {} });
  });

  it('when a reply has an own "__proto__" key (JSON.parse makes one), then it comes back as an own key', () => {
    const reply = JSON.parse('{"responseCode":"2003800","__proto__":{"x":1},"additionalInfo":{"__proto__":0}}') as Record<string, unknown>;
    const again = unpackReply(packReply(reply));
    expect(JSON.stringify(again)).toBe(JSON.stringify(reply));
    expect(Object.getPrototypeOf(again)).toBe(Object.prototype);
  });

  it('when a reply was stored unpacked (a plain lowdb file read whole), then it is replayed as it is', () => {
    const plain = { responseCode: '2005400', referenceNo: 'R' };
    expect(unpackReply(plain)).toBe(plain);
  });
});
