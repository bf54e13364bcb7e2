import { Router } from 'express';
import type { SandboxContext } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import { StoreRefusedError } from '../../ledger/commits.js';
import { formatMinor } from '../../lib/money.js';
import { escapeHtml, page } from '../../webview/html.js';
import { DEFAULT_INQUIRY_CHANNEL, payAtBank } from './va-pay-at-bank.js';
import { paymentView } from './va-payment.js';
import { bankNumber, liveVa, vaState } from './va.model.js';

const CHANNELS = ['VIRTUAL_ACCOUNT_BCA', 'VIRTUAL_ACCOUNT_BANK_MANDIRI', 'VIRTUAL_ACCOUNT_BRI', 'VIRTUAL_ACCOUNT_BNI', 'VIRTUAL_ACCOUNT_BANK_PERMATA', 'VIRTUAL_ACCOUNT_BANK_CIMB', 'VIRTUAL_ACCOUNT_BANK_DANAMON', 'VIRTUAL_ACCOUNT_DOKU'];

function field(label: string, name: string, value: string, extra = ''): string {
  return `<label for="${name}">${escapeHtml(label)}</label><input id="${name}" name="${name}" value="${escapeHtml(value)}" style="letter-spacing:1px;font-size:18px" ${extra}>`;
}

/** What the bank shows for a number before the customer pays: the bill, if the sandbox knows it. */
function billHtml(ctx: SandboxContext, number: string): string {
  const va = number ? liveVa(ctx.store, number) : undefined;
  if (!va) return number ? '<p>Unknown to DOKU: a merchant with direct inquiry (DIPC) for this number is asked when you pay.</p>' : '';
  const merchant = ctx.store.partners.get(va.clientId)?.name ?? va.clientId;
  const amount = va.trxType === 'C' ? formatMinor(va.amountMinor) : `open amount${va.minMinor !== undefined ? ` from ${formatMinor(va.minMinor)}` : ''}${va.maxMinor !== undefined ? ` to ${formatMinor(va.maxMinor)}` : ''}`;
  return `<dl data-testid="bill"><dt>Merchant</dt><dd>${escapeHtml(merchant)}</dd><dt>Name</dt><dd>${escapeHtml(va.name)}</dd><dt>Bill</dt><dd>${escapeHtml(va.trxId)}</dd><dt>Amount</dt><dd>${escapeHtml(amount)}</dd><dt>Status</dt><dd>${escapeHtml(vaState(va, ctx.clock.now()))}</dd></dl>`;
}

function formHtml(ctx: SandboxContext, values: { number: string; amount: string; senderName: string; channel: string }, error?: string): string {
  const options = CHANNELS.map((c) => `<option value="${c}"${c === values.channel ? ' selected' : ''}>${c.replace(/^VIRTUAL_ACCOUNT_(BANK_)?/, '')}</option>`).join('');
  return page(
    'Bank simulator: pay a virtual account',
    `<p>Pay a DOKU virtual account as a customer would at an ATM or in mobile banking.</p>
${billHtml(ctx, values.number)}
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="bank-simulator">
  ${field('Virtual account number', 'virtualAccountNo', values.number, 'inputmode="numeric" required')}
  ${field('Amount (empty: the bill\'s amount)', 'amount', values.amount, 'inputmode="decimal" placeholder="25000.00"')}
  ${field('Your name', 'senderName', values.senderName)}
  <label for="channel">Bank (for a direct inquiry)</label><select id="channel" name="channel">${options}</select>
  <button type="submit">Pay</button>
</form>`,
  );
}

/**
 * The bank-simulator page: a customer pays a VA number (howToPayPage of every VA). The same step
 * as POST /admin/virtual-accounts/{number}/pay, direct inquiry included; works without JavaScript.
 */
export function virtualAccountPages(ctx: SandboxContext): Router {
  const router = Router();
  router.get('/webview/bank-simulator', (req, res) => {
    const number = typeof req.query.virtualAccountNo === 'string' ? bankNumber(req.query.virtualAccountNo).slice(0, 28) : '';
    res.set('Cache-Control', 'no-store').type('html').send(formHtml(ctx, { number, amount: '', senderName: '', channel: DEFAULT_INQUIRY_CHANNEL }));
  });
  router.post('/webview/bank-simulator', async (req, res) => {
    const form = (req.body ?? {}) as Record<string, unknown>;
    const text = (name: string, max: number) => (typeof form[name] === 'string' ? (form[name] as string).trim().slice(0, max) : '');
    const values = { number: bankNumber(text('virtualAccountNo', 40)), amount: text('amount', 20), senderName: text('senderName', 128), channel: text('channel', 64) };
    const channel = CHANNELS.includes(values.channel) ? values.channel : DEFAULT_INQUIRY_CHANNEL;
    if (!/^[0-9]{1,28}$/.test(values.number)) {
      res.status(400).type('html').send(formHtml(ctx, { ...values, channel }, 'Enter the virtual account number: digits only.'));
      return;
    }
    try {
      const paid = await payAtBank(ctx, { number: values.number, amount: values.amount || undefined, senderName: values.senderName || undefined, via: 'bank-simulator' }, channel);
      const view = paymentView(paid, ctx.clock.now()) as { referenceNo: string; trxId: string; paidAmount: { value: string } };
      res.type('html').send(
        page(
          'Payment successful',
          `<div class="amount" data-testid="amount">IDR ${escapeHtml(view.paidAmount.value)}</div>
<dl><dt>Virtual account</dt><dd>${escapeHtml(values.number)}</dd><dt>Bill</dt><dd>${escapeHtml(view.trxId)}</dd><dt>Reference</dt><dd data-testid="reference">${escapeHtml(view.referenceNo)}</dd></dl>
<p><a href="bank-simulator">Pay another</a></p>`,
        ),
      );
    } catch (error) {
      // A refused disk write is the pages' 503 "Please try again" (webview/pages.ts), not a bank refusal.
      if (!(error instanceof SnapError) || error instanceof StoreRefusedError) throw error;
      const body = error.toBody('25');
      res.status(error.status).type('html').send(formHtml(ctx, { ...values, channel }, `${body.responseCode} ${body.responseMessage}`));
    }
  });
  return router;
}
