import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import { corporateAccount, holdAccount, walletAccount } from '../../ledger/accounts.js';
import { maskCustomerNumber, walletByCustomerNumber } from '../../ledger/customer-number.js';
import { balanceOf, moveMoney } from '../../ledger/ledger.js';
import type { Partner, Transaction, Wallet } from '../../ledger/model.js';
import type { Store } from '../../ledger/store.js';
import { TRANSACTION_STATUS_DESC } from '../../ledger/transaction-status.js';
import { referenceNo } from '../../lib/ids.js';
import { formatMinor, idr, parseMinor } from '../../lib/money.js';
import { formatWib } from '../../lib/time.js';

/**
 * Top Up (reference §5.12–5.14): money from the partner's corporate balance into a customer's
 * wallet. The customer is named by customerNumber (accountId or phone); on the /b2b2c/ paths a
 * customer token may name it instead.
 */
interface Customer {
  wallet: Wallet;
  customerNumber: string;
}

function resolveCustomer(call: SnapCall<'topUpAccountInquiry' | 'topUp'>, store: Store): Customer {
  const given = call.body.customerNumber;
  if (given === undefined) {
    if (!call.customer) throw new SnapError('InvalidMandatoryField', 'customerNumber');
    const wallet = store.wallets.get(call.customer.accountId);
    if (!wallet) throw new SnapError('InvalidAccount');
    return checkActive({ wallet, customerNumber: wallet.id });
  }
  const wallet = walletByCustomerNumber(store, given);
  if (!wallet) {
    throw new SnapError('InvalidAccount').withDiagnostics({ hint: `customerNumber ${given} is neither the accountId nor the phone number of a DOKU wallet` });
  }
  if (call.customer && call.customer.accountId !== wallet.id) {
    throw new SnapError('InvalidAccount').withDiagnostics({ hint: `customerNumber ${given} is not the wallet of the customer token (${call.customer.accountId})` });
  }
  return checkActive({ wallet, customerNumber: given });
}

function checkActive(customer: Customer): Customer {
  if (customer.wallet.status !== 'ACTIVE') {
    throw new SnapError('InactiveAccount').withDiagnostics({ hint: `wallet ${customer.wallet.id} is ${customer.wallet.status}` });
  }
  return customer;
}

/** The partner's per-top-up limits (403xx02) and the wallet balance cap, holds included (403xx23). */
function checkLimits(partner: Partner, store: Store, wallet: Wallet, amountMinor: number): number {
  const { topUpMinMinor, topUpMaxMinor, walletBalanceCapMinor } = partner.limits;
  if (amountMinor < topUpMinMinor || amountMinor > topUpMaxMinor) {
    throw new SnapError('ExceedsTransactionAmountLimit').withDiagnostics({
      hint: `${partner.id} tops up between ${formatMinor(topUpMinMinor)} and ${formatMinor(topUpMaxMinor)} per transaction; got ${formatMinor(amountMinor)}`,
    });
  }
  const total = balanceOf(store, walletAccount(wallet.id)) + balanceOf(store, holdAccount(wallet.id));
  const room = Math.max(0, walletBalanceCapMinor - total);
  if (amountMinor > room) {
    throw new SnapError('AccountLimitExceed').withDiagnostics({
      hint: `wallet ${wallet.id} holds ${formatMinor(total)}; the balance cap is ${formatMinor(walletBalanceCapMinor)}, so at most ${formatMinor(room)} more fits`,
    });
  }
  return room;
}

export function topUpAccountInquiry(call: SnapCall<'topUpAccountInquiry'>, ctx: SandboxContext): Record<string, unknown> {
  const { wallet, customerNumber } = resolveCustomer(call, ctx.store);
  const amountMinor = parseMinor(call.body.amount.value)!;
  const room = checkLimits(call.partner, ctx.store, wallet, amountMinor);
  const { topUpMinMinor, topUpMaxMinor, walletBalanceCapMinor } = call.partner.limits;
  return {
    referenceNo: referenceNo(),
    partnerReferenceNo: call.body.partnerReferenceNo ?? '',
    customerNumber: maskCustomerNumber(customerNumber),
    customerName: wallet.name,
    minAmount: idr(topUpMinMinor),
    maxAmount: idr(topUpMaxMinor),
    amount: idr(amountMinor),
    feeAmount: idr(0),
    additionalInfo: { walletBalanceCap: idr(walletBalanceCapMinor), remainingCapacity: idr(room) },
  };
}

