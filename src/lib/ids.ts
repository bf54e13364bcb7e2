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
  return upperAlnum();
}

export function uuid(): string {
  return randomUUID();
}
