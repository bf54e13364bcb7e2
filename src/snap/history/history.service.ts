import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import type { Transaction } from '../../ledger/model.js';
import { referenceNo } from '../../lib/ids.js';
import { idr } from '../../lib/money.js';
import { formatWib, parseZonedTime } from '../../lib/time.js';
import { historyEntry } from './history.view.js';

const WIB_OFFSET_MS = 7 * 3600 * 1000;

/** The same wall-clock moment n calendar months later in Jakarta (31 Jan + 1 → 28/29 Feb). */
export function addMonthsWib(epochMs: number, months: number): number {
  const local = new Date(epochMs + WIB_OFFSET_MS);
  const target = new Date(local.getTime());
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(local.getUTCDate(), lastDay));
  return target.getTime() - WIB_OFFSET_MS;
}

interface Range {
  from: number;
  to: number;
}

/** fromDateTime/toDateTime with their defaults; at most one calendar month long, starting at most one year back. */
export function historyRange(body: Record<string, unknown>, now: number): Range {
  const givenFrom = typeof body.fromDateTime === 'string' ? parseZonedTime(body.fromDateTime) : undefined;
  const givenTo = typeof body.toDateTime === 'string' ? parseZonedTime(body.toDateTime) : undefined;
  const to = givenTo ?? (givenFrom !== undefined ? Math.min(now, addMonthsWib(givenFrom, 1)) : now);
  const from = givenFrom ?? addMonthsWib(to, -1);
  if (from > to) throw new SnapError('InvalidFieldFormat', 'fromDateTime').withDiagnostics({ hint: 'fromDateTime is after toDateTime' });
  if (to > addMonthsWib(from, 1)) {
    throw new SnapError('InvalidFieldFormat', 'toDateTime').withDiagnostics({ hint: `the range may span at most one month: toDateTime must be at most ${formatWib(addMonthsWib(from, 1))}` });
  }
  if (from < addMonthsWib(now, -12)) {
    throw new SnapError('InvalidFieldFormat', givenFrom !== undefined ? 'fromDateTime' : 'toDateTime').withDiagnostics({
      hint: `history goes back one year: fromDateTime must be at or after ${formatWib(addMonthsWib(now, -12))}`,
    });
  }
  return { from, to };
}

const newestFirst = (a: Transaction, b: Transaction) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

export function transactionHistoryList(call: SnapCall<'transactionHistoryList'>, ctx: SandboxContext): Record<string, unknown> {
  const { from, to } = historyRange(call.body, call.now);
  const pageSize = call.body.pageSize ?? 10;
  const pageNumber = call.body.pageNumber ?? 0;
  const all = ctx.store.transactions
    .allBy('account', call.customer!.accountId)
    .filter((tx) => tx.createdAt >= from && tx.createdAt <= to)
    .sort(newestFirst);
  const page = all.slice(pageNumber * pageSize, (pageNumber + 1) * pageSize);
  return {
    referenceNo: referenceNo(),
    partnerReferenceNo: call.body.partnerReferenceNo ?? '',
    detailData: page.map((tx) => historyEntry(ctx.store, tx)),
    additionalInfo: { pageNumber, pageSize, totalData: all.length, totalPage: Math.ceil(all.length / pageSize) },
  };
}

export function transactionHistoryDetail(call: SnapCall<'transactionHistoryDetail'>, ctx: SandboxContext): Record<string, unknown> {
  const { store } = ctx;
  const wanted = call.body.originalPartnerReferenceNo;
  const matches = store.transactions
    .allBy('account', call.customer!.accountId)
    .filter((tx) => tx.clientId === call.partner.id && tx.partnerReferenceNo === wanted)
    .sort(newestFirst);
  const tx = matches.find((t) => t.parentId === undefined) ?? matches[0];
  if (!tx) throw new SnapError('TransactionNotFound').withEcho({ originalPartnerReferenceNo: wanted });

  const children = store.transactions.allBy('parent', tx.id);
  const refunded = children.filter((c) => c.type === 'REFUND' && c.status === '00').reduce((sum, c) => sum + c.amountMinor, 0);
  const cancel = children.find((c) => c.type === 'CANCEL');
  const cancelledAt = tx.status === '05' ? (cancel?.createdAt ?? (tx.data.cancelTime as number | undefined) ?? tx.updatedAt) : undefined;
  const { dateTime, amount, remark, sourceOfFunds, status, type, additionalInfo } = historyEntry(store, tx);
  return {
    referenceNo: tx.id,
    partnerReferenceNo: tx.partnerReferenceNo,
    amount,
    ...(cancelledAt !== undefined ? { cancelledTime: formatWib(cancelledAt) } : {}),
    dateTime,
    refundAmount: idr(refunded),
    remark,
    sourceOfFunds,
    status,
    type,
    additionalInfo,
  };
}
