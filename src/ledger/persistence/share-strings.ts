import { intern } from '../../lib/intern.js';
import { packEntries } from '../ledger.js';
import type { ExternalIdUse, IdempotencyRecord, Posting, PostingEntry, Transaction } from '../model.js';
import { PackedReply, packReply } from '../packed-reply.js';
import type { Store } from '../store.js';

/**
 * Rows read from DATA_FILE come with their own copy of every string, where rows made in process
 * share one (the partner's id, an account name, the transaction's referenceNo). A string over ten
 * characters costs ~40 bytes per copy, so before a freshly parsed row enters its table the
 * repeated strings are swapped for a shared one: about a fifth of the heap at 100k top-ups.
 * Tables load in the store's order, so a posting or an idempotency record finds its transaction.
 * Rows also take their in-memory form here: posting entries packed flat (older files hold one
 * object per entry) and idempotency replies packed (also those an X-EXTERNAL-ID use keeps).
 */
export function shareStrings(store: Store, table: string, row: { id: string }): { id: string } {
  switch (table) {
    case 'transactions': {
      const tx = row as Transaction;
      tx.clientId = intern(tx.clientId);
      break;
    }
    case 'postings': {
      const posting = row as Posting;
      const tx = store.transactions.get(posting.transactionId);
      if (tx) {
        if (posting.id === tx.id) posting.id = tx.id;
        posting.transactionId = tx.id;
      }
      // Files written before entries were packed hold one object per entry.
      const entries = posting.entries as unknown[];
      if (entries.length > 0 && typeof entries[0] === 'object') posting.entries = packEntries(entries as PostingEntry[]);
      for (let i = 0; i < posting.entries.length; i += 2) posting.entries[i] = intern(posting.entries[i] as string);
      break;
    }
    case 'externalIds': {
      const use = row as ExternalIdUse;
      if (use.operation !== undefined) use.operation = intern(use.operation);
      if (use.reply !== undefined && !(use.reply instanceof PackedReply)) use.reply = packReply(use.reply);
      break;
    }
    case 'idempotency': {
      const record = row as IdempotencyRecord;
      const body = record.body as Record<string, unknown> | undefined;
      if (!body || typeof body !== 'object' || body instanceof PackedReply) break;
      const tx = typeof body.referenceNo === 'string' ? store.transactions.get(body.referenceNo) : undefined;
      if (tx) {
        body.referenceNo = tx.id;
        if (body.partnerReferenceNo === tx.partnerReferenceNo) body.partnerReferenceNo = tx.partnerReferenceNo;
      }
      record.body = packReply(body);
      break;
    }
  }
  return row;
}
