import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import { holdAccount, walletAccount } from '../../ledger/accounts.js';
import { moveMoney } from '../../ledger/ledger.js';
import { referenceNo } from '../../lib/ids.js';
import { idr, parseMinor } from '../../lib/money.js';
import { formatWib } from '../../lib/time.js';
import { activeWallet } from '../../ledger/wallets.js';
import type { AuthData } from './auth.model.js';

/**
 * Auth Payment (63): holds the amount on the customer's wallet (wallet → hold). No PIN page:
 * whether DOKU asks for one here is unknown, so the customer token stands for consent.
 */
export function authPayment(call: SnapCall<'authPayment'>, ctx: SandboxContext): Record<string, unknown> {
  const { store } = ctx;
  const { body, partner, now } = call;
  const accountId = call.customer!.accountId;
  activeWallet(store.wallets.get(accountId));
  const amountMinor = parseMinor(body.amount.value);
  if (amountMinor === undefined) throw new SnapError('InvalidFieldFormat', 'amount.value');
  if (amountMinor === 0) throw new SnapError('InvalidAmount').withDiagnostics({ hint: 'an authorisation must be for more than 0.00' });
  if (amountMinor > partner.limits.transactionMaxMinor) throw new SnapError('ExceedsTransactionAmountLimit');
  const partnerReferenceNo = body.partnerReferenceNo;
  if (store.transactionByPartnerRef(partner.id, 'AUTH_PAYMENT', partnerReferenceNo)) throw new SnapError('DuplicatePartnerReferenceNo');

  const id = referenceNo();
  moveMoney(store, { transactionId: id, at: now, from: walletAccount(accountId), to: holdAccount(accountId), amountMinor });
  const data: AuthData = {
    merchantId: body.merchantId ?? partner.merchantId,
    title: body.title,
    state: 'OPEN',
    capturedMinor: 0,
    releasedMinor: 0,
    captures: [],
    voids: [],
    additionalInfo: body.additionalInfo ?? {},
  };
  store.transactions.put({
    id,
    type: 'AUTH_PAYMENT',
    clientId: partner.id,
    accountId,
    partnerReferenceNo,
    externalId: call.externalId,
    status: '00',
    amountMinor,
    createdAt: now,
    updatedAt: now,
    data: data as unknown as Record<string, unknown>,
  });
  return {
    referenceNo: id,
    partnerReferenceNo,
    amount: idr(amountMinor),
    paidTime: formatWib(now),
    additionalInfo: { authStatus: 'SUCCESS', heldAmount: idr(amountMinor) },
  };
}
