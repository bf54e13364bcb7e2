/**
 * The request journal: the latest requests, newest first, bounded. It keeps what was sent and
 * answered, the signature diagnostics and the scenario rule that fired. Secrets, PINs, OTPs and
 * tokens are masked when read unless the reader asks to reveal them.
 */
export interface JournalEntry {
  id: number;
  at: string;
  method: string;
  path: string;
  operationId?: string;
  partner?: string;
  status: number;
  responseCode?: string;
  durationMs: number;
  diagnostics?: Record<string, unknown>;
  scenario?: { id: string; name: string; rule: string; effect: string };
  request: { headers: Record<string, string>; body: unknown };
  response: { body: unknown };
}

/** One line of the journal's summary: how many calls had these facts. */
export interface CallCount {
  operation: string;
  partner: string | null;
  responseCode: string | null;
  status: number;
  count: number;
}

export interface JournalSummary {
  since: string | null;
  until: string | null;
  /** Calls counted (the sum of every count). */
  total: number;
  /** Calls that no longer fit in the journal (JOURNAL_SIZE) since it was last emptied: counts may miss them. */
  evicted: number;
  calls: CallCount[];
}

export interface SummaryFilter {
  /** Sandbox-clock times (ms), inclusive. */
  since?: number;
  until?: number;
  operation?: string;
  partner?: string;
  responseCode?: string;
}

/** A segment that names one thing (an accountId, a referenceNo) rather than a kind of thing ("v1.0", "b2b2c"). */
const ID_SEGMENT = /^(?=.*\d).{8,}$|^.{25,}$/;

/**
 * The name a call is counted under, in the journal's summary and in /metrics: the SNAP
 * operationId, else the method and path without the query, with segments that name one thing
 * (8 characters or more with a digit, or 25 or more) as ":id" (`POST /webview/purchase`, `GET /admin/accounts/:id`).
 */
export function operationName(method: string, path: string, operationId: string | undefined): string {
  if (operationId) return operationId;
  const mark = path.indexOf('?');
  const pathname = mark < 0 ? path : path.slice(0, mark);
  return `${method} ${pathname
    .split('/')
    .map((segment) => (ID_SEGMENT.test(segment) ? ':id' : segment))
    .join('/')}`;
}

export interface JournalFilter {
  path?: string;
  partner?: string;
  responseCode?: string;
  limit?: number;
  reveal?: boolean;
}

const SECRET_HEADERS = new Set(['authorization', 'authorization-customer', 'x-signature', 'cookie']);
const SECRET_KEYS = /^(otp|pin|pinConfirm|confirmPin|newPin|authCode|accessToken|refreshToken|clientSecret|privateKey|privateKeyPem|authCodeKey|token)$/i;
const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]+/g;

function maskString(value: string): string {
  return value.replace(JWT, (jwt) => `${jwt.slice(0, 12)}…(masked)`);
}

/** Query parameters named like a secret (?token=… of the PIN pages) are masked in paths. */
export function maskPath(path: string): string {
  return path.replace(/([?&])([^=&#]+)=([^&#]*)/g, (all, sep: string, name: string) => (SECRET_KEYS.test(name) ? `${sep}${name}=***` : all));
}

export function mask(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return SECRET_KEYS.test(key) ? '***' : maskString(value);
  if (Array.isArray(value)) return value.map((v) => mask(v));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mask(v, k)]));
  }
  return value;
}

function maskHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [k, SECRET_HEADERS.has(k) ? (v.length > 16 ? `${v.slice(0, 12)}…(masked)` : '***') : v]),
  );
}

/** What the request log hands over per request; headers and time are put in their public form only when read. */
export interface JournalRecord extends Omit<JournalEntry, 'id' | 'at' | 'request'> {
  at: number;
  request: { headers: Record<string, string | string[] | undefined>; body: unknown };
}

function flatHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** A ring of the last `capacity` requests: adding one is O(1) however large the journal is. */
export class Journal {
  private ring: ({ id: number; record: JournalRecord } | undefined)[] = [];
  private nextId = 1;
  /** The first id since the journal was last emptied. */
  private firstId = 1;

  constructor(private readonly capacity: number) {}

  add(record: JournalRecord): void {
    const id = this.nextId++;
    this.ring[(id - 1) % this.capacity] = { id, record };
  }

  list(filter: JournalFilter = {}): JournalEntry[] {
    const limit = Math.max(1, Math.min(filter.limit ?? 100, this.capacity));
    const out: JournalEntry[] = [];
    for (let id = this.nextId - 1; id >= 1 && id >= this.nextId - this.capacity && out.length < limit; id--) {
      const slot = this.ring[(id - 1) % this.capacity];
      if (!slot || slot.id !== id) break; // cleared
      const e = slot.record;
      if (filter.path && !e.path.includes(filter.path)) continue;
      if (filter.partner && e.partner !== filter.partner) continue;
      if (filter.responseCode && e.responseCode !== filter.responseCode) continue;
      const entry: JournalEntry = { id, ...e, at: new Date(e.at).toISOString(), request: { headers: flatHeaders(e.request.headers), body: e.request.body } };
      out.push(filter.reveal ? entry : this.masked(entry));
    }
    return out;
  }

  clear(): void {
    this.ring = [];
    this.firstId = this.nextId;
  }

  /** Counts the calls the journal holds by operation, partner, responseCode and HTTP status, most frequent first. */
  summary(filter: SummaryFilter = {}): JournalSummary {
    const groups = new Map<string, CallCount>();
    let total = 0;
    for (let id = this.nextId - 1; id >= this.firstId && id >= this.nextId - this.capacity; id--) {
      const slot = this.ring[(id - 1) % this.capacity];
      if (!slot || slot.id !== id) break;
      const e = slot.record;
      if ((filter.since !== undefined && e.at < filter.since) || (filter.until !== undefined && e.at > filter.until)) continue;
      const operation = operationName(e.method, e.path, e.operationId);
      if (filter.operation && operation !== filter.operation) continue;
      if (filter.partner && e.partner !== filter.partner) continue;
      if (filter.responseCode && e.responseCode !== filter.responseCode) continue;
      const key = `${operation}\n${e.partner ?? ''}\n${e.responseCode ?? ''}\n${e.status}`;
      const group = groups.get(key);
      if (group) group.count++;
      else groups.set(key, { operation, partner: e.partner ?? null, responseCode: e.responseCode ?? null, status: e.status, count: 1 });
      total++;
    }
    const iso = (at: number | undefined) => (at === undefined ? null : new Date(at).toISOString());
    return {
      since: iso(filter.since),
      until: iso(filter.until),
      total,
      evicted: Math.max(0, this.nextId - this.firstId - this.capacity),
      calls: [...groups.values()].sort((a, b) => b.count - a.count || a.operation.localeCompare(b.operation)),
    };
  }

  private masked(e: JournalEntry): JournalEntry {
    return {
      ...e,
      path: maskPath(e.path),
      diagnostics: e.diagnostics && (mask(e.diagnostics) as Record<string, unknown>),
      request: { headers: maskHeaders(e.request.headers), body: mask(e.request.body) },
      response: { body: mask(e.response.body) },
    };
  }
}
