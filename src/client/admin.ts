import type { JournalEntry, JournalFilter, JournalSummary } from '../http/journal.js';
import type { PartnerRegistration } from '../ledger/partners.js';
import type { Amount as Money } from '../lib/money.js';
import type { TenantView } from '../tenants/tenant.js';
import type { AdminPartner, AdminOtp, AccountCreation, AdminAccount, AdminQrCode, AdminTransaction, ScenarioView, ClockView, ResetResult, LedgerVerification, NotificationView, WebviewCompletion, WebviewOutcome } from './admin-types.js';
import { CallExpectationError, checkCalls, type CallExpectation } from './expect-called.js';

/**
 * A small typed client for the sandbox's admin API (spec/admin.yaml + spec/admin/*.yaml), for test
 * suites and scripts. Every method throws AdminRequestError on a non-2xx answer.
 */
export interface AdminClientOptions {
  /** e.g. http://localhost:8080 */
  baseUrl: string;
  /** The sandbox's ADMIN_TOKEN, when it has one. */
  token?: string;
  /** Per-request timeout; default 30 s. */
  timeoutMs?: number;
  /** The tenant this client acts on: its /admin/… calls go to /admin/tenants/{tenantId}/…. Default: the default tenant. */
  tenantId?: string;
}

/** POST /admin/tenants: the tenant, and its partners' credentials (the private keys are shown this once). */
export interface CreatedTenant extends TenantView {
  partners: { clientId: string; clientSecret: string; publicKey: string; privateKey: string }[];
}

// Wire shapes the sandbox defines once, re-exported for the client's users.
export type { CallExpectation, JournalEntry, JournalFilter, JournalSummary, Money, PartnerRegistration, TenantView };
export { CallExpectationError };
export type { AdminPartner, AdminOtp, AccountCreation, AdminBinding, AdminAccount, AdminQrCode, AdminTransaction, ScenarioRuleView, ScenarioView, ClockView, ResetResult, LedgerVerification, NotificationView, WebviewCompletion, WebviewOutcome } from './admin-types.js';

