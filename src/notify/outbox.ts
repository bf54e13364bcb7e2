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
