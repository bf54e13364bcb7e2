import { Router, type Response } from 'express';
import type { SandboxContext } from '../../context.js';
import type { Binding, Wallet } from '../../ledger/model.js';
import { checkPageToken, usePageToken, type PageTokenCheck } from '../../ledger/page-tokens.js';
import { activateBinding, pinLockedUntil, verifyPin } from '../../ledger/wallets.js';
import { formatWib } from '../../lib/time.js';
import { errorPage, escapeHtml, maskPhone, page, pinInput } from '../../webview/html.js';
import { redirectWithParams } from '../../webview/redirect.js';

/**
 * The consent page Account Binding's nextAction points to: the customer types the wallet PIN; on
 * success the browser goes to the partner's redirectUrl with authCode FIRST (DOKU's demo apps read
 * it with `(?<=\?authCode=)[^&]+`). Three wrong PINs lock the wallet for PIN_LOCK_SECONDS.
 */
const TOKEN_PROBLEMS: Record<Extract<PageTokenCheck, { ok: false }>['problem'], [number, string]> = {
  unknown: [404, 'This link is not valid. Ask the app to start the account linking again.'],
  used: [410, 'This link has already been used: the account is linked.'],
  expired: [410, 'This link has expired. Ask the app to start the account linking again.'],
};

const TITLE = 'Link your DOKU Wallet';

function send(res: Response, status: number, html: string): void {
  res.status(status).set('Cache-Control', 'no-store').type('html').send(html);
}

type Found = { ok: true; binding: Binding; wallet: Wallet; tokenId: string } | { ok: false; status: number; message: string };

function findConsent(ctx: SandboxContext, tokenId: unknown): Found {
  const now = ctx.clock.now();
  const check = checkPageToken(ctx.store, 'binding-consent', tokenId, now);
  if (!check.ok) {
    const [status, message] = TOKEN_PROBLEMS[check.problem];
    return { ok: false, status, message };
  }
  const binding = ctx.store.bindings.get(check.token.subjectId);
  const wallet = binding && ctx.store.wallets.get(binding.accountId);
  if (!binding || binding.status !== 'PENDING' || !wallet) return { ok: false, status: 410, message: 'This account linking is no longer open.' };
  if (wallet.status !== 'ACTIVE') return { ok: false, status: 403, message: 'This DOKU Wallet account is not active.' };
  const lockedUntil = pinLockedUntil(wallet, now);
  if (lockedUntil !== undefined) return { ok: false, status: 423, message: lockedMessage(lockedUntil) };
  return { ok: true, binding, wallet, tokenId: check.token.id };
}

function lockedMessage(until: number): string {
  return `Too many wrong PINs: this account is locked until ${formatWib(until)}. Try again later.`;
}

function form(ctx: SandboxContext, found: Extract<Found, { ok: true }>, message?: string): string {
  const partner = ctx.store.partners.get(found.binding.clientId);
  return page(
    TITLE,
    `<p><strong>${escapeHtml(partner?.name ?? found.binding.clientId)}</strong> wants to link to the DOKU Wallet account of
${escapeHtml(found.wallet.name)} (${escapeHtml(maskPhone(found.wallet.phoneNo))}). Enter your PIN to allow it.</p>
<form method="post" action="binding-consent">
<input type="hidden" name="token" value="${escapeHtml(found.tokenId)}">
${message ? `<p class="error" role="alert">${escapeHtml(message)}</p>` : ''}
${pinInput('pin', 'DOKU Wallet PIN')}
<button type="submit">Link account</button>
</form>`,
  );
}

export function bindingPages(ctx: SandboxContext): Router {
  const router = Router();

  router.get('/webview/binding-consent', (req, res) => {
    const found = findConsent(ctx, req.query.token);
    if (!found.ok) return send(res, found.status, errorPage(TITLE, found.message));
    send(res, 200, form(ctx, found));
  });

  router.post('/webview/binding-consent', async (req, res) => {
    const { token, pin } = (req.body ?? {}) as Record<string, unknown>;
    const found = findConsent(ctx, token);
    if (!found.ok) return send(res, found.status, errorPage(TITLE, found.message));
    if (typeof pin !== 'string' || !/^\d{6}$/.test(pin)) return send(res, 422, form(ctx, found, 'The PIN is 6 digits.'));

    const now = ctx.clock.now();
    const outcome = await ctx.store.transact(() => {
      const check = verifyPin(ctx.store, found.wallet, pin, now, ctx.config.pinLockSeconds);
      if (check.ok) {
        activateBinding(ctx.store, found.binding, now);
        usePageToken(ctx.store, ctx.store.pageTokens.get(found.tokenId)!, now);
      }
      return check;
    });
    if (outcome.ok) {
      res.set('Cache-Control', 'no-store').redirect(302, redirectWithParams(found.binding.redirectUrl, { authCode: found.binding.authCode }));
      return;
    }
    if (outcome.locked) return send(res, 423, errorPage(TITLE, lockedMessage(outcome.lockedUntil)));
    send(res, 401, form(ctx, found, `Wrong PIN. ${outcome.attemptsLeft} attempt${outcome.attemptsLeft === 1 ? '' : 's'} left.`));
  });

  return router;
}
