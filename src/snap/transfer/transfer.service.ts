import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import type { BankAccountSeed } from '../../fixtures/seed.js';
import { BANK_CLEARING, walletAccount } from '../../ledger/accounts.js';
import { walletByCustomerNumber } from '../../ledger/customer-number.js';
import { moveMoney } from '../../ledger/ledger.js';
import type { Partner, Transaction } from '../../ledger/model.js';
import { activeWallet } from '../../ledger/wallets.js';
import { digits, referenceNo } from '../../lib/ids.js';
import { formatMinor, idr, parseMinor } from '../../lib/money.js';
import { formatWib } from '../../lib/time.js';

/**
 * Transfer to bank (reference §5.10–5.11): the inquiry names the beneficiary from the fixtures'
 * bank accounts; the transfer debits the wallet into bank clearing. Accounts with status INVALID
 * always fail (the QA magic value "bank account always invalid").
 */
function beneficiary(ctx: SandboxContext, accountNumber: string, bankCode: string | undefined): BankAccountSeed {
  const candidates = ctx.seed.bankAccounts.filter((a) => a.accountNumber === accountNumber && (bankCode === undefined || a.bankCode === bankCode));
  const account = candidates[0];
  if (!account) {
    throw new SnapError('InvalidAccount').withDiagnostics({
      hint: `no bank account ${accountNumber}${bankCode ? ` at bank ${bankCode}` : ''} in the fixtures' bank-accounts.json`,
    });
  }
  if (account.status === 'INVALID') {
    throw new SnapError('InvalidAccount').withDiagnostics({ hint: `bank account ${accountNumber} is marked INVALID (magic value: always fails)` });
  }
  return account;
}

function checkAmount(partner: Partner, amountMinor: number): void {
  if (amountMinor <= 0) throw new SnapError('InvalidAmount').withDiagnostics({ hint: 'a transfer needs an amount above 0.00' });
  if (amountMinor > partner.limits.transactionMaxMinor) {
    throw new SnapError('ExceedsTransactionAmountLimit').withDiagnostics({
      hint: `${partner.id} allows at most ${formatMinor(partner.limits.transactionMaxMinor)} per transaction; got ${formatMinor(amountMinor)}`,
    });
  }
}

export function bankAccountInquiry(call: SnapCall<'bankAccountInquiry'>, ctx: SandboxContext): Record<string, unknown> {
  const { customerNumber, beneficiaryAccountNumber } = call.body;
  activeWallet(walletByCustomerNumber(ctx.store, customerNumber), `customerNumber ${customerNumber} is neither the accountId nor the phone number of a DOKU wallet`);
  const info = call.body.additionalInfo ?? {};
  const account = beneficiary(ctx, beneficiaryAccountNumber, info.bankCode ?? info.beneficiaryBankCode);
  const amountMinor = parseMinor(call.body.amount.value)!;
  checkAmount(call.partner, amountMinor);
  return {
    referenceNo: referenceNo(),
    partnerReferenceNo: call.body.partnerReferenceNo,
    beneficiaryAccountNumber: account.accountNumber,
    beneficiaryAccountName: account.accountName,
    beneficiaryBankCode: account.bankCode,
    beneficiaryBankName: account.bankName,
    amount: idr(amountMinor),
    additionalInfo: {},
  };
}

export function transferBank(call: SnapCall<'transferBank'>, ctx: SandboxContext): Record<string, unknown> {
  const { store } = ctx;
  const accountId = call.customer!.accountId;
  const wallet = activeWallet(store.wallets.get(accountId), `the customer token's wallet ${accountId} no longer exists`);
  const customerNumber = call.body.customerNumber;
  if (customerNumber !== undefined && walletByCustomerNumber(store, customerNumber)?.id !== wallet.id) {
    throw new SnapError('InvalidAccount').withDiagnostics({ hint: `customerNumber ${customerNumber} is not the wallet of the customer token (${wallet.id})` });
  }
  const amountMinor = parseMinor(call.body.amount.value)!;
  const account = beneficiary(ctx, call.body.beneficiaryAccountNumber, call.body.beneficiaryBankCode);
  checkAmount(call.partner, amountMinor);

  const tx: Transaction = {
    id: referenceNo(),
    type: 'TRANSFER_BANK',
    clientId: call.partner.id,
    accountId: wallet.id,
    partnerReferenceNo: call.body.partnerReferenceNo,
    externalId: call.externalId,
    status: '00',
    amountMinor,
    createdAt: call.now,
    updatedAt: call.now,
    data: {
      referenceNumber: digits(12),
      beneficiaryAccountNumber: account.accountNumber,
      beneficiaryAccountName: account.accountName,
      beneficiaryBankCode: account.bankCode,
      beneficiaryBankName: account.bankName,
      ...(call.body.accountType ? { accountType: call.body.accountType } : {}),
    },
  };
  store.transactions.put(tx);
  moveMoney(store, { transactionId: tx.id, at: call.now, from: walletAccount(wallet.id), to: BANK_CLEARING, amountMinor });
  return {
    referenceNo: tx.id,
    partnerReferenceNo: tx.partnerReferenceNo,
    transactionDate: formatWib(call.now),
    referenceNumber: tx.data.referenceNumber,
    amount: idr(amountMinor),
    additionalInfo: {},
  };
}
