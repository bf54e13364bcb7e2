import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import type { Binding } from '../../ledger/model.js';
import { issueOtp } from '../../ledger/otps.js';
import { issuePageToken } from '../../ledger/page-tokens.js';
import { isLiveBinding, liveBindingOf, openBinding } from '../../ledger/wallets.js';
import { aesEcbEncryptBase64 } from '../../lib/crypto.js';
import { referenceNo } from '../../lib/ids.js';

/** Account Binding: a PENDING binding plus the consent page (nextAction) where the customer types the PIN. */
export function accountBinding(call: SnapCall<'accountBinding'>, ctx: SandboxContext): Record<string, unknown> {
  const { partnerReferenceNo, redirectUrl } = call.body;
  const accountId = call.body.successParams.accountId;
  const echo = { partnerReferenceNo };
  const wallet = ctx.store.wallets.get(accountId);
  if (!wallet) throw new SnapError('InvalidAccount').withEcho(echo).withDiagnostics({ hint: `no DOKU Wallet account ${accountId}` });
  if (wallet.status !== 'ACTIVE') throw new SnapError('InactiveAccount').withEcho(echo).withDiagnostics({ hint: `wallet ${accountId} is ${wallet.status}` });

  const binding = openBinding(ctx.store, { clientId: call.partner.id, accountId, partnerReferenceNo, redirectUrl, now: call.now });
  const page = issuePageToken(ctx.store, 'binding-consent', binding.id, call.now);
  return {
    referenceNo: binding.referenceNo,
    partnerReferenceNo,
    linkId: binding.id,
    nextAction: `${ctx.publicBaseUrl()}/webview/binding-consent?token=${page.id}`,
    redirectUrl,
    userInfo: { publicUserId: wallet.publicUserId },
    additionalInfo: {},
  };
}

/** Query Account Binding: the live binding's authCode, encrypted with the partner's authCodeKey. */
export function accountBindingInquiry(call: SnapCall<'accountBindingInquiry'>, ctx: SandboxContext): Record<string, unknown> {
  const accountId = call.body.additionalInfo.accountId;
  const partnerReferenceNo = call.body.partnerReferenceNo;
  const echo = partnerReferenceNo ? { partnerReferenceNo } : {};
  const binding = liveBindingOf(ctx.store, call.partner.id, accountId);
  if (!binding) {
    throw new SnapError('InvalidAccount').withEcho(echo).withDiagnostics({ hint: `account ${accountId} has no live binding with ${call.partner.id}` });
  }
  const key = call.partner.authCodeKey;
  if (!key) {
    // DOKU's apps always decrypt this field, so a plain authCode would only fail later and less clearly.
    throw new SnapError('FeatureNotAllowed', 'authCodeKey not set for this partner')
      .withEcho(echo)
      .withDiagnostics({ hint: 'register an authCodeKey (16, 24 or 32 characters) with POST /admin/partners' });
  }
  return {
    referenceNo: referenceNo(),
    ...(partnerReferenceNo ? { partnerReferenceNo } : {}),
    additionalInfo: {
      linkId: binding.id,
      authCode: aesEcbEncryptBase64(key, binding.authCode),
      remarks: binding.status === 'UNBINDING' ? 'Account bound; unbinding waits for OTP verification' : 'Account bound',
      merchantId: call.partner.merchantId ?? call.partner.id,
    },
  };
}

/** The binding an unbinding call names: linkId, else additionalInfo.accountId, else the customer token's. */
function bindingToEnd(call: SnapCall<'accountUnbinding'>, ctx: SandboxContext): Binding | undefined {
  const linkId = call.body.linkId;
  if (linkId) {
    const binding = ctx.store.bindings.get(linkId);
    return binding && binding.clientId === call.partner.id && isLiveBinding(binding) ? binding : undefined;
  }
  const accountId = call.body.additionalInfo?.accountId ?? call.customer?.accountId;
  if (!accountId) throw new SnapError('InvalidMandatoryField', 'linkId').withDiagnostics({ hint: 'name the binding by linkId, additionalInfo.accountId or an Authorization-Customer token' });
  return liveBindingOf(ctx.store, call.partner.id, accountId);
}

/** Account Unbinding: DOKU requires an OTP first; Verify OTP with the returned referenceNo ends the binding. */
export function accountUnbinding(call: SnapCall<'accountUnbinding'>, ctx: SandboxContext): Record<string, unknown> {
  const partnerReferenceNo = call.body.partnerReferenceNo;
  const binding = bindingToEnd(call, ctx);
  if (!binding) throw new SnapError('InvalidAccount').withEcho({ partnerReferenceNo }).withDiagnostics({ hint: 'no live binding of this partner matches' });
  const wallet = ctx.store.wallets.get(binding.accountId)!;
  ctx.store.bindings.put({ ...binding, status: 'UNBINDING' });
  const journey = ctx.store.journeys.put({
    id: referenceNo(),
    purpose: 'UNBINDING',
    clientId: call.partner.id,
    partnerReferenceNo,
    status: 'OTP_SENT',
    phoneNo: wallet.phoneNo,
    accountId: binding.accountId,
    bindingId: binding.id,
    createdAt: call.now,
  });
  issueOtp(ctx.store, journey, call.now, ctx.config.otpTtlSeconds);
  return {
    referenceNo: journey.id,
    partnerReferenceNo,
    linkId: binding.id,
    merchantId: call.partner.merchantId ?? call.partner.id,
    additionalInfo: { accountId: binding.accountId },
  };
}
