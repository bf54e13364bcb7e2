import type { SandboxContext, SnapBody, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import { channelAccount } from '../../ledger/accounts.js';
import { balanceOf } from '../../ledger/ledger.js';
import { createPagePayment, returnUrl, validUpToOf, type PagePayment } from '../../ledger/page-payments.js';
import { referenceNo } from '../../lib/ids.js';
import { formatMinor, parseMinorWholeAllowed } from '../../lib/money.js';
import { formatWib } from '../../lib/time.js';
import { channelRules, checkDeviceId, checkReferenceLength, customerBinding, DEBIT_SERVICE, type DebitData } from './dd.model.js';

/** The channel's required fields of a payment (the SDKs' per-channel rules), else 400xx02 naming the first missing. */
function checkChannelFields(body: SnapBody<'ddPayment'>, channel: string): void {
  for (const need of channelRules(channel).paymentNeeds) {
    const present =
      need === 'payOptionDetails' ? Array.isArray(body.payOptionDetails) && body.payOptionDetails.length > 0
      : need === 'additionalInfo.lineItems' ? Array.isArray(body.additionalInfo?.lineItems) && body.additionalInfo.lineItems.length > 0
      : Boolean(body.additionalInfo?.remarks);
    if (!present) throw new SnapError('InvalidMandatoryField', need).withDiagnostics({ hint: `${channel} needs ${need}` });
  }
}

/**
 * Payment (54) on /direct-debit/core/v1/debit/payment-host-to-host, both of DOKU's flows:
 * - host-to-host (doPayment): the customer token names a live binding on the channel; the money
 *   must be there now (403 5414); the channel's confirmation page (webRedirectUrl) debits it;
 * - jump app (doPaymentJumpApp, DANA and ShopeePay): no customer token; the customer pays in the
 *   channel's app (webRedirectUrl), which returns to urlParam PAY_RETURN.
 * Either way the payment opens pending (03) until validUpTo (default 30 min). No money moves here.
 */
export function debitPayment(call: SnapCall<'ddPayment'>, ctx: SandboxContext): Record<string, unknown> {
  const { body, partner, now } = call;
  const channel = body.additionalInfo.channel;
  const rules = channelRules(channel);
  const partnerReferenceNo = body.partnerReferenceNo;
  checkReferenceLength(channel, partnerReferenceNo, 'partnerReferenceNo');

  const amountMinor = parseMinorWholeAllowed(body.amount.value);
  if (amountMinor === undefined) throw new SnapError('InvalidFieldFormat', 'amount.value');
  if (amountMinor === 0) throw new SnapError('InvalidAmount').withDiagnostics({ hint: 'a payment must be for more than 0.00' });
  if (amountMinor > partner.limits.transactionMaxMinor) {
    throw new SnapError('ExceedsTransactionAmountLimit').withDiagnostics({ hint: `the partner's per-transaction maximum is ${formatMinor(partner.limits.transactionMaxMinor)}` });
  }

  let flow: DebitData['flow'];
  let accountId: string | undefined;
  let bindingId: string | undefined;
  let successUrl: string | undefined;
  let failedUrl: string | undefined;
  if (call.customer) {
    flow = 'HOST_TO_HOST';
    // Only here: DOKU's Node SDK validates a device id for jump-app payments but never sends it.
    checkDeviceId(call, channel, 'payment');
    const binding = customerBinding(call, ctx, channel);
    checkChannelFields(body, channel);
    successUrl = returnUrl(body.additionalInfo.successPaymentUrl, 'additionalInfo.successPaymentUrl');
    failedUrl = returnUrl(body.additionalInfo.failedPaymentUrl, 'additionalInfo.failedPaymentUrl');
    if (!successUrl) throw new SnapError('InvalidMandatoryField', 'additionalInfo.successPaymentUrl');
    if (!failedUrl) throw new SnapError('InvalidMandatoryField', 'additionalInfo.failedPaymentUrl');
    const available = balanceOf(ctx.store, channelAccount(binding.accountId));
    if (available < amountMinor) throw new SnapError('InsufficientFunds').withDiagnostics({ availableMinor: available, amountMinor });
    accountId = binding.accountId;
    bindingId = binding.id;
  } else {
    if (!rules.jumpApp) {
      throw new SnapError('RejectedCustomerToken').withDiagnostics({ differs: 'customer-token', hint: `${channel} pays host-to-host: send the customer token of its binding (Authorization-Customer)` });
    }
    flow = 'JUMP_APP';
    const params = body.urlParam ?? [];
    const at = params.findIndex((p) => p.type === 'PAY_RETURN');
    if (at < 0) throw new SnapError('InvalidMandatoryField', 'urlParam').withDiagnostics({ hint: 'a jump-app payment needs urlParam [{url, type: PAY_RETURN, isDeepLink}]' });
    successUrl = failedUrl = returnUrl(params[at]!.url, `urlParam[${at}].url`);
  }
  if (ctx.store.transactionByPartnerRef(partner.id, 'DIRECT_DEBIT', partnerReferenceNo)) throw new SnapError('DuplicatePartnerReferenceNo');

  const validUpTo = validUpToOf(body.validUpTo, now);

  const id = referenceNo();
  const data: Omit<DebitData, keyof PagePayment> = {
    channel,
    flow,
    bindingId,
    custIdMerchant: bindingId ? ctx.store.debitBindings.get(bindingId)!.custIdMerchant : undefined,
    lineItems: body.additionalInfo.lineItems ?? [],
  };
  const page = createPagePayment(
    ctx.store,
    { id, type: 'DIRECT_DEBIT', page: 'debit-payment', service: DEBIT_SERVICE, clientId: partner.id, accountId, partnerReferenceNo, externalId: call.externalId, amountMinor, validUpTo, successUrl, failedUrl, data },
    now,
  );
  const webRedirectUrl = `${ctx.publicBaseUrl()}/webview/direct-debit/pay?token=${encodeURIComponent(page.id)}`;
  return {
    referenceNo: id,
    partnerReferenceNo,
    webRedirectUrl,
    additionalInfo: { webRedirectUrl, validUpTo: formatWib(validUpTo), channel },
  };
}
