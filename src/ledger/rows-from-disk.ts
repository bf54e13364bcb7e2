import { intern } from '../lib/intern.js';
import type { UpgradeRow } from '../storage/index.js';
import { BODY_HASH_LENGTH } from './idempotency.js';
import { nthPostingId, packEntries } from './ledger.js';
import type { ExternalIdUse, IdempotencyRecord, Posting, PostingEntry, Transaction } from './model.js';
import { PackedReply, packReply } from './packed-reply.js';
import type { Store } from './store.js';

/**
 * The storage engine's upgradeRow for the sandbox (handed in where the store is built:
 * open-store.ts): every row read from DATA_FILE takes its in-memory form here, and rows written by
 * earlier versions are upgraded, so no other domain code knows what older files held.
 *
 * - Shared strings: rows read from disk come with their own copy of every string, where rows made
 *   in process share one (the partner's id, an account name, the transaction's referenceNo). A
 *   string over ten characters costs ~40 bytes per copy: about a fifth of the heap at 100k
 *   top-ups. Tables load in the store's order, so a posting or an idempotency record finds its
 *   transaction.
 * - Packed forms: posting entries packed flat (older files hold one object per entry) and
 *   idempotency replies packed (also those an X-EXTERNAL-ID use keeps).
 * - Body hashes: older files hold the full hex SHA-256 where bodyHash keeps its first 22
 *   base64url characters; both are the same digest, so it is shortened.
 * - Posting ids: older files hold postings with ids of their own, where the ledger finds a
 *   transaction's postings at `<transaction id>`, `<id>.2` … Those are renumbered once the files
 *   are loaded (renumberPostings), as changes of the boot's unit of work, so the files hold
 *   derived ids from then on and a change-log line naming an old id still finds its row.
 */
export class RowsFromDisk {
  /** Transactions with a posting whose id is its own (from a file written before ids were derived). */
  private readonly ownPostingIds = new Set<string>();

  constructor(private readonly store: Store) {}

  readonly upgradeRow: UpgradeRow = (table, row) => {
    switch (table) {
      case 'transactions': {
        const tx = row as Transaction;
        tx.clientId = intern(tx.clientId);
        break;
      }
      case 'postings':
        this.posting(row as Posting);
        break;
      case 'externalIds': {
        const use = row as ExternalIdUse;
        if (use.operation !== undefined) use.operation = intern(use.operation);
        if (use.reply !== undefined && !(use.reply instanceof PackedReply)) use.reply = packReply(use.reply);
        if (use.bodyHash !== undefined) use.bodyHash = shortBodyHash(use.bodyHash);
        break;
      }
      case 'idempotency':
        this.idempotencyRecord(row as IdempotencyRecord);
        break;
    }
    return row;
  };

  private posting(posting: Posting): void {
    const tx = this.store.transactions.get(posting.transactionId);
    if (tx) {
      if (posting.id === tx.id) posting.id = tx.id;
      posting.transactionId = tx.id;
    }
    if (!isDerivedPostingId(posting)) this.ownPostingIds.add(posting.transactionId);
    const entries = posting.entries as unknown[];
    if (entries.length > 0 && typeof entries[0] === 'object') posting.entries = packEntries(entries as PostingEntry[]);
    for (let i = 0; i < posting.entries.length; i += 2) posting.entries[i] = intern(posting.entries[i] as string);
  }

  private idempotencyRecord(record: IdempotencyRecord): void {
    record.bodyHash = shortBodyHash(record.bodyHash);
    const body = record.body as Record<string, unknown> | undefined;
    if (!body || typeof body !== 'object' || body instanceof PackedReply) return;
    const tx = typeof body.referenceNo === 'string' ? this.store.transactions.get(body.referenceNo) : undefined;
    if (tx) {
      body.referenceNo = tx.id;
      if (body.partnerReferenceNo === tx.partnerReferenceNo) body.partnerReferenceNo = tx.partnerReferenceNo;
    }
    record.body = packReply(body);
  }

  /**
   * After loading, inside a unit of work: gives each posting with an id of its own the derived
   * id, in the order the ledger read them before (those with ids of their own first, then
   * `<id>`, `<id>.2` …). Nothing to do, and no pass over the postings, for files written since.
   */
  renumberPostings(): void {
    if (this.ownPostingIds.size === 0) return;
    const postings = this.store.postings;
    const byTransaction = new Map<string, Posting[]>();
    for (const posting of postings.values()) {
      if (!this.ownPostingIds.has(posting.transactionId) || isDerivedPostingId(posting)) continue;
      const list = byTransaction.get(posting.transactionId);
      if (list) list.push(posting);
      else byTransaction.set(posting.transactionId, [posting]);
    }
    for (const [transactionId, own] of byTransaction) {
      const ordered = [...own];
      for (let n = 1; ; n++) {
        const derived = postings.get(nthPostingId(transactionId, n));
        if (!derived) break;
        ordered.push(derived);
      }
      for (const p of ordered) postings.delete(p.id);
      ordered.forEach((p, i) => postings.put({ ...p, id: nthPostingId(transactionId, i + 1) }));
    }
    this.ownPostingIds.clear();
  }
}

/** Whether a posting's id is derived from its transaction's (`<id>`, `<id>.2` …). */
function isDerivedPostingId(p: Posting): boolean {
  const tx = p.transactionId;
  return p.id === tx || (p.id.length > tx.length + 1 && p.id.charCodeAt(tx.length) === 46 /* . */ && p.id.startsWith(tx));
}

const HEX_SHA256 = /^[0-9a-f]{64}$/;

/** bodyHash of the same body, from the full hex SHA-256 that earlier versions kept. */
function shortBodyHash(stored: string): string {
  return stored.length === 64 && HEX_SHA256.test(stored) ? Buffer.from(stored, 'hex').toString('base64url').slice(0, BODY_HASH_LENGTH) : stored;
}
