import type { Partner, Transaction } from '../../ledger/model.js';
import type { Store } from '../../ledger/store.js';
import { formatWib } from '../../lib/time.js';
import { enqueueNotification } from '../../notify/outbox.js';
import { paymentNotificationHead } from '../../ledger/page-payments.js';
import { purchaseData, statusDesc } from './purchase.model.js';

/**
 * DOKU's payment notification (SNAP 56, `/v1.0/debit/notify` shape) for a purchase that reached
 * its payment outcome on the PIN page: paid (00) or failed (06). Queued in the caller's atomic
 * block; the notifier signs and sends it after the commit.
 */
export function queuePaymentNotification(store: Store, partner: Partner, tx: Transaction, now: number): void {
  const data = purchaseData(tx);
  const body = {
    ...paymentNotificationHead(tx, statusDesc(tx), now),
    ...(data.merchantId ? { merchantId: data.merchantId } : {}),
    additionalInfo: {
      channelId: 'DOKU_WALLET',
      accountId: tx.accountId,
      approvalCode: data.approvalCode ?? '',
      responseCode: data.responseCode,
      responseMessage: data.responseMessage,
      ...(data.paidTime !== undefined ? { paidTime: formatWib(data.paidTime) } : {}),
      origin: { product: 'DOKU Wallet', source: 'doku-snap-sandbox', system: 'snap-adapter', apiFormat: 'SNAP' },
    },
  };
  enqueueNotification(store, { clientId: partner.id, transactionId: tx.id, url: data.notifyUrl ?? partner.notificationUrl, body, now });
}
