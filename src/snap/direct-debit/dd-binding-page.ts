import type { SandboxContext } from '../../context.js';
import type { DebitBinding, Partner } from '../../ledger/model.js';
import { checkPageToken, usePageToken } from '../../ledger/page-tokens.js';

/** What the channel's binding page shows or does; dd.pages.ts turns it into HTML or a redirect. */
export type BindingPageView =
  | { kind: 'form'; status: number; token: string; binding: DebitBinding; partner: Partner }
  | { kind: 'closed'; status: number; title: string; message: string }
  | { kind: 'outcome'; binding: DebitBinding; location: string };

const CLOSED = {
  unknown: { status: 404, title: 'Link not found', message: 'This link is not valid. Start again from the merchant.' },
  used: { status: 410, title: 'Already answered', message: 'This request has already been answered. You can close this page.' },
  expired: { status: 410, title: 'Link expired', message: 'The time to confirm has run out. Start again from the merchant.' },
};

type Opened = { ok: true; binding: DebitBinding; partner: Partner } | { ok: false; view: BindingPageView };

function openBinding(ctx: SandboxContext, tokenId: unknown, now: number): Opened {
  const check = checkPageToken(ctx.store, 'debit-binding', tokenId, now);
  if (!check.ok) return { ok: false, view: { kind: 'closed', ...CLOSED[check.problem] } };
  const binding = ctx.store.debitBindings.get(check.token.subjectId);
  const partner = binding ? ctx.store.partners.get(binding.clientId) : undefined;
  if (!binding || !partner) return { ok: false, view: { kind: 'closed', ...CLOSED.unknown } };
  if (binding.status !== 'PENDING') return { ok: false, view: { kind: 'closed', ...CLOSED.used } };
  return { ok: true, binding, partner };
}

export function showBindingPage(ctx: SandboxContext, tokenId: unknown, now: number): BindingPageView {
  const opened = openBinding(ctx, tokenId, now);
  return opened.ok ? { kind: 'form', status: 200, token: tokenId as string, ...opened } : opened.view;
}

/**
 * The customer answers the channel's request to link the account (or card) to the merchant: allow
 * → ACTIVE, its authCode now buys tokens, and the browser goes to successRegistrationUrl with the
 * authCode; decline → FAILED and failedRegistrationUrl. Run inside store.transact.
 */
export function answerBindingPage(ctx: SandboxContext, tokenId: unknown, action: unknown, now: number): BindingPageView {
  const opened = openBinding(ctx, tokenId, now);
  if (!opened.ok) return opened.view;
  const allowed = action === 'allow';
  const binding = ctx.store.debitBindings.put({ ...opened.binding, status: allowed ? 'ACTIVE' : 'FAILED', updatedAt: now });
  usePageToken(ctx.store, ctx.store.pageTokens.get(tokenId as string)!, now);
  const url = new URL(allowed ? binding.successUrl : binding.failedUrl);
  if (allowed) url.searchParams.set('authCode', binding.authCode);
  url.searchParams.set('referenceNo', binding.id);
  url.searchParams.set('custIdMerchant', binding.custIdMerchant);
  url.searchParams.set('status', allowed ? 'SUCCESS' : 'FAILED');
  return { kind: 'outcome', binding, location: url.toString() };
}
