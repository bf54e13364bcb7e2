import { randomBytes } from 'node:crypto';
import type { PageToken } from './model.js';
import type { Store } from './store.js';

/** How long a link to a sandbox page (Create PIN, binding consent) stays usable. */
export const PAGE_TOKEN_TTL_SECONDS = 900;

export function issuePageToken(store: Store, page: PageToken['page'], subjectId: string, now: number, ttlSeconds = PAGE_TOKEN_TTL_SECONDS): PageToken {
  return store.pageTokens.put({ id: randomBytes(24).toString('base64url'), page, subjectId, expiresAt: now + ttlSeconds * 1000 });
}

export type PageTokenCheck = { ok: true; token: PageToken } | { ok: false; problem: 'unknown' | 'used' | 'expired' };

/** Finds a usable token for the page; changes nothing. */
export function checkPageToken(store: Store, page: PageToken['page'], id: unknown, now: number): PageTokenCheck {
  const token = typeof id === 'string' ? store.pageTokens.get(id) : undefined;
  if (!token || token.page !== page) return { ok: false, problem: 'unknown' };
  if (token.usedAt !== undefined) return { ok: false, problem: 'used' };
  if (now >= token.expiresAt) return { ok: false, problem: 'expired' };
  return { ok: true, token };
}

export function usePageToken(store: Store, token: PageToken, now: number): void {
  store.pageTokens.put({ ...token, usedAt: now });
}
