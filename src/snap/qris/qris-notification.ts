import type { Partner, QrCode, Transaction } from '../../ledger/model.js';
import type { Store } from '../../ledger/store.js';
import { idr } from '../../lib/money.js';
import { formatWib } from '../../lib/time.js';
import { enqueueNotification } from '../../notify/outbox.js';
import { paymentData } from './qris.model.js';

/**
 * The payment notification to the merchant partner that generated the QR (SNAP 52, QR MPM
 * notify, in the shape of DOKU's payment notifications): it names the QR by the merchant's own
 * references, and the payment in additionalInfo. Queued in the payment's atomic block; the
 * notifier signs and delivers it after the commit.
 */
export function queueQrisNotification(store: Store, merchant: Partner, qr: QrCode, payment: Transaction, now: number): void {
  const data = paymentData(payment);
  const body = {
    originalReferenceNo: qr.id,
    originalPartnerReferenceNo: qr.partnerReferenceNo,
    originalExternalId: qr.externalId ?? '',
    latestTransactionStatus: payment.status,
    transactionStatusDesc: 'Success',
    amount: idr(data.baseMinor),
    feeAmount: idr(data.feeMinor),
    merchantId: qr.merchantId,
    createdTime: formatWib(qr.createdAt),
    finishedTime: formatWib(now),
    additionalInfo: {
      channelId: 'DOKU_WALLET',
      terminalId: qr.terminalId,
      paymentReferenceNo: payment.id,
      approvalCode: data.approvalCode,
      paidTime: formatWib(data.paidTime),
      totalAmount: idr(payment.amountMinor),
      pointOfInitiationMethod: qr.dynamic ? '12' : '11',
      origin: { product: 'DOKU Wallet', source: 'doku-snap-sandbox', system: 'snap-adapter', apiFormat: 'SNAP' },
    },
  };
  enqueueNotification(store, { clientId: merchant.id, transactionId: payment.id, url: merchant.notificationUrl, body, now });
}
