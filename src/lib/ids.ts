import { randomInt, randomUUID } from 'node:crypto';
import { customAlphabet } from 'nanoid';

const upperAlnum = customAlphabet('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 20);

/** A random string of decimal digits with no leading zero. */
export function digits(length: number): string {
  let out = String(randomInt(1, 10));
  while (out.length < length) out += String(randomInt(0, 10));
  return out;
}

/** DOKU-side reference numbers: opaque upper-case alphanumerics. */
export function referenceNo(): string {
  // nanoid builds the id a character at a time, which V8 keeps as a chain of rope nodes (~300
  // bytes instead of ~50) for as long as the string lives, and a stored top-up keeps two. A
  // round trip through a Buffer gives one flat string.
  return Buffer.from(upperAlnum(), 'latin1').toString('latin1');
}

export function uuid(): string {
  return randomUUID();
}
