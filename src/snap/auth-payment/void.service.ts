import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import { holdAccount, walletAccount } from '../../ledger/accounts.js';
import { moveMoney } from '../../ledger/ledger.js';
import { referenceNo } from '../../lib/ids.js';
import { formatMinor, idr, parseMinor } from '../../lib/money.js';
import { formatWib } from '../../lib/time.js';
import { heldMinor, openAuthFor, updateAuth } from './auth.model.js';

/**
 * Void Auth Payment (67): releases held money to the wallet, also after partial captures. Without
 * voidAmount, or with voidRemainingAmount "TRUE", everything still held is released and the
 * authorisation closes; with voidAmount only that much. Closed → 404xx00; more than held → 404xx13.
 */
export function authVoid(call: SnapCall<'authVoid'>, ctx: SandboxContext): Record<string, unknown> {
  const { store } = ctx;
  const { body, now } = call;
  const { partnerVoidNo } = body;
  const { auth, data, echo, held } = openAuthFor(call, store, { partnerVoidNo });
  const amountMinor = body.voidAmount === undefined || body.voidRemainingAmount === 'TRUE' ? held : parseMinor(body.voidAmount.value);
  if (amountMinor === undefined) throw new SnapError('InvalidFieldFormat', 'voidAmount.value').withEcho(echo);
  if (amountMinor <= 0 || amountMinor > held) {
    throw new SnapError('InvalidAmount').withEcho(echo).withDiagnostics({ hint: `${formatMinor(held)} is held; a void must be more than 0.00 and at most that` });
  }
  if (store.transactionByPartnerRef(auth.clientId, 'VOID', partnerVoidNo)) throw new SnapError('DuplicatePartnerReferenceNo').withEcho(echo);

  const voidNo = referenceNo();
  moveMoney(store, { transactionId: voidNo, at: now, from: holdAccount(auth.accountId!), to: walletAccount(auth.accountId!), amountMinor });
  store.transactions.put({
    id: voidNo,
    type: 'VOID',
    clientId: auth.clientId,
    accountId: auth.accountId,
    partnerReferenceNo: partnerVoidNo,
    externalId: call.externalId,
    status: '00',
    amountMinor,
    createdAt: now,
    updatedAt: now,
    parentId: auth.id,
    data: { voidStatus: 'SUCCESS', reason: body.reason },
  });
  const updated = updateAuth(store, auth, { releasedMinor: data.releasedMinor + amountMinor, voids: [...data.voids, voidNo] }, now);
  return {
    ...echo,
    voidNo,
    voidAmount: idr(amountMinor),
    voidTime: formatWib(now),
    additionalInfo: { voidStatus: 'SUCCESS', remainingAmount: idr(heldMinor(updated)) },
  };
}
