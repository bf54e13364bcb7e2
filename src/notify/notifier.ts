import type { NotificationWorker, SandboxContext } from '../context.js';
import { StoreRefusedError } from '../ledger/commits.js';
import type { Notification, NotificationAttempt, NotificationTokenStep, Partner } from '../ledger/model.js';
import type { NotificationResult } from '../metrics/metrics.js';
import type { NotificationFault } from '../scenarios/types.js';
import { formatWib } from '../lib/time.js';
import { describeFetchError, mintedPartnerToken, type PartnerTokens } from './notification-token.js';
import { signNotification } from './signature.js';

export interface NotifierOptions {
  /** Sends before a notification is given up as FAILED. */
  maxAttempts: number;
  /** Wait after the first failed send; it doubles after each further failure (1 s, 2 s, 4 s …). */
  baseDelayMs: number;
  /** Longest wait for the partner's answer (connect + response). */
  timeoutMs: number;
  /** How often a started worker looks for due notifications (real time; due-ness is by the sandbox clock). */
  pollMs: number;
  /** out-of-order: the longest a held notification waits for a later one to overtake it. */
  holdMs: number;
}

export const NOTIFIER_DEFAULTS: NotifierOptions = { maxAttempts: 6, baseDelayMs: 1000, timeoutMs: 5000, pollMs: 250, holdMs: 10_000 };

const RESPONSE_EXCERPT = 500;

/** How a send ended, for the metrics' notification attempts. */
function resultOf(attempt: NotificationAttempt): NotificationResult {
  if (attempt.status !== undefined) return attempt.status >= 200 && attempt.status < 300 ? 'delivered' : 'refused';
  return attempt.fault?.startsWith('drop') ? 'dropped' : 'error';
}

export function backoffMs(options: NotifierOptions, failedSends: number): number {
  return options.baseDelayMs * 2 ** (failedSends - 1);
}

/**
 * One interval for every started notifier of the server (one per tenant), so a server with many
 * tenants runs one timer, not one each. Stops when no notifier listens.
 */
export class DeliveryPulse {
  private timer: NodeJS.Timeout | undefined;
  private readonly beats = new Set<() => void>();

  constructor(readonly everyMs: number = NOTIFIER_DEFAULTS.pollMs) {}

  add(beat: () => void): void {
    this.beats.add(beat);
    if (this.timer) return;
    this.timer = setInterval(() => {
      for (const b of this.beats) b();
    }, this.everyMs);
    this.timer.unref();
  }

  remove(beat: () => void): void {
    this.beats.delete(beat);
    if (this.beats.size > 0 || !this.timer) return;
    clearInterval(this.timer);
    this.timer = undefined;
  }
}

/**
 * Delivers the outbox (rows that services wrote with enqueueNotification) to partners: signed POSTs
 * with a timeout, retried with exponential backoff by the sandbox clock, every send recorded on the
 * row. Started with the server; tests that build the sandbox without listening call runDue().
 * Before each send it asks the scenario engine for a fault (drop, delay, duplicate, out-of-order).
 */
export class Notifier implements NotificationWorker {
  private started = false;
  private stopping: AbortController | undefined;
  private readonly inFlight = new Map<string, Promise<void>>();
  /** The fault chosen for a notification's attempt, so a delayed or held send is not asked twice. */
  private readonly decided = new Map<string, NotificationFault | null>();
  private readonly held = new Map<string, { since: number; sentBefore: number }>();
  private readonly sentPerClient = new Map<string, number>();
  /** Tokens partners with a notificationTokenUrl issued, by clientId (shared with direct inquiries). */
  private readonly tokens: PartnerTokens;

  constructor(
    private readonly ctx: SandboxContext,
    readonly options: NotifierOptions = NOTIFIER_DEFAULTS,
    /** What makes a started notifier look for due notifications (shared by a server's tenants). */
    private readonly pulse: DeliveryPulse = new DeliveryPulse(options.pollMs),
  ) {
    this.tokens = ctx.partnerTokens;
  }

  get running(): boolean {
    return this.started;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.stopping = new AbortController();
    this.pulse.add(this.beat);
  }

  /** Stops polling and aborts sends in flight; an aborted send is not recorded and stays due. */
  async stop(): Promise<void> {
    this.pulse.remove(this.beat);
    this.started = false;
    this.stopping?.abort();
    await Promise.allSettled([...this.inFlight.values()]);
  }

