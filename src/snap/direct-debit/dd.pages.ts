import { Router, type Response } from 'express';
import type { SandboxContext } from '../../context.js';
import type { Transaction } from '../../ledger/model.js';
import { formatMinor } from '../../lib/money.js';
import { formatWib } from '../../lib/time.js';
import { errorPage, escapeHtml, maskPhone, page } from '../../webview/html.js';
import { answerBindingPage, showBindingPage, type BindingPageView } from './dd-binding-page.js';
import { showDebitPage, submitDebitPage, type DebitPageView } from './dd-pay.js';
import { channelRules, debitData } from './dd.model.js';

function rupiah(minor: number): string {
  const [units, cents] = formatMinor(minor).split('.');
  return `Rp ${units!.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${cents}`;
}

function noStore(res: Response): void {
  // The token is in the URL: keep it out of caches and out of the Referer sent to the merchant.
  res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
}

function bindingForm(view: Extract<BindingPageView, { kind: 'form' }>): string {
  const { binding, partner } = view;
  const what = binding.kind === 'CARD' ? `your ${escapeHtml(binding.cardType ?? 'card')} ending ${escapeHtml(binding.cardLast4 ?? '')}` : `your account ${escapeHtml(maskPhone(binding.phoneNo))}`;
  return page(
    `Link ${channelRules(binding.channel).label}`,
    `<p><strong>${escapeHtml(partner.name)}</strong> asks to charge ${what} at <strong>${escapeHtml(channelRules(binding.channel).label)}</strong> for future payments.</p>
<dl><dt>Customer</dt><dd>${escapeHtml(binding.custIdMerchant)}</dd><dt>Reference</dt><dd>${escapeHtml(binding.id)}</dd></dl>
<p>In the sandbox this page stands for the channel's OTP and PIN steps.</p>
<form method="post" action="binding">
  <input type="hidden" name="token" value="${escapeHtml(view.token)}">
  <button type="submit" name="action" value="allow">Allow</button>
  <button type="submit" name="action" value="decline" class="secondary">Decline</button>
</form>`,
  );
}

function paymentForm(view: Extract<DebitPageView, { kind: 'form' }>): string {
  const { tx, partner, error } = view;
  const data = debitData(tx);
  const label = channelRules(data.channel).label;
  const jumpApp = data.flow === 'JUMP_APP';
  const account = tx.accountId ? view.tx.accountId : undefined;
  return page(
    `Pay with ${label}`,
    `<p>Pay <strong>${escapeHtml(partner.name)}</strong> with ${escapeHtml(label)}.</p>
<div class="amount" data-testid="amount">${escapeHtml(rupiah(tx.amountMinor))}</div>
<dl>
  <dt>Order</dt><dd>${escapeHtml(tx.partnerReferenceNo)}</dd>
  ${account ? `<dt>Account</dt><dd>${escapeHtml(account.slice(0, 6))}…</dd>` : ''}
  <dt>Pay before</dt><dd>${escapeHtml(`${formatWib(data.validUpTo).slice(0, 16).replace('T', ' ')} WIB`)}</dd>
</dl>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="pay">
  <input type="hidden" name="token" value="${escapeHtml(view.token)}">
  ${jumpApp ? `<label for="phoneNo">${escapeHtml(label)} number</label><input id="phoneNo" name="phoneNo" inputmode="numeric" pattern="62[0-9]{8,13}" placeholder="6281234567890" style="letter-spacing:1px">` : ''}
  <button type="submit" name="action" value="pay">Pay ${escapeHtml(rupiah(tx.amountMinor))}</button>
  <button type="submit" name="action" value="cancel" class="secondary">Cancel</button>
</form>`,
  );
}

function outcomeHtml(tx: Transaction): string {
  const data = debitData(tx);
  return page(
    tx.status === '00' ? 'Payment successful' : 'Payment not made',
    `<div class="amount">${escapeHtml(rupiah(tx.amountMinor))}</div>
<dl><dt>Order</dt><dd>${escapeHtml(tx.partnerReferenceNo)}</dd><dt>Result</dt><dd>${escapeHtml(data.responseCode)} ${escapeHtml(data.responseMessage)}</dd></dl>`,
  );
}

/** The channels' pages behind direct debit: the binding request (account or card) and the payment confirmation. */
export function directDebitPages(ctx: SandboxContext): Router {
  const router = Router();
  const renderBinding = (res: Response, view: BindingPageView) => {
    noStore(res);
    if (view.kind === 'outcome') return res.redirect(302, view.location);
    if (view.kind === 'closed') return res.status(view.status).type('html').send(errorPage(view.title, view.message));
    res.status(view.status).type('html').send(bindingForm(view));
  };
  const renderPayment = (res: Response, view: DebitPageView) => {
    noStore(res);
    if (view.kind === 'outcome') return view.location ? res.redirect(302, view.location) : res.status(200).type('html').send(outcomeHtml(view.tx));
    if (view.kind === 'closed') return res.status(view.status).type('html').send(errorPage(view.title, view.message));
    res.status(view.status).type('html').send(paymentForm(view));
  };

  router.get('/webview/direct-debit/binding', async (req, res) => {
    const view = showBindingPage(ctx, req.query.token, ctx.clock.now());
    renderBinding(res, view);
  });
  router.post('/webview/direct-debit/binding', async (req, res) => {
    const form = (req.body ?? {}) as Record<string, unknown>;
    const view = await ctx.store.transact(() => answerBindingPage(ctx, form.token, form.action, ctx.clock.now()));
    renderBinding(res, view);
  });
  router.get('/webview/direct-debit/pay', async (req, res) => {
    // Showing the page may expire the payment (sandbox clock): a write like any other.
    const view = await ctx.store.transact(() => showDebitPage(ctx, req.query.token, ctx.clock.now()));
    renderPayment(res, view);
  });
  router.post('/webview/direct-debit/pay', async (req, res) => {
    const form = (req.body ?? {}) as Record<string, unknown>;
    const view = await ctx.store.transact(() => submitDebitPage(ctx, form.token, form, ctx.clock.now()));
    if (view.kind === 'outcome') ctx.notifier?.kick();
    renderPayment(res, view);
  });
  return router;
}
