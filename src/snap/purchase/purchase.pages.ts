import { Router, type Response } from 'express';
import type { SandboxContext } from '../../context.js';
import type { Transaction } from '../../ledger/model.js';
import { formatMinor } from '../../lib/money.js';
import { formatWib } from '../../lib/time.js';
import { errorPage, escapeHtml, maskPhone, page, pinInput } from '../../webview/html.js';
import { showPinPage, submitPin, type PinPageView } from './purchase-pay.js';
import { purchaseData } from './purchase.model.js';

/** "Rp 10.000,00", as DOKU's app shows rupiah. */
function rupiah(minor: number): string {
  const [units, cents] = formatMinor(minor).split('.');
  return `Rp ${units!.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${cents}`;
}

function formHtml(view: Extract<PinPageView, { kind: 'form' }>): string {
  const { tx, partner, wallet, error } = view;
  const amount = rupiah(tx.amountMinor);
  return page(
    'Confirm payment',
    `<p>Pay <strong>${escapeHtml(partner.name)}</strong> from your DOKU Wallet.</p>
<div class="amount" data-testid="amount">${escapeHtml(amount)}</div>
<dl>
  <dt>Order</dt><dd>${escapeHtml(tx.partnerReferenceNo)}</dd>
  <dt>Wallet</dt><dd>${escapeHtml(wallet.name)} · ${escapeHtml(maskPhone(wallet.phoneNo))}</dd>
  <dt>Pay before</dt><dd>${escapeHtml(`${formatWib(purchaseData(tx).validUpTo).slice(0, 16).replace('T', ' ')} WIB`)}</dd>
</dl>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="purchase">
  <input type="hidden" name="token" value="${escapeHtml(view.token)}">
  ${pinInput('pin', 'DOKU Wallet PIN')}
  <button type="submit">Pay ${escapeHtml(amount)}</button>
</form>`,
  );
}

function outcomeHtml(tx: Transaction): string {
  const paid = tx.status === '00';
  const data = purchaseData(tx);
  return page(
    paid ? 'Payment successful' : 'Payment failed',
    `<div class="amount">${escapeHtml(rupiah(tx.amountMinor))}</div>
<dl><dt>Order</dt><dd>${escapeHtml(tx.partnerReferenceNo)}</dd><dt>Reference</dt><dd>${escapeHtml(tx.id)}</dd>
<dt>Result</dt><dd>${escapeHtml(data.responseCode)} ${escapeHtml(data.responseMessage)}</dd></dl>
<p>You can close this page and return to the merchant.</p>`,
  );
}

function render(res: Response, view: PinPageView): void {
  // The token is in the URL: keep it out of caches and out of the Referer sent to the merchant.
  res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
  if (view.kind === 'outcome') {
    if (view.location) res.redirect(302, view.location);
    else res.status(200).type('html').send(outcomeHtml(view.tx));
    return;
  }
  if (view.kind === 'closed') {
    res.status(view.status).type('html').send(errorPage(view.title, view.message));
    return;
  }
  res.status(view.status).type('html').send(formHtml(view));
}

/** The purchase PIN page behind Purchase Web's webRedirectUrl: works without JavaScript. */
export function purchasePages(ctx: SandboxContext): Router {
  const router = Router();
  router.get('/webview/purchase', async (req, res) => {
    const view = await ctx.store.transact(() => showPinPage(ctx, req.query.token, ctx.clock.now()));
    render(res, view);
  });
  router.post('/webview/purchase', async (req, res) => {
    const form = (req.body ?? {}) as Record<string, unknown>;
    const view = await ctx.store.transact(() => submitPin(ctx, form.token, form.pin, ctx.clock.now()));
    if (view.kind === 'outcome') ctx.notifier?.kick();
    render(res, view);
  });
  return router;
}