  /** On every pulse: a round only when something waits (a tenant with nothing pending costs one lookup). */
  private readonly beat = () => {
    if (this.ctx.store.notifications.by('status', 'PENDING')) this.kick();
  };

  /** Asks for a delivery round soon without waiting for it; a no-op unless started. */
  kick(): void {
    if (!this.started) return;
    setImmediate(() => {
      this.runDue().catch((error: Error) => this.ctx.log.error('notification round failed', { error: error.message }));
    });
  }

  /**
   * One round: sends every PENDING notification whose time has come; resolves once each send is
   * recorded. None while the disk refuses writes (a send that cannot be recorded would be
   * repeated); the store's health check tries the disk again once its backoff has passed.
   */
  async runDue(): Promise<number> {
    if (!this.ctx.store.writable && !(await this.ctx.store.health()).writable) return 0;
    const now = this.ctx.clock.now();
    const due = this.ctx.store.notifications
      .allBy('status', 'PENDING')
      .filter((n) => (n.nextAttemptAt ?? 0) <= now && !this.inFlight.has(n.id))
      .sort((a, b) => a.createdAt - b.createdAt);
    let sent = 0;
    const rounds = due.map((n) => {
      const work = this.attempt(n).then((didSend) => {
        if (didSend) sent++;
      });
      const tracked = work.finally(() => this.inFlight.delete(n.id));
      this.inFlight.set(n.id, tracked);
      return tracked;
    });
    await Promise.all(rounds);
    return sent;
  }

  private async attempt(n: Notification): Promise<boolean> {
    const attemptNo = Math.max(0, ...n.attempts.map((a) => a.attempt ?? 0)) + 1;
    const key = `${n.id}#${attemptNo}`;
    const now = this.ctx.clock.now();
    let fault = this.decided.get(key);
    if (fault === undefined) {
      fault = this.ctx.scenarios?.notificationFault({ clientId: n.clientId, transactionId: n.transactionId, url: n.url, attempt: attemptNo }) ?? null;
      this.decided.set(key, fault);
      if (fault?.kind === 'delay' && (fault.delayMs ?? 0) > 0) {
        await this.update(n.id, (row) => ({ ...row, nextAttemptAt: now + fault!.delayMs! }));
        return false;
      }
      if (fault?.kind === 'out-of-order') this.held.set(n.id, { since: now, sentBefore: this.sentPerClient.get(n.clientId) ?? 0 });
    }
    const hold = this.held.get(n.id);
    if (hold) {
      const overtaken = (this.sentPerClient.get(n.clientId) ?? 0) > hold.sentBefore;
      if (!overtaken && now - hold.since < this.options.holdMs) return false;
      this.held.delete(n.id);
    }
    this.decided.delete(key);
    const label = fault ? `${fault.kind} (${fault.rule})` : undefined;

    const partner = this.ctx.store.partners.get(n.clientId);
    const results: NotificationAttempt[] = [];
    let headers = n.headers;
    if (!partner) {
      results.push({ at: now, attempt: attemptNo, error: 'the partner no longer exists', fault: label });
    } else if (fault?.kind === 'drop') {
      results.push({ at: now, attempt: attemptNo, error: 'dropped by scenario (never sent)', fault: label });
    } else {
      for (let copy = 0; copy < (fault?.kind === 'duplicate' ? 2 : 1); copy++) {
        const sent = await this.send(n, partner, attemptNo, label);
        if (!sent) return false; // aborted by stop(): stays due
        headers = sent.headers;
        results.push(...sent.results);
      }
    }
    const delivered = results.some((r) => r.status !== undefined && r.status >= 200 && r.status < 300);
    const gaveUp = !delivered && (attemptNo >= this.options.maxAttempts || !partner);
    const recorded = await this.update(n.id, (row) => ({
      ...row,
      headers,
      attempts: [...row.attempts, ...results],
      status: delivered ? 'DELIVERED' : gaveUp ? 'FAILED' : 'PENDING',
      nextAttemptAt: delivered || gaveUp ? undefined : this.ctx.clock.now() + backoffMs(this.options, attemptNo),
    }));
    if (!recorded) return false;
    for (const result of results) this.ctx.metrics.notificationAttempt(resultOf(result));
    this.sentPerClient.set(n.clientId, (this.sentPerClient.get(n.clientId) ?? 0) + 1);
    if (this.held.size > 0) this.kick();
    const last = results[results.length - 1]!;
    const fields = { notification: n.id, transactionId: n.transactionId, url: n.url, attempt: attemptNo, status: last.status, error: last.error, fault: label };
    if (delivered) this.ctx.log.info('notification delivered', fields);
    else this.ctx.log.warn(gaveUp ? 'notification failed, giving up' : 'notification attempt failed, will retry', fields);
    return true;
  }

