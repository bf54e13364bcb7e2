import { formatMinor } from '../lib/money.js';
import { ISSUANCE, mayGoNegative } from './accounts.js';
import { entriesOf, hasPostings } from './ledger.js';
import type { Transaction, TransactionStatus } from './model.js';
import type { Store } from './store.js';

/**
 * The ledger's invariants, checked over the whole store (GET /admin/ledger/verify). Pure: reads
 * the store, changes nothing. Each failed check names the postings, accounts or transactions at
 * fault, so a QA run that breaks the ledger says where.
 */
export interface LedgerCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface LedgerReport {
  ok: boolean;
  checks: LedgerCheck[];
}

const SHOWN = 10;

function check(name: string, failures: string[], okDetail: string): LedgerCheck {
  if (failures.length === 0) return { name, ok: true, detail: okDetail };
  const more = failures.length > SHOWN ? `; and ${failures.length - SHOWN} more` : '';
  return { name, ok: false, detail: failures.slice(0, SHOWN).join('; ') + more };
}

/** Statuses of transactions that never moved money: initiated, paying, pending, failed, not found. */
const NO_MONEY: ReadonlySet<TransactionStatus> = new Set(['01', '02', '03', '06', '07']);

/**
 * Whether a transaction must have at least one posting (true), must have none (false), or may
 * have either (undefined):
 * - 00 success moved its amount: postings required when amountMinor > 0. A CANCEL needs them only
 *   when it reversed a paid parent (closing a pending purchase moves nothing).
 * - 04 refunded was paid first: its own payment posting is required (refunds post under their own rows).
 * - 05 canceled may or may not have been paid before the cancel: either is fine.
 * - 01/02/03/06/07 moved nothing: postings forbidden. AUTH_PAYMENT is exempt, because its hold
 *   is a posting (wallet → hold) while the authorisation is still open.
 */
export function postingRequirement(tx: Transaction, hasPostings: (transactionId: string) => boolean): boolean | undefined {
  if (tx.status === '00') {
    if (tx.type === 'CANCEL') return tx.parentId ? hasPostings(tx.parentId) : tx.amountMinor > 0;
    return tx.amountMinor > 0 ? true : undefined;
  }
  if (tx.status === '04') return true;
  if (NO_MONEY.has(tx.status)) return tx.type === 'AUTH_PAYMENT' ? undefined : false;
  return undefined;
}

export function verifyLedger(store: Store): LedgerReport {
  const postings = [...store.postings.values()];
  const entriesByPosting = postings.map(entriesOf);
  const hasPostingsFor = (transactionId: string) => hasPostings(store, transactionId);

  const unbalanced: string[] = [];
  const sums = new Map<string, { sum: number; count: number }>();
  postings.forEach((p, i) => {
    let sum = 0;
    const entries = entriesByPosting[i]!;
    for (const e of entries) {
      sum += e.amountMinor;
      const s = sums.get(e.account) ?? { sum: 0, count: 0 };
      sums.set(e.account, { sum: s.sum + e.amountMinor, count: s.count + 1 });
    }
    if (sum !== 0 || entries.length < 2 || entries.some((e) => !Number.isSafeInteger(e.amountMinor))) {
      unbalanced.push(`posting ${p.id} (transaction ${p.transactionId}) has ${entries.length} entries summing to ${formatMinor(sum)}`);
    }
  });

  const negative: string[] = [];
  for (const b of store.balances.values()) {
    if (b.balanceMinor < 0 && !mayGoNegative(b.id)) negative.push(`${b.id} is ${formatMinor(b.balanceMinor)}`);
  }

  const missing: string[] = [];
  for (const tx of store.transactions.values()) {
    const required = postingRequirement(tx, hasPostingsFor);
    const has = hasPostingsFor(tx.id);
    if (required === true && !has) missing.push(`${tx.type} ${tx.id} (status ${tx.status}, ${formatMinor(tx.amountMinor)}) has no posting`);
    if (required === false && has) missing.push(`${tx.type} ${tx.id} (status ${tx.status}) moved no money but has postings`);
  }

  const orphans: string[] = [];
  postings.forEach((p, i) => {
    // Seeds and admin credits issue e-money without a SNAP transaction, and only they touch issuance.
    const issues = entriesByPosting[i]!.some((e) => e.account === ISSUANCE);
    if (store.transactions.has(p.transactionId)) {
      if (issues) orphans.push(`posting ${p.id} of transaction ${p.transactionId} touches ${ISSUANCE}: only seeds and admin credits may`);
    } else if (!issues) {
      orphans.push(`posting ${p.id} names transaction ${p.transactionId}, which does not exist`);
    }
  });

  const mismatched: string[] = [];
  for (const b of store.balances.values()) {
    const s = sums.get(b.id) ?? { sum: 0, count: 0 };
    if (s.sum !== b.balanceMinor) mismatched.push(`${b.id} balance ${formatMinor(b.balanceMinor)} but its entries sum to ${formatMinor(s.sum)}`);
  }
  for (const [account, s] of sums) {
    if (!store.balances.has(account) && s.sum !== 0) mismatched.push(`${account} has entries summing to ${formatMinor(s.sum)} but no balance`);
  }

  const checks = [
    check('postings-balanced', unbalanced, `${postings.length} postings, each with entries summing to 0.00`),
    check('no-negative-balance', negative, `no account below 0.00 (only ${ISSUANCE} may be)`),
    check('transactions-have-postings', missing, `${store.transactions.size} transactions; every one that moved money has its postings`),
    check('postings-have-transactions', orphans, 'every posting belongs to a transaction, except issuance credits (seeds, admin), and only those touch issuance'),
    check('balances-match-entries', mismatched, `${store.balances.size} balances, each equal to the sum of its posting entries`),
  ];
  return { ok: checks.every((c) => c.ok), checks };
}
