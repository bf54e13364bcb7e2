import type { SandboxContext, SnapBody, SnapCall } from '../../context.js';
import { snapCode, SnapError } from '../../errors/snap-error.js';
import { walletAccount } from '../../ledger/accounts.js';
import { balanceOf } from '../../ledger/ledger.js';
import { issuePageToken } from '../../ledger/page-tokens.js';
import { referenceNo } from '../../lib/ids.js';
import { parseMinor } from '../../lib/money.js';
import { formatWib, parseZonedTime } from '../../lib/time.js';
import { activeWallet } from '../../ledger/wallets.js';
import { AWAITING_PIN, DEFAULT_VALIDITY_SECONDS, PURCHASE_SERVICE, type PurchaseData } from './purchase.model.js';

interface UrlParam {
  url: string;
  type: 'PAY_RETURN' | 'PAY_NOTIFY';
  isDeeplink?: 'Y' | 'N';
}

/** An absolute URL (http(s) or an app deeplink scheme); anything else is 400xx01 naming the field. */
function absoluteUrl(value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    new URL(value);
    return value;
  } catch {
    throw new SnapError('InvalidFieldFormat', field).withDiagnostics({ hint: `${field} must be an absolute URL, got "${value}"` });
  }
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
  const payReturn = returnAt >= 0 ? absoluteUrl(params[returnAt]!.url, `urlParams[${returnAt}].url`) : undefined;
  const notifyUrl = notifyAt >= 0 ? absoluteUrl(params[notifyAt]!.url, `urlParams[${notifyAt}].url`) : undefined;
  const success = absoluteUrl(body.additionalInfo?.successPaymentUrl, 'additionalInfo.successPaymentUrl');
  const failed = absoluteUrl(body.additionalInfo?.failedPaymentUrl, 'additionalInfo.failedPaymentUrl');
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

  let validUpTo = now + DEFAULT_VALIDITY_SECONDS * 1000;
  if (body.validUpTo !== undefined) {
    validUpTo = parseZonedTime(body.validUpTo) ?? Number.NaN;
    if (!(validUpTo > now)) throw new SnapError('InvalidFieldFormat', 'validUpTo').withDiagnostics({ hint: 'validUpTo must be a future time' });
  }
  const urls = returnUrls(body);

  const id = referenceNo();
  const token = issuePageToken(store, 'purchase-pin', id, now, (validUpTo - now) / 1000);
  const { successPaymentUrl: _s, failedPaymentUrl: _f, ...additionalInfo } = body.additionalInfo ?? {};
  const data: PurchaseData = {
    merchantId: body.merchantId ?? partner.merchantId,
    subMerchantId: body.subMerchantId,
    externalStoreId: body.externalStoreId,
    validUpTo,
    ...urls,
    pageTokenId: token.id,
    responseCode: snapCode('InProgress', PURCHASE_SERVICE),
    responseMessage: 'Request In Progress',
    refunds: [],
    refundedMinor: 0,
    additionalInfo,
  };
  store.transactions.put({
    id,
    type: 'PURCHASE',
    clientId: partner.id,
    accountId,
    partnerReferenceNo,
    externalId: call.externalId,
    status: AWAITING_PIN,
    amountMinor,
    createdAt: now,
    updatedAt: now,
    data: data as unknown as Record<string, unknown>,
  });

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
