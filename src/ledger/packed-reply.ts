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

/** Parsed structures by their string, so a replay or a log line does not parse it again. */
const SKELETONS_MAX = 10_000;
const skeletons = new Map<string, unknown>();

/** The reply as it was given: the structure with its 0s replaced by the values, in document order. */
export function unpackReply(stored: StoredReply): Record<string, unknown> {
  if (!(stored instanceof PackedReply)) return stored;
  const shape = stored[0] as string;
  let skeleton = skeletons.get(shape);
  if (skeleton === undefined) {
    skeleton = JSON.parse(shape) as unknown;
    if (skeletons.size < SKELETONS_MAX) skeletons.set(shape, skeleton);
  }
  const cursor = { next: 1 };
  return fill(skeleton, stored, cursor) as Record<string, unknown>;
}

/** A null in the structure is an undefined array item, which JSON.stringify wrote as null. */
function fill(node: unknown, values: PackedReply, cursor: { next: number }): unknown {
  if (node === 0) return values[cursor.next++];
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) {
    const out = new Array<unknown>(node.length);
    for (let i = 0; i < node.length; i++) out[i] = fill(node[i], values, cursor);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(node)) {
    const value = fill((node as Record<string, unknown>)[key], values, cursor);
    if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else out[key] = value;
  }
  return out;
}
