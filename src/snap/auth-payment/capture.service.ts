import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import { holdAccount, settlementAccount, walletAccount } from '../../ledger/accounts.js';
import { post } from '../../ledger/ledger.js';
import type { PostingEntry } from '../../ledger/model.js';
import { referenceNo } from '../../lib/ids.js';
import { formatMinor, idr, parseMinor } from '../../lib/money.js';
import { formatWib } from '../../lib/time.js';
import { heldMinor, openAuthFor, updateAuth } from './auth.model.js';

/**
 * Capture Payment (65): moves part or all of what is held to the partner's settlement. Several
 * partial captures may follow; lastCapture "TRUE" also releases the rest to the wallet (same
 * posting). Closed (voided, fully captured, last capture done) → 404xx00; more than held → 404xx13.
 */
export function authCapture(call: SnapCall<'authCapture'>, ctx: SandboxContext): Record<string, unknown> {
  const { store } = ctx;
  const { body, now } = call;
  const { partnerCaptureNo } = body;
  const { auth, data, echo, held } = openAuthFor(call, store, { partnerCaptureNo });
  const amountMinor = parseMinor(body.captureAmount.value);
  if (amountMinor === undefined) throw new SnapError('InvalidFieldFormat', 'captureAmount.value').withEcho(echo);
  if (amountMinor <= 0 || amountMinor > held) {
    throw new SnapError('InvalidAmount').withEcho(echo).withDiagnostics({ hint: `${formatMinor(held)} is held; a capture must be more than 0.00 and at most that` });
  }
  if (store.transactionByPartnerRef(auth.clientId, 'CAPTURE', partnerCaptureNo)) throw new SnapError('DuplicatePartnerReferenceNo').withEcho(echo);

  const last = body.lastCapture === 'TRUE';
  const releasedMinor = last ? held - amountMinor : 0;
  const captureNo = referenceNo();
  const entries: PostingEntry[] = [
    { account: holdAccount(auth.accountId!), amountMinor: -(amountMinor + releasedMinor) },
    { account: settlementAccount(auth.clientId), amountMinor },
  ];
  if (releasedMinor > 0) entries.push({ account: walletAccount(auth.accountId!), amountMinor: releasedMinor });
  post(store, { transactionId: captureNo, at: now, entries });
  store.transactions.put({
    id: captureNo,
    type: 'CAPTURE',
    clientId: auth.clientId,
    accountId: auth.accountId,
    partnerReferenceNo: partnerCaptureNo,
    externalId: call.externalId,
    status: '00',
    amountMinor,
    createdAt: now,
    updatedAt: now,
    parentId: auth.id,
    data: { captureStatus: 'SUCCESS', title: body.title, lastCapture: last, releasedMinor },
  });
  const updated = updateAuth(
    store,
    auth,
    { capturedMinor: data.capturedMinor + amountMinor, releasedMinor: data.releasedMinor + releasedMinor, captures: [...data.captures, captureNo], ...(last ? { state: 'CLOSED' as const } : {}) },
    now,
  );
  return {
    ...echo,
    captureNo,
    captureAmount: idr(amountMinor),
    captureTime: formatWib(now),
    additionalInfo: { captureStatus: 'SUCCESS', remainingAmount: idr(heldMinor(updated)), releasedAmount: idr(releasedMinor) },
  };
}
