/**
 * The records of calls: X-EXTERNAL-ID uses and idempotent replies of the partners' calls in, and the
 * notifications the sandbox sends out. Times are epoch milliseconds from the injected clock.
 */
import type { StoredReply } from './packed-reply.js';

export interface ExternalIdUse {
  id: string; // clientId|WIB day|X-EXTERNAL-ID
  at: number;
  // Set once the call succeeded on an operation that changes state, so that a repeat with the
  // same body can be answered as DOKU does (the original answer, HTTP 409):
  /** bodyHash of the request (idempotency.ts) */
  bodyHash?: string;
  /** the operation's handler, e.g. topUp */
  operation?: string;
  /** the idempotency record that holds the answer (operations with a partner key) … */
  replyOf?: string;
  /** … or the answer itself (Cancel Purchase, Verify OTP: no partner key to remember it by) */
  reply?: StoredReply;
}

export interface IdempotencyRecord {
  id: string; // clientId|operation|key
  bodyHash: string;
  status: number;
  /** The reply, packed (see packed-reply.ts); written to disk as the reply itself. */
  body: StoredReply;
  at: number;
}

/** SKIPPED: neither the partner nor the purchase names a notification URL, so nothing is sent. */
export type NotificationStatus = 'PENDING' | 'DELIVERED' | 'FAILED' | 'SKIPPED';

/** The token step before a send, for partners with a notificationTokenUrl (notify/notification-token.ts). */
export interface NotificationTokenStep {
  url: string;
  /** true: a token fetched earlier and not yet expired was used; nothing was asked. */
  cached?: boolean;
  status?: number;
  error?: string;
  durationMs?: number;
}

export interface NotificationAttempt {
  at: number;
  status?: number;
  error?: string;
  responseBody?: string;
  /** 1-based; a scenario's duplicate sends share one number. */
  attempt?: number;
  durationMs?: number;
  /** The scenario fault applied to this send (drop, delay, duplicate, out-of-order) and its rule. */
  fault?: string;
  /** How the token in Authorization was obtained; a failed token step is a failed attempt (nothing sent). */
  token?: NotificationTokenStep;
}

export interface Notification {
  id: string;
  clientId: string;
  transactionId: string;
  url: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
  status: NotificationStatus;
  attempts: NotificationAttempt[];
  nextAttemptAt?: number;
  createdAt: number;
  /** Set on a copy sent again on demand (POST /admin/notifications/{id}/redeliver): the id of the notification it repeats. */
  redeliveryOf?: string;
}
