import type { Notification } from '../ledger/model.js';
import type { Store } from '../ledger/store.js';
import { digits, referenceNo } from '../lib/ids.js';

export interface NotificationRequest {
  clientId: string;
  transactionId: string;
  /** Where to POST; undefined when neither the partner nor the transaction names one (row is SKIPPED). */
  url: string | undefined;
  body: Record<string, unknown>;
  now: number;
}

/**
 * The outbox: a notification is a row written in the same atomic block as the state change it
 * reports, so a payment is never committed without its notification (nor the reverse). The
 * worker (notifier.ts) delivers PENDING rows after the commit.
 */
export function enqueueNotification(store: Store, request: NotificationRequest): Notification {
  const row: Notification = {
    id: referenceNo(),
    clientId: request.clientId,
    transactionId: request.transactionId,
    url: request.url ?? '',
    // One X-EXTERNAL-ID per notification, kept across retries, so a partner can tell a retry from a new message.
    headers: { 'X-EXTERNAL-ID': digits(20) },
    body: request.body,
    status: request.url ? 'PENDING' : 'SKIPPED',
    attempts: [],
    nextAttemptAt: request.url ? request.now : undefined,
    createdAt: request.now,
  };
  return store.notifications.put(row);
}

/**
 * A notification sent again on demand: a new row with the same body, a new X-EXTERNAL-ID (it is a
 * new message, not a retry) and its own attempts; the worker signs it afresh when it sends it.
 * It goes to the original URL, or, for one that was SKIPPED, to the partner's notificationUrl now.
 */
export function enqueueRedelivery(store: Store, original: Notification, url: string, now: number): Notification {
  return store.notifications.put({
    id: referenceNo(),
    clientId: original.clientId,
    transactionId: original.transactionId,
    url,
    headers: { 'X-EXTERNAL-ID': digits(20) },
    body: original.body,
    status: 'PENDING',
    attempts: [],
    nextAttemptAt: now,
    createdAt: now,
    redeliveryOf: original.id,
  });
}
