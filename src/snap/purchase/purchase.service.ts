import type { SandboxContext, SnapBody, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import { walletAccount } from '../../ledger/accounts.js';
import { balanceOf } from '../../ledger/ledger.js';
import { createPagePayment, returnUrl, validUpToOf, type PagePayment } from '../../ledger/page-payments.js';
import { referenceNo } from '../../lib/ids.js';
import { parseMinor } from '../../lib/money.js';
import { formatWib } from '../../lib/time.js';
import { activeWallet } from '../../ledger/wallets.js';
import { PURCHASE_SERVICE, type PurchaseData } from './purchase.model.js';

interface UrlParam {
  url: string;
  type: 'PAY_RETURN' | 'PAY_NOTIFY';
  isDeeplink?: 'Y' | 'N';
}

/**
 * Where the browser goes after the PIN page, and where the notification goes. DOKU's field names
 * are unconfirmed, so both SNAP urlParams (PAY_RETURN / PAY_NOTIFY) and DOKU's direct-debit
 * additionalInfo.successPaymentUrl / failedPaymentUrl are accepted; the specific URL wins and
 * each falls back on the others.
 */
function returnUrls(body: SnapBody<'purchaseWeb'>): Pick<PurchaseData, 'successUrl' | 'failedUrl' | 'notifyUrl'> {
  const params = body.urlParams ?? [];
  const index = (type: UrlParam['type']) => params.findIndex((p) => p.type === type);
  const returnAt = index('PAY_RETURN');
  const notifyAt = index('PAY_NOTIFY');
  const payReturn = returnAt >= 0 ? returnUrl(params[returnAt]!.url, `urlParams[${returnAt}].url`) : undefined;
  const notifyUrl = notifyAt >= 0 ? returnUrl(params[notifyAt]!.url, `urlParams[${notifyAt}].url`) : undefined;
  const success = returnUrl(body.additionalInfo?.successPaymentUrl, 'additionalInfo.successPaymentUrl');
  const failed = returnUrl(body.additionalInfo?.failedPaymentUrl, 'additionalInfo.failedPaymentUrl');
  return { successUrl: success ?? payReturn ?? failed, failedUrl: failed ?? payReturn ?? success, notifyUrl };
}

/**
 * Purchase Web (54): opens a purchase for the customer behind the customer token, waiting for the
 * PIN (03) until validUpTo. No money moves yet; the PIN page debits the wallet.
 */
export function purchaseWeb(call: SnapCall<'purchaseWeb'>, ctx: SandboxContext): Record<string, unknown> {
  const { body, partner, now } = call;
  const { store } = ctx;
  const accountId = call.customer!.accountId;
  activeWallet(store.wallets.get(accountId));

  const amountMinor = parseMinor(body.amount.value);
  if (amountMinor === undefined) throw new SnapError('InvalidFieldFormat', 'amount.value');
  if (amountMinor === 0) throw new SnapError('InvalidAmount').withDiagnostics({ hint: 'a purchase must be for more than 0.00' });
  if (amountMinor > partner.limits.transactionMaxMinor) {
    throw new SnapError('ExceedsTransactionAmountLimit').withDiagnostics({ hint: `the partner's per-transaction maximum is ${partner.limits.transactionMaxMinor / 100}` });
  }
  const available = balanceOf(store, walletAccount(accountId));
  if (available < amountMinor) throw new SnapError('InsufficientFunds').withDiagnostics({ availableMinor: available, amountMinor });

  const partnerReferenceNo = body.partnerReferenceNo;
  if (store.transactionByPartnerRef(partner.id, 'PURCHASE', partnerReferenceNo)) throw new SnapError('DuplicatePartnerReferenceNo');

  const validUpTo = validUpToOf(body.validUpTo, now);
  const { successUrl, failedUrl, notifyUrl } = returnUrls(body);

  const id = referenceNo();
  const { successPaymentUrl: _s, failedPaymentUrl: _f, ...additionalInfo } = body.additionalInfo ?? {};
  const data: Omit<PurchaseData, keyof PagePayment> = {
    merchantId: body.merchantId ?? partner.merchantId,
    subMerchantId: body.subMerchantId,
    externalStoreId: body.externalStoreId,
    notifyUrl,
    additionalInfo,
  };
  const token = createPagePayment(
    store,
    { id, type: 'PURCHASE', page: 'purchase-pin', service: PURCHASE_SERVICE, clientId: partner.id, accountId, partnerReferenceNo, externalId: call.externalId, amountMinor, validUpTo, successUrl, failedUrl, data },
    now,
  );

  const webRedirectUrl = `${ctx.publicBaseUrl()}/webview/purchase?token=${encodeURIComponent(token.id)}`;
  return {
    referenceNo: id,
    partnerReferenceNo,
    approvalCode: '',
    webRedirectUrl,
    // No app of its own: the sandbox's page is the only place to pay, in a webview or a browser.
    appRedirectUrl: webRedirectUrl,
    additionalInfo: { validUpTo: formatWib(validUpTo) },
  };
}
