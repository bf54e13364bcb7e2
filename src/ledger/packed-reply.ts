import { intern } from '../lib/intern.js';

/**
 * A remembered SNAP reply, kept for idempotent replay, packed into one array: its structure as a
 * shared JSON string with every value replaced by 0, then the values in document order. The
 * structure repeats across the replies of an operation, so a top-up reply costs one array
 * (~110 bytes) instead of three objects (~190). It serialises back to the reply itself, so the
 * change log and snapshot hold the same JSON as before.
 */
export class PackedReply extends Array<unknown> {
  toJSON(): Record<string, unknown> {
    return unpackReply(this);
  }
}

export type StoredReply = PackedReply | Record<string, unknown>;

export function packReply(reply: Record<string, unknown>): PackedReply {
  const values: unknown[] = [];
  const shape = JSON.stringify(reply, (_key, value: unknown) => {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
    if (value !== null && typeof value === 'object') return value;
    values.push(value);
    return 0;
  });
  const packed = new PackedReply(values.length + 1);
  packed[0] = intern(shape);
  for (let i = 0; i < values.length; i++) packed[i + 1] = values[i];
  return packed;
}

/**
 * The reply as it was given. A 0 in the structure is a value's place (an undefined array item
 * became null there, as JSON.stringify writes it); the reviver meets them in document order.
 */
export function unpackReply(stored: StoredReply): Record<string, unknown> {
  if (!(stored instanceof PackedReply)) return stored;
  let next = 1;
  return JSON.parse(stored[0] as string, (_key, value: unknown) => (value === 0 ? stored[next++] : value)) as Record<string, unknown>;
}
