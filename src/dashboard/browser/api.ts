import { byId, empty } from './dom.js';

/** The admin token: typed into the page (or given as ?token=), kept in sessionStorage. */
export const TOKEN_KEY = 'doku-snap-sandbox.adminToken';

/** An admin API answer, read as loosely as the panels need (SNAP error fields when refused). */
export interface ApiBody {
  responseCode?: string;
  responseMessage?: string;
  message?: string;
  errors?: unknown;
  additionalInfo?: { errors?: unknown };
  [field: string]: unknown;
}

export interface ApiAnswer {
  status: number;
  ok: boolean;
  body: ApiBody | null;
}

export function authHeaders(): Record<string, string> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { Authorization: `Bearer ${token}` } : {};
}

export async function api(method: string, path: string, body?: unknown, contentType?: string): Promise<ApiAnswer> {
  const headers = authHeaders();
  if (body !== undefined) headers['Content-Type'] = contentType || 'application/json';
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  let json: ApiBody | null;
  try {
    json = text ? (JSON.parse(text) as ApiBody) : null;
  } catch {
    json = { responseMessage: text.slice(0, 300) };
  }
  if (res.status === 401) showBanner("The admin API answered 401: enter the sandbox's ADMIN_TOKEN in the field above (or open /dashboard?token=…).");
  return { status: res.status, ok: res.ok, body: json };
}

export function showBanner(text: string): void {
  const banner = byId('banner');
  banner.textContent = text;
  banner.hidden = !text;
}

/** A refusal in one line: status, responseCode, message and every problem listed. */
export function describe(res: ApiAnswer): string {
  const b = res.body || {};
  const parts = [res.status + (b.responseCode ? ` ${b.responseCode}` : ''), b.responseMessage || b.message || ''];
  const errors = b.errors || b.additionalInfo?.errors;
  if (Array.isArray(errors)) {
    parts.push(errors.map((e: unknown) => (typeof e === 'string' ? e : problem(e as { path?: string; instancePath?: string; message?: string }))).join('; '));
  }
  return parts.filter(Boolean).join(' · ');
}

function problem(e: { path?: string; instancePath?: string; message?: string }): string {
  return `${e.path || e.instancePath || ''} ${e.message || ''}`;
}

/** What a panel shows when its admin endpoint did not answer a list. */
export function unavailable(path: string, res: ApiAnswer): HTMLElement {
  if (res.status === 404) return empty(`Not available in this sandbox (GET ${path} answered 404).`);
  return empty(`GET ${path} answered ${res.status}: ${(res.body && (res.body.responseMessage || res.body.message)) || ''}`);
}
