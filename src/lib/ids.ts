import { randomFillSync, randomInt, randomUUID } from 'node:crypto';

const UPPER_ALNUM = Buffer.from('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'latin1');
const REFERENCE_LENGTH = 20;
/** The largest multiple of 36 below 256: bytes at or above it are skipped, so no character is favoured. */
const UNBIASED_BELOW = 252;
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

/** A random string of decimal digits with no leading zero. */
export function digits(length: number): string {
  let out = String(randomInt(1, 10));
  while (out.length < length) out += String(randomInt(0, 10));
  return out;
}

/** DOKU-side reference numbers: opaque upper-case alphanumerics. */
export function referenceNo(): string {
  // Built as one flat string. nanoid appends a character at a time, and V8 keeps such a string as a
  // chain of ~8 rope nodes (~300 bytes instead of ~50) for as long as it lives: two per stored
  // top-up (transaction and posting id). Random bytes come from a pool, as in nanoid: one
  // randomFillSync per ~200 ids instead of one per id.
  const out = Buffer.allocUnsafe(REFERENCE_LENGTH);
  let n = 0;
  while (n < REFERENCE_LENGTH) {
    if (poolOffset === pool.length) {
      randomFillSync(pool);
      poolOffset = 0;
    }
    const byte = pool[poolOffset++]!;
    if (byte < UNBIASED_BELOW) out[n++] = UPPER_ALNUM[byte % UPPER_ALNUM.length]!;
  }
  return out.toString('latin1');
}

export function uuid(): string {
  return randomUUID();
}