  /**
   * One send. With a notificationTokenUrl the partner's own token goes in Authorization (DOKU's
   * model): kept until its expiresIn runs out, asked for anew when the partner answers 401 (at
   * once when the refused token was a kept one). A failed token request is a failed send.
   */
  private async send(n: Notification, partner: Partner, attemptNo: number, fault: string | undefined): Promise<{ headers: Record<string, string>; results: NotificationAttempt[] } | undefined> {
    const url = partner.notificationTokenUrl;
    if (!url) {
      const sent = await this.post(n, partner, mintedPartnerToken(this.ctx.keys.privateKey, partner.id, this.ctx.clock.now()), attemptNo, fault);
      return sent && { headers: sent.headers, results: [sent.result] };
    }
    const results: NotificationAttempt[] = [];
    let headers = n.headers;
    for (let round = 0; round < 2; round++) {
      const at = this.ctx.clock.now();
      const request = { url, clientId: partner.id, dokuPrivateKey: this.ctx.keys.privateKey, now: at, timeoutMs: this.options.timeoutMs, signal: this.stopping?.signal };
      const token = await this.tokens.get(request);
      if (token.aborted) return undefined;
      if (!token.ok) {
        results.push({ at, attempt: attemptNo, error: `token request failed: ${token.problem}`, durationMs: token.step.durationMs, fault, token: token.step });
        break;
      }
      const sent = await this.post(n, partner, token.accessToken, attemptNo, fault, token.step);
      if (!sent) return undefined;
      headers = sent.headers;
      results.push(sent.result);
      if (sent.result.status !== 401) break;
      this.tokens.forget(partner.id);
      if (!token.step.cached) break;
    }
    return { headers, results };
  }

  private async post(n: Notification, partner: Partner, accessToken: string, attemptNo: number, fault: string | undefined, token?: NotificationTokenStep) {
    const at = this.ctx.clock.now();
    const timestamp = formatWib(at);
    const body = JSON.stringify(n.body);
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'X-TIMESTAMP': timestamp,
      'X-SIGNATURE': signNotification(partner.clientSecret, n.url, accessToken, body, timestamp),
      'X-PARTNER-ID': partner.id,
      'X-EXTERNAL-ID': n.headers['X-EXTERNAL-ID'] ?? '',
      Authorization: `Bearer ${accessToken}`,
    };
    const started = performance.now();
    const signals = [AbortSignal.timeout(this.options.timeoutMs), ...(this.stopping ? [this.stopping.signal] : [])];
    let result: NotificationAttempt;
    try {
      const response = await fetch(n.url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.any(signals) });
      const text = await response.text();
      result = { at, attempt: attemptNo, status: response.status, responseBody: text.slice(0, RESPONSE_EXCERPT), durationMs: Math.round(performance.now() - started), fault, token };
    } catch (error) {
      if (this.stopping?.signal.aborted) return undefined;
      result = { at, attempt: attemptNo, error: describeFetchError(error, this.options.timeoutMs), durationMs: Math.round(performance.now() - started), fault, token };
    }
    return { headers, result };
  }

  /**
   * Records an attempt; false when the disk refused it (the store logged that once): the row
   * stays as it was and the notification is due again.
   */
  private async update(id: string, change: (row: Notification) => Notification): Promise<boolean> {
    const current = this.ctx.store.notifications.get(id);
    if (!current || current.status !== 'PENDING') return true; // reset or finished meanwhile
    try {
      await this.ctx.store.transact(() => this.ctx.store.notifications.put(change(current)));
      return true;
    } catch (error) {
      if (error instanceof StoreRefusedError) return false;
      throw error;
    }
  }
}
