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

export class Journal {
  private entries: JournalEntry[] = [];
  private nextId = 1;

  constructor(private readonly capacity: number) {}

  add(entry: Omit<JournalEntry, 'id'>): JournalEntry {
    const full = { id: this.nextId++, ...entry };
    this.entries.push(full);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    return full;
  }

  list(filter: JournalFilter = {}): JournalEntry[] {
    const limit = Math.max(1, Math.min(filter.limit ?? 100, this.capacity));
    const out: JournalEntry[] = [];
    for (let i = this.entries.length - 1; i >= 0 && out.length < limit; i--) {
      const e = this.entries[i]!;
      if (filter.path && !e.path.includes(filter.path)) continue;
      if (filter.partner && e.partner !== filter.partner) continue;
      if (filter.responseCode && e.responseCode !== filter.responseCode) continue;
      out.push(filter.reveal ? e : this.masked(e));
    }
    return out;
  }

  clear(): void {
    this.entries = [];
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
