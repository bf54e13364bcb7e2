import { hash } from 'node:crypto';
import type { IdempotencyRecord } from './model.js';
import { packReply, unpackReply } from './packed-reply.js';
import type { Store } from './store.js';

/**
 * partnerReferenceNo (or the operation's own key, e.g. partnerRefundNo) is unique per partner per
 * operation. A repeat with the same body gets the original success back; a different body is a
 * 409xx01. Only successes are remembered, so a request that failed may be retried as is.
 */
export function idempotencyId(clientId: string, operation: string, key: string): string {
  return [clientId, operation, key].join('|'); // flat, not a cons string: it is kept as a map key
}

/**
 * Hash of the body with object keys sorted, so key order does not make a "different" body: the
 * first 22 characters (132 bits) of its SHA-256 in base64url. Kept for every remembered request:
 * 22 characters instead of 64 hex is ~50 bytes less per record, and a collision is still out of reach.
 */
export function bodyHash(body: unknown): string {
  return hash('sha256', stableStringify(body), 'base64url').slice(0, 22);
}

/** A DATA_FILE written before the short hash holds the full hex SHA-256 of the same text. */
const HEX_HASH_LENGTH = 64;

/** Whether a remembered request had this body (hash: bodyHash(body), already computed). */
export function sameBody(record: IdempotencyRecord, hashOfBody: string, body: unknown): boolean {
  if (record.bodyHash.length === HEX_HASH_LENGTH) return record.bodyHash === hash('sha256', stableStringify(body), 'hex');
  return record.bodyHash === hashOfBody;
}

function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  let out: string;
  if (Array.isArray(value)) {
    out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + stableStringify(value[i]);
    return `${out}]`;
  }
  // Keys in code-unit order, as `<` compares them; an undefined value is written as null.
  const keys = sortedKeys(value);
  out = '{';
  for (let i = 0; i < keys.length; i++) out += `${i ? ',' : ''}${JSON.stringify(keys[i])}:${stableStringify((value as Record<string, unknown>)[keys[i]!])}`;
  return `${out}}`;
}

/**
 * Object.keys in code-unit order. Bodies have a handful of keys per object, and Array#sort
 * allocates ~850 bytes of bookkeeping per call however short the array (heap sampling: 1.7 KB
 * per top-up), so short lists are insertion-sorted in place.
 */
function sortedKeys(value: object): string[] {
  const keys = Object.keys(value);
  if (keys.length > 32) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i]!;
    let j = i - 1;
    for (; j >= 0 && keys[j]! > key; j--) keys[j + 1] = keys[j]!;
    keys[j + 1] = key;
  }
  return keys;
}

export function findPrevious(store: Store, id: string): IdempotencyRecord | undefined {
  return store.idempotency.get(id);
}

/** Remembers a success; its reply is kept packed. */
export function remember(store: Store, record: Omit<IdempotencyRecord, 'body'> & { body: Record<string, unknown> }): void {
  store.idempotency.put({ ...record, body: packReply(record.body) });
}

/** The reply a replay sends: the one remembered, as it was. */
export function rememberedReply(record: IdempotencyRecord): Record<string, unknown> {
  return unpackReply(record.body);
}
