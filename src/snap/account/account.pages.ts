import { Router, type Response } from 'express';
import type { SandboxContext } from '../../context.js';
import type { Journey } from '../../ledger/model.js';
import { checkPageToken, usePageToken, type PageTokenCheck } from '../../ledger/page-tokens.js';
import { createWallet, weakPinReason } from '../../ledger/wallets.js';
import { errorPage, escapeHtml, maskPhone, page, pinInput } from '../../webview/html.js';
import { redirectWithParams } from '../../webview/redirect.js';

/**
 * The Create-PIN page that Verify OTP's qparamsURL points to. A plain form (no JavaScript): the PIN
 * twice; on success the wallet is created and the browser goes back to the partner's redirectUrl
 * with accountId FIRST, as DOKU's demo apps parse it.
 */
const TOKEN_PROBLEMS: Record<Extract<PageTokenCheck, { ok: false }>['problem'], [number, string]> = {
  unknown: [404, 'This link is not valid. Open the link from Verify OTP again.'],
  used: [410, 'This link has already been used: the account was created.'],
  expired: [410, 'This link has expired. Request a new OTP and verify it to get a new link.'],
};

function send(res: Response, status: number, html: string): void {
  res.status(status).set('Cache-Control', 'no-store').type('html').send(html);
}

function form(token: string, journey: Journey, message?: string): string {
  return page(
    'Create your PIN',
    `<p>Hi ${escapeHtml(journey.name)}, choose a 6-digit PIN for the DOKU Wallet account of ${escapeHtml(maskPhone(journey.phoneNo))}.</p>
<form method="post" action="create-pin">
<input type="hidden" name="token" value="${escapeHtml(token)}">
${message ? `<p class="error" role="alert">${escapeHtml(message)}</p>` : ''}
${pinInput('pin', 'PIN')}
${pinInput('confirmPin', 'Confirm PIN')}
<button type="submit">Create PIN</button>
</form>`,
  );
}

type Found = { ok: true; journey: Journey; tokenId: string } | { ok: false; status: number; message: string };

function findRegistration(ctx: SandboxContext, tokenId: unknown): Found {
  const check = checkPageToken(ctx.store, 'create-pin', tokenId, ctx.clock.now());
  if (!check.ok) {
    const [status, message] = TOKEN_PROBLEMS[check.problem];
    return { ok: false, status, message };
  }
  const journey = ctx.store.journeys.get(check.token.subjectId);
  if (!journey || journey.status !== 'OTP_VERIFIED') {
    return { ok: false, status: 410, message: 'This registration is no longer waiting for a PIN (a new OTP was requested or it was completed).' };
  }
  return { ok: true, journey, tokenId: check.token.id };
}

export function accountPages(ctx: SandboxContext): Router {
  const router = Router();

  router.get('/webview/create-pin', (req, res) => {
    const found = findRegistration(ctx, req.query.token);
    if (!found.ok) return send(res, found.status, errorPage('Create your PIN', found.message));
    send(res, 200, form(found.tokenId, found.journey));
  });

  router.post('/webview/create-pin', async (req, res) => {
    const { token, pin, confirmPin } = (req.body ?? {}) as Record<string, unknown>;
    const found = findRegistration(ctx, token);
    if (!found.ok) return send(res, found.status, errorPage('Create your PIN', found.message));
    const { journey, tokenId } = found;
    if (typeof pin !== 'string' || !/^\d{6}$/.test(pin)) return send(res, 422, form(tokenId, journey, 'The PIN must be exactly 6 digits.'));
    if (pin !== confirmPin) {
      return send(
        res,
        400,
        page('PINs do not match', `<p class="error" role="alert">The two PINs are different. No account was created.</p>
<p><a href="create-pin?token=${encodeURIComponent(tokenId)}">Try again</a></p>`),
      );
    }
    const weak = weakPinReason(pin);
    if (weak) return send(res, 422, form(tokenId, journey, `${weak} Choose another PIN.`));
    if (ctx.store.wallets.by('phone', journey.phoneNo)) {
      return send(res, 409, errorPage('Create your PIN', 'This phone number already has a DOKU Wallet account.'));
    }

    const now = ctx.clock.now();
    const wallet = await ctx.store.transact(() => {
      const created = createWallet(ctx.store, { name: journey.name ?? '', phoneNo: journey.phoneNo, email: journey.email, pin, now });
      ctx.store.journeys.put({ ...journey, status: 'COMPLETED', accountId: created.id });
      usePageToken(ctx.store, ctx.store.pageTokens.get(tokenId)!, now);
      return created;
    });
    res.set('Cache-Control', 'no-store').redirect(
      302,
      redirectWithParams(journey.redirectUrl ?? '', { accountId: wallet.id, partnerReferenceNo: journey.partnerReferenceNo, status: 'SUCCESS' }),
    );
  });

  return router;
}
