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
