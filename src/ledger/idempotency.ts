import { hash } from 'node:crypto';
import type { ExternalIdUse, IdempotencyRecord } from './model.js';
import { packReply, unpackReply } from './packed-reply.js';
import type { Store } from './store.js';

/**
 * Two rules, side by side (docs/endpoints.md "Idempotency"):
 * - partnerReferenceNo (or the operation's own key, e.g. partnerRefundNo) is unique per partner per
 *   operation. A repeat with the same body gets the original success back with its own status; a
 *   different body is a 409xx01. Only successes are remembered, so a request that failed may be
 *   retried as is.
 * - X-EXTERNAL-ID is unique per partner per Jakarta day (the guard). DOKU's "Idempotency Request"
 *   page: the same X-EXTERNAL-ID with the same body gets the same response body with HTTP 409. Once
 *   a call that changes state succeeded, its X-EXTERNAL-ID use remembers the body's hash and where
 *   the answer is (the idempotency record, or the answer itself for operations without a key), so
 *   a repeat is one map lookup plus one hash of its body.
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
  return hash('sha256', stableStringify(body), 'base64url').slice(0, BODY_HASH_LENGTH);
}

export const BODY_HASH_LENGTH = 22;

/**
 * Whether a remembered request had this body (hash: bodyHash(body), already computed). The body
 * itself is no longer needed (older files' hex hashes are shortened at load: rows-from-disk.ts);
 * the parameter stays until its caller in http/ drops it.
 */
export function sameBody(record: IdempotencyRecord, hashOfBody: string, _body?: unknown): boolean {
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

export interface AnswerOfExternalId {
  bodyHash: string;
  operation: string;
  /** The idempotency record holding the answer, when the operation has a key … */
  replyOf?: string;
  /** … else the answer itself. */
  reply?: Record<string, unknown>;
}

/** After a success: the X-EXTERNAL-ID use (written by the guard) learns the body and its answer. */
export function rememberAnswerOfExternalId(store: Store, externalKey: string, answer: AnswerOfExternalId): void {
  const use = store.externalIds.get(externalKey);
  if (!use) return;
  const { bodyHash: hashOfBody, operation, replyOf, reply } = answer;
  // Two fixed shapes, no undefined slots: a row per call of the day.
  store.externalIds.put(
    replyOf !== undefined
      ? { id: use.id, at: use.at, bodyHash: hashOfBody, operation, replyOf }
      : { id: use.id, at: use.at, bodyHash: hashOfBody, operation, reply: packReply(reply ?? {}) },
  );
}

export type RepeatOutcome = { answer: Record<string, unknown> } | { refused: string };

/** What a repeat under a used X-EXTERNAL-ID gets: the original answer when it is the same request after a success. */
export function answerOfRepeat(store: Store, use: ExternalIdUse, operation: string, body: unknown): RepeatOutcome {
  if (use.operation === undefined) return { refused: 'its first call did not succeed, or was a query: only successes of calls that change state are answered again' };
  if (use.operation !== operation) return { refused: `it was used for ${use.operation}` };
  if (use.bodyHash !== bodyHash(body)) return { refused: 'it was used with a different body' };
  if (use.reply !== undefined) return { answer: unpackReply(use.reply) };
  const record = use.replyOf === undefined ? undefined : store.idempotency.get(use.replyOf);
  return record ? { answer: rememberedReply(record) } : { refused: 'its answer is no longer remembered' };
}
