import type { Partner, Transaction, VirtualAccount } from '../../ledger/model.js';
import type { Store } from '../../ledger/store.js';
import { idr } from '../../lib/money.js';
import { formatWib } from '../../lib/time.js';
import { enqueueNotification } from '../../notify/outbox.js';
import { vaPaymentData, virtualAccountNo } from './va.model.js';

/**
 * DOKU's VA payment notification (the "HTTP Notification Sample for SNAP" page, path
 * /v1.1/transfer-va/payment), with the fields the Go and Java SDKs' PaymentNotificationRequestBodyDto
 * read. Queued in the payment's atomic block; the notifier signs and sends it after the commit.
 */
export function queueVaNotification(store: Store, partner: Partner, va: VirtualAccount, tx: Transaction): void {
  const data = vaPaymentData(tx);
  const body = {
    partnerServiceId: va.partnerServiceId,
    customerNo: va.customerNo,
    virtualAccountNo: virtualAccountNo(va),
    virtualAccountName: va.name,
    virtualAccountEmail: va.email ?? '',
    virtualAccountPhone: va.phone ?? '',
    trxId: va.trxId,
    paymentRequestId: data.paymentRequestId,
    paidAmount: idr(tx.amountMinor),
    trxDateTime: formatWib(tx.createdAt),
    virtualAccountTrxType: va.trxType,
    additionalInfo: {
      channel: va.channel,
      virtualAccountConfig: {
        reusableStatus: va.reusable,
        ...(va.minMinor !== undefined ? { minAmount: idr(va.minMinor).value } : {}),
        ...(va.maxMinor !== undefined ? { maxAmount: idr(va.maxMinor).value } : {}),
      },
      senderName: data.senderName ?? va.name,
      sourceAccountNo: '',
      sourceBankCode: '',
      sourceBankName: va.channel.replace(/^VIRTUAL_ACCOUNT_(BANK_)?/, ''),
    },
  };
  enqueueNotification(store, { clientId: partner.id, transactionId: tx.id, url: partner.notificationUrl, body, now: tx.createdAt });
}
