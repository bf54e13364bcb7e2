import { sha256Hex } from '../lib/crypto.js';
import type { IdempotencyRecord } from './model.js';
import type { Store } from './store.js';

/**
 * partnerReferenceNo (or the operation's own key, e.g. partnerRefundNo) is unique per partner per
 * operation. A repeat with the same body gets the original success back; a different body is a
 * 409xx01. Only successes are remembered, so a request that failed may be retried as is.
 */
export function idempotencyId(clientId: string, operation: string, key: string): string {
  return `${clientId}|${operation}|${key}`;
}

/** Hash of the body with object keys sorted, so key order does not make a "different" body. */
export function bodyHash(body: unknown): string {
  return sha256Hex(stableStringify(body));
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function findPrevious(store: Store, id: string): IdempotencyRecord | undefined {
  return store.idempotency.get(id);
}

export function remember(store: Store, record: IdempotencyRecord): void {
  store.idempotency.put(record);
}
