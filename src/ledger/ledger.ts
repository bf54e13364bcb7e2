import { SnapError } from '../errors/snap-error.js';
import type { SnapKind } from '../errors/codes.js';
import { mayGoNegative } from './accounts.js';
import type { PackedEntries, Posting, PostingEntry } from './model.js';
import type { Store } from './store.js';

export function balanceOf(store: Store, account: string): number {
  return store.balances.get(account)?.balanceMinor ?? 0;
}

export interface PostingRequest {
  transactionId: string;
  at: number;
  entries: PostingEntry[];
  /** The SNAP error when an account would go below zero; InsufficientFunds unless said otherwise. */
  shortKind?: SnapKind;
}

/**
 * The only way money moves: one balanced posting (entries sum to zero). Throws before writing
 * anything if an account other than issuance would go negative, so callers need no pre-check.
 */
export function post(store: Store, request: PostingRequest): void {
  const { entries } = request;
  if (entries.length < 2) throw new Error('a posting needs at least two entries');
  let sum = 0;
  for (const entry of entries) {
    if (!Number.isSafeInteger(entry.amountMinor)) throw new Error(`unsafe amount on ${entry.account}`);
    sum += entry.amountMinor;
  }
  if (sum !== 0) throw new Error(`unbalanced posting for ${request.transactionId}: entries sum to ${sum}`);

  const next = new Map<string, number>();
  for (const entry of entries) {
    const current = next.get(entry.account) ?? balanceOf(store, entry.account);
    next.set(entry.account, current + entry.amountMinor);
  }
  for (const [account, balance] of next) {
    if (balance < 0 && !mayGoNegative(account)) {
      throw new SnapError(request.shortKind ?? 'InsufficientFunds').withDiagnostics({ account });
    }
  }

  store.atomically(() => {
    for (const [account, balance] of next) {
      const previous = store.balances.get(account);
      store.balances.put({ id: account, balanceMinor: balance, postings: (previous?.postings ?? 0) + 1 });
    }
    store.postings.put({ id: postingId(store, request.transactionId), transactionId: request.transactionId, at: request.at, entries: packEntries(entries) });
  });
}

/** The common posting: `amountMinor` leaves `from` and lands in `to`. */
export function moveMoney(store: Store, move: { transactionId: string; at: number; from: string; to: string; amountMinor: number }): void {
  post(store, {
    transactionId: move.transactionId,
    at: move.at,
    entries: [
      { account: move.from, amountMinor: -move.amountMinor },
      { account: move.to, amountMinor: move.amountMinor },
    ],
  });
}

/**
 * A transaction's first posting takes the transaction's id (one string shared by both rows and the
 * table key: ~50 bytes less per posting), later ones `<id>.2`, `<id>.3` …
 */
export function nthPostingId(transactionId: string, n: number): string {
  return n === 1 ? transactionId : [transactionId, n].join('.');
}

/** A transaction's postings, oldest first: `<id>`, `<id>.2` … */
export function postingsOf(store: Store, transactionId: string): Posting[] {
  const out: Posting[] = [];
  for (let n = 1; ; n++) {
    const posting = store.postings.get(nthPostingId(transactionId, n));
    if (!posting) return out;
    out.push(posting);
  }
}

export function hasPostings(store: Store, transactionId: string): boolean {
  return store.postings.has(transactionId);
}

function postingId(store: Store, transactionId: string): string {
  let n = 1;
  while (store.postings.has(nthPostingId(transactionId, n))) n++;
  return nthPostingId(transactionId, n);
}

export function packEntries(entries: readonly PostingEntry[]): PackedEntries {
  const packed: PackedEntries = new Array(entries.length * 2);
  for (let i = 0; i < entries.length; i++) {
    packed[2 * i] = entries[i]!.account;
    packed[2 * i + 1] = entries[i]!.amountMinor;
  }
  return packed;
}

export function entriesOf(posting: Posting): PostingEntry[] {
  const out: PostingEntry[] = [];
  for (let i = 0; i + 1 < posting.entries.length; i += 2) out.push({ account: posting.entries[i] as string, amountMinor: posting.entries[i + 1] as number });
  return out;
}