export function topUp(call: SnapCall<'topUp'>, ctx: SandboxContext): Record<string, unknown> {
  const { store } = ctx;
  const { wallet, customerNumber } = resolveCustomer(call, store);
  const amountMinor = parseMinor(call.body.amount.value)!;
  checkLimits(call.partner, store, wallet, amountMinor);

  const corporate = corporateAccount(call.partner.id);
  const available = balanceOf(store, corporate);
  if (available < amountMinor) {
    throw new SnapError('InsufficientFunds')
      .withEcho({ additionalInfo: { reason: 'Partner corporate balance is insufficient for this top-up' } })
      .withDiagnostics({ account: corporate, hint: `corporate balance ${formatMinor(available)} is short of ${formatMinor(amountMinor)}` });
  }

  const tx: Transaction = {
    id: referenceNo(),
    type: 'TOP_UP',
    clientId: call.partner.id,
    accountId: wallet.id,
    partnerReferenceNo: call.body.partnerReferenceNo,
    externalId: call.externalId,
    status: '00',
    amountMinor,
    createdAt: call.now,
    updatedAt: call.now,
    data: { customerNumber, ...(call.body.notes ? { notes: call.body.notes } : {}), ...(call.body.sessionId ? { sessionId: call.body.sessionId } : {}) },
  };
  store.transactions.put(tx);
  moveMoney(store, { transactionId: tx.id, at: call.now, from: corporate, to: walletAccount(wallet.id), amountMinor });
  return {
    referenceNo: tx.id,
    partnerReferenceNo: tx.partnerReferenceNo,
    ...(call.body.sessionId ? { sessionId: call.body.sessionId } : {}),
    customerNumber,
    amount: idr(amountMinor),
    additionalInfo: {},
  };
}

function findTopUp(call: SnapCall<'topUpStatus'>, store: Store): Transaction | undefined {
  const { originalReferenceNo, originalPartnerReferenceNo, originalExternalId } = call.body;
  const mine = (tx: Transaction | undefined) => (tx && tx.type === 'TOP_UP' && tx.clientId === call.partner.id ? tx : undefined);
  if (originalReferenceNo !== undefined) return mine(store.transactions.get(originalReferenceNo));
  if (originalPartnerReferenceNo !== undefined) return mine(store.transactionByPartnerRef(call.partner.id, 'TOP_UP', originalPartnerReferenceNo));
  if (originalExternalId !== undefined) {
    // A scan, without copying the table first (an index would cost ~40 bytes per transaction for a rare query).
    for (const tx of store.transactions.values()) if (mine(tx) && tx.externalId === originalExternalId) return tx;
    return undefined;
  }
  throw new SnapError('InvalidMandatoryField', 'originalPartnerReferenceNo').withDiagnostics({
    hint: 'name the top-up by originalReferenceNo, originalPartnerReferenceNo or originalExternalId',
  });
}

export function topUpStatus(call: SnapCall<'topUpStatus'>, ctx: SandboxContext): Record<string, unknown> {
  const tx = findTopUp(call, ctx.store);
  if (!tx || (call.customer && tx.accountId !== call.customer.accountId)) {
    throw new SnapError('TransactionNotFound').withEcho({
      ...(call.body.originalPartnerReferenceNo ? { originalPartnerReferenceNo: call.body.originalPartnerReferenceNo } : {}),
      ...(call.body.originalReferenceNo ? { originalReferenceNo: call.body.originalReferenceNo } : {}),
    });
  }
  return {
    originalReferenceNo: tx.id,
    originalPartnerReferenceNo: tx.partnerReferenceNo,
    ...(tx.externalId ? { originalExternalId: tx.externalId } : {}),
    serviceCode: '38',
    transactionDate: formatWib(tx.createdAt),
    amount: idr(tx.amountMinor),
    latestTransactionStatus: tx.status,
    transactionStatusDesc: TRANSACTION_STATUS_DESC[tx.status],
    additionalInfo: {},
  };
}