export class AdminRequestError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${method} ${path} answered ${status}: ${typeof body === 'string' ? body : JSON.stringify(body)}`);
    this.name = 'AdminRequestError';
  }
}

type Query = Record<string, string | number | boolean | undefined>;

const listOf = <T>(body: unknown, key: string): T[] => {
  const value = (body as Record<string, unknown> | null)?.[key];
  return Array.isArray(value) ? (value as T[]) : [];
};

export class AdminClient {
  readonly baseUrl: string;

  constructor(private readonly options: AdminClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  /** Any admin call; the body is JSON unless a string is given with its content type. */
  async request<T = unknown>(method: string, path: string, body?: unknown, query: Query = {}, contentType = 'application/json'): Promise<T> {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined) search.set(k, String(v));
    const url = `${this.baseUrl}${this.scoped(path)}${search.size ? `?${search}` : ''}`;
    const headers: Record<string, string> = {};
    if (this.options.token) headers.Authorization = `Bearer ${this.options.token}`;
    if (body !== undefined) headers['Content-Type'] = contentType;
    const res = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    if (!res.ok) throw new AdminRequestError(method, path, res.status, parsed);
    return parsed as T;
  }

  /** The tenant this client acts on (undefined: the default tenant). */
  get tenantId(): string | undefined {
    return this.options.tenantId;
  }

  /** /admin/… of this client's tenant; /admin/tenants (the list of tenants) is the server's. */
  private scoped(path: string): string {
    const id = this.options.tenantId;
    if (id === undefined || !path.startsWith('/admin/') || path === '/admin/tenants' || path.startsWith('/admin/tenants/')) return path;
    return `/admin/tenants/${encodeURIComponent(id)}${path.slice('/admin'.length)}`;
  }

  /** A client like this one that acts on another tenant. */
  forTenant(tenantId: string): AdminClient {
    return new AdminClient({ ...this.options, tenantId });
  }

  /** Every tenant of the server, the default one first. */
  async tenants(): Promise<TenantView[]> {
    return listOf<TenantView>(await this.request('GET', '/admin/tenants'), 'tenants');
  }

  /** Makes a tenant: a world of its own with a fresh partner (its credentials are in the answer, once). */
  createTenant(options: { name?: string } = {}): Promise<CreatedTenant> {
    return this.request('POST', '/admin/tenants', options);
  }

  /** Removes a tenant and everything in it. */
  async deleteTenant(tenantId: string): Promise<void> {
    await this.request('DELETE', `/admin/tenants/${encodeURIComponent(tenantId)}`);
  }

  health(): Promise<{ status: string; version: string; uptimeSeconds: number; store?: string }> {
    return this.request('GET', '/health');
  }

  /** Back to the fixtures (a tenant: to the state it was made with): state, scenarios and clock. */
  reset(): Promise<ResetResult> {
    return this.request('POST', '/admin/reset');
  }

  async partners(): Promise<AdminPartner[]> {
    return listOf<AdminPartner>(await this.request('GET', '/admin/partners'), 'partners');
  }

  registerPartner(partner: PartnerRegistration): Promise<AdminPartner> {
    return this.request('POST', '/admin/partners', partner);
  }

  /** The public key of the sandbox's DOKU key pair: check its token requests (notificationTokenUrl) with it. */
  async dokuPublicKey(): Promise<string> {
    return (await this.request<{ dokuPublicKey: string }>('GET', '/admin/keys')).dokuPublicKey;
  }

  clock(): Promise<ClockView> {
    return this.request('GET', '/admin/clock');
  }

  /** Moves the sandbox clock forward (token, OTP and purchase expiry follow it). */
  advanceClock(seconds: number): Promise<ClockView> {
    return this.request('POST', '/admin/clock', { advanceSeconds: seconds });
  }

  setClock(iso: string): Promise<ClockView> {
    return this.request('POST', '/admin/clock', { set: iso });
  }

  /** Back to real time. */
  resetClock(): Promise<ClockView> {
    return this.request('POST', '/admin/clock', { reset: true });
  }

  async otps(filter: { phoneNo?: string; referenceNo?: string } = {}): Promise<AdminOtp[]> {
    return listOf<AdminOtp>(await this.request('GET', '/admin/otps', undefined, filter), 'otps');
  }

  /** The live OTP of a journey (Account Creation or Unbinding referenceNo); throws when there is none. */
  async otpFor(referenceNo: string): Promise<string> {
    const otp = (await this.otps({ referenceNo })).find((o) => o.referenceNo === referenceNo);
    if (!otp) throw new AdminRequestError('GET', `/admin/otps?referenceNo=${referenceNo}`, 404, 'no OTP for this referenceNo');
    return otp.otp;
  }

  async accounts(): Promise<AdminAccount[]> {
    return listOf<AdminAccount>(await this.request('GET', '/admin/accounts'), 'accounts');
  }

  /** Creates an active wallet directly (optionally bound to a partner, returning its authCode). */
  createAccount(account: AccountCreation): Promise<AdminAccount> {
    return this.request('POST', '/admin/accounts', account);
  }

  account(accountId: string): Promise<AdminAccount> {
    return this.request('GET', `/admin/accounts/${encodeURIComponent(accountId)}`);
  }

  async scenarios(): Promise<ScenarioView[]> {
    return listOf<ScenarioView>(await this.request('GET', '/admin/scenarios'), 'scenarios');
  }

  /** Names of the scenario files in SCENARIOS_DIR. */
  async scenarioLibrary(): Promise<string[]> {
    return listOf<string>(await this.request('GET', '/admin/scenarios'), 'library');
  }

  /** Activates a scenario: an object (format: scenarios/schema.json), YAML text, or { name } of a file in SCENARIOS_DIR. */
  loadScenario(scenario: object | string): Promise<ScenarioView> {
    return typeof scenario === 'string'
      ? this.request('POST', '/admin/scenarios', scenario, undefined, 'application/yaml')
      : this.request('POST', '/admin/scenarios', scenario);
  }

  async clearScenario(id: string): Promise<void> {
    await this.request('DELETE', `/admin/scenarios/${encodeURIComponent(id)}`);
  }

  async clearScenarios(): Promise<void> {
    await this.request('DELETE', '/admin/scenarios');
  }

  async journal(filter: JournalFilter = {}): Promise<JournalEntry[]> {
    const query: Query = { ...filter, reveal: filter.reveal === undefined ? undefined : String(filter.reveal) };
    return listOf<JournalEntry>(await this.request('GET', '/admin/journal', undefined, query), 'entries');
  }

  /** How many calls the journal holds, by operation, partner, responseCode and HTTP status (since/until: ISO times on the sandbox clock). */
  journalSummary(filter: { since?: string; until?: string; operation?: string; partner?: string; responseCode?: string } = {}): Promise<JournalSummary> {
    return this.request('GET', '/admin/journal/summary', undefined, filter);
  }

  /**
   * Checks that the sandbox was called as expected: exactly `times` calls, or at least one without
   * it. Resolves to the number of matching calls; throws CallExpectationError otherwise, whose
   * message lists what was called instead, nearest first.
   */
  async expectCalled(expected: CallExpectation): Promise<number> {
    const summary = await this.journalSummary({ since: expected.since });
    const { ok, matched, message } = checkCalls(summary, expected);
    if (!ok) throw new CallExpectationError(message, expected, matched, summary);
    return matched;
  }

  async clearJournal(): Promise<void> {
    await this.request('DELETE', '/admin/journal');
  }

  async transactions(filter: { clientId?: string; accountId?: string; type?: string; limit?: number } = {}): Promise<AdminTransaction[]> {
    return listOf<AdminTransaction>(await this.request('GET', '/admin/transactions', undefined, filter), 'transactions');
  }

  async notifications(filter: { clientId?: string; transactionId?: string; status?: string; limit?: number } = {}): Promise<NotificationView[]> {
    return listOf<NotificationView>(await this.request('GET', '/admin/notifications', undefined, filter), 'notifications');
  }

  /** Sends a notification again as a new message (new X-EXTERNAL-ID, fresh signature); resolves to the new notification. */
  redeliverNotification(id: string): Promise<NotificationView> {
    return this.request('POST', `/admin/notifications/${encodeURIComponent(id)}/redeliver`);
  }

  /** Fills in and submits a sandbox page (Create PIN, consent, purchase PIN, direct debit, bank simulator) as a browser would. */
  completeWebview(completion: WebviewCompletion): Promise<WebviewOutcome> {
    return this.request('POST', '/admin/webviews/complete', completion);
  }

  /** GET /metrics: the Prometheus text. */
  metrics(): Promise<string> {
    return this.request('GET', '/metrics');
  }

  verifyLedger(): Promise<LedgerVerification> {
    return this.request('GET', '/admin/ledger/verify');
  }

  /** QR codes from QR MPM Generate, newest first; imageUrl is the PNG to scan. */
  async qrCodes(filter: { clientId?: string; status?: string; limit?: number } = {}): Promise<AdminQrCode[]> {
    return listOf<AdminQrCode>(await this.request('GET', '/admin/qris', undefined, filter), 'qrCodes');
  }
}
