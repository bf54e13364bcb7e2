import type { SandboxContext, SnapCall } from '../../context.js';
import { snapCode, SnapError } from '../../errors/snap-error.js';
import { settlementAccount, walletAccount } from '../../ledger/accounts.js';
import { usePageToken } from '../../ledger/page-tokens.js';
import { reversePayment, reversible } from '../../ledger/payments.js';
import { parseMinor } from '../../lib/money.js';
import { formatWib } from '../../lib/time.js';
import { purchaseFor } from './purchase-status.service.js';
import { AWAITING_PIN, PURCHASE_SERVICE, purchaseData, updatePurchase } from './purchase.model.js';

/**
 * Cancel Purchase (57). Waiting for the PIN: closed (05), the PIN page stops working, no money
 * moves. Paid and never refunded: reversed in full, settlement → wallet, under a CANCEL
 * transaction, and the purchase becomes 05. Anything else (failed, expired, cancelled, refunded
 * in part or in full) → 404xx00 Invalid Transaction Status, so a second cancel is refused.
 */
export function purchaseCancel(call: SnapCall<'purchaseCancel'>, ctx: SandboxContext): Record<string, unknown> {
  const { store } = ctx;
  const { now, body } = call;
  const tx = purchaseFor(call, ctx);
  const data = purchaseData(tx);
  const echo = { originalPartnerReferenceNo: tx.partnerReferenceNo, originalReferenceNo: tx.id };
  if (body.amount !== undefined && parseMinor(body.amount.value) !== tx.amountMinor) {
    throw new SnapError('InvalidAmount').withEcho(echo).withDiagnostics({ hint: 'a cancel reverses the whole purchase; amount, when sent, must equal it' });
  }
  const reason = body.reason;

  if (tx.status === AWAITING_PIN) {
    updatePurchase(store, tx, '05', { cancelTime: now, cancelReason: reason, responseCode: snapCode('TransactionCancelled', PURCHASE_SERVICE), responseMessage: 'Transaction Cancelled' }, now);
    const token = store.pageTokens.get(data.pageTokenId);
    if (token && token.usedAt === undefined) usePageToken(store, token, now);
  } else if (reversible(tx)) {
    reversePayment(store, tx, {
      clientId: tx.clientId,
      externalId: call.externalId,
      data: { reason },
      from: settlementAccount(tx.clientId),
      to: walletAccount(tx.accountId!),
      now,
    });
    updatePurchase(store, tx, '05', { cancelTime: now, cancelReason: reason }, now);
  } else {
    const why = tx.status === '00' ? 'partly refunded: use Refund Purchase for the rest' : `status ${tx.status} cannot be cancelled`;
    throw new SnapError('InvalidTransactionStatus').withEcho(echo).withDiagnostics({ hint: why });
  }
  return {
    ...echo,
    originalExternalId: tx.externalId ?? '',
    cancelTime: formatWib(now),
    transactionDate: formatWib(tx.createdAt),
    additionalInfo: {},
  };
}
