import { holdAccount, walletAccount } from '../../ledger/accounts.js';
import { entriesOf, postingsOf } from '../../ledger/ledger.js';
import type { Transaction, TransactionStatus, TransactionType } from '../../ledger/model.js';
import type { Store } from '../../ledger/store.js';
import { idr } from '../../lib/money.js';
import { formatWib } from '../../lib/time.js';

/**
 * How an internal transaction reads in SNAP history. DOKU's own strings are not published; the
 * sandbox uses the SNAP examples where there is one and keeps the exact latestTransactionStatus in
 * additionalInfo so nothing is lost in the mapping.
 */
export const HISTORY_TYPE: Record<TransactionType, string> = {
  TOP_UP: 'TOP_UP',
  PURCHASE: 'PAYMENT',
  QRIS_PAYMENT: 'PAYMENT',
  REFUND: 'REFUND',
  CANCEL: 'CANCEL',
  TRANSFER_BANK: 'SEND_MONEY',
  AUTH_PAYMENT: 'AUTH',
  CAPTURE: 'CAPTURE',
  VOID: 'VOID',
  // Not DOKU Wallet transactions (their accountId is no wallet), so history never lists them.
  VA_PAYMENT: 'PAYMENT',
  DIRECT_DEBIT: 'PAYMENT',
  DIRECT_DEBIT_REFUND: 'REFUND',
};

export const HISTORY_STATUS: Record<TransactionStatus, string> = {
  '00': 'SUCCESS',
  '01': 'INIT',
  '02': 'INIT',
  '03': 'INIT',
  '04': 'REFUNDED',
  '05': 'CANCELLED',
  '06': 'CLOSED',
  '07': 'NOT_FOUND',
};

/** The transaction's net effect on the customer's balance (wallet + hold), read from its postings. */
export function balanceEffect(store: Store, tx: Transaction): number {
  if (!tx.accountId) return 0;
  const mine = new Set([walletAccount(tx.accountId), holdAccount(tx.accountId)]);
  let effect = 0;
  for (const p of postingsOf(store, tx.id)) {
    for (const e of entriesOf(p)) if (mine.has(e.account)) effect += e.amountMinor;
  }
  return effect;
}

function remark(store: Store, tx: Transaction): string {
  const partner = store.partners.get(tx.clientId)?.name ?? tx.clientId;
  const d = tx.data as Record<string, unknown>;
  switch (tx.type) {
    case 'TOP_UP':
      return `Top up from ${partner}`;
    case 'TRANSFER_BANK':
      return `Transfer to ${String(d.beneficiaryBankName ?? d.beneficiaryBankCode)} ${String(d.beneficiaryAccountNumber)}`;
    case 'PURCHASE':
      return `Payment to ${partner}`;
    case 'QRIS_PAYMENT':
      return `QRIS payment to ${String(d.merchantName ?? partner)}`;
    case 'REFUND':
      return `Refund from ${partner}`;
    case 'CANCEL':
      return `Cancelled payment to ${partner}`;
    case 'AUTH_PAYMENT':
      return `Authorisation by ${partner}`;
    case 'CAPTURE':
      return `Captured by ${partner}`;
    case 'VOID':
      return `Authorisation released by ${partner}`;
    default:
      return `${tx.type} with ${partner}`;
  }
}

export function historyEntry(store: Store, tx: Transaction): Record<string, unknown> {
  const effect = balanceEffect(store, tx);
  return {
    dateTime: formatWib(tx.createdAt),
    amount: idr(tx.amountMinor),
    remark: remark(store, tx),
    sourceOfFunds: [{ source: tx.type === 'TOP_UP' ? 'PARTNER_DEPOSIT' : 'BALANCE', amount: idr(tx.amountMinor) }],
    status: HISTORY_STATUS[tx.status],
    type: HISTORY_TYPE[tx.type],
    additionalInfo: {
      referenceNo: tx.id,
      partnerReferenceNo: tx.partnerReferenceNo,
      latestTransactionStatus: tx.status,
      debitCredit: effect < 0 ? 'DEBIT' : effect > 0 ? 'CREDIT' : 'NONE',
    },
  };
}
