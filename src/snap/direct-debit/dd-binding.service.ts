import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import type { DebitBinding } from '../../ledger/model.js';
import { issuePageToken } from '../../ledger/page-tokens.js';
import { checkAccessToken, revokeBindingSessions } from '../../ledger/sessions.js';
import { digits, referenceNo } from '../../lib/ids.js';
import { cardExpired, decryptCard } from './dd-card.js';
import { channelRules, checkDeviceId, openChannelAccount } from './dd.model.js';

/** An absolute URL for the browser to go back to, else 400xx01 naming the field. */
function returnUrl(value: string, field: string): string {
  try {
    new URL(value);
    return value;
  } catch {
    throw new SnapError('InvalidFieldFormat', field).withDiagnostics({ hint: `${field} must be an absolute URL` });
  }
}

/** One live binding per merchant, channel and account: DOKU binds an account "to one customer on one merchant". */
function refuseIfBound(ctx: SandboxContext, clientId: string, accountId: string): void {
  const live = ctx.store.debitBindings.allBy('account', accountId).find((b) => b.clientId === clientId && (b.status === 'ACTIVE' || b.status === 'PENDING'));
  if (live) {
    throw new SnapError('DoNotHonor', 'Account already bound').withDiagnostics({ hint: `binding ${live.id} (${live.status}) links this account to ${clientId}; unbind it first` });
  }
}

/** The binding's answer: referenceNo, the channel's page, and the authCode (it buys tokens once the customer confirms). */
function opened(ctx: SandboxContext, binding: DebitBinding): Record<string, unknown> {
  const page = issuePageToken(ctx.store, 'debit-binding', binding.id, binding.createdAt);
  return {
    referenceNo: binding.id,
    redirectUrl: `${ctx.publicBaseUrl()}/webview/direct-debit/binding?token=${page.id}`,
    additionalInfo: { custIdMerchant: binding.custIdMerchant, status: binding.status, authCode: binding.authCode },
  };
}

function newBinding(call: SnapCall<'ddAccountBinding' | 'ddCardRegistration'>, fields: Pick<DebitBinding, 'kind' | 'channel' | 'accountId' | 'phoneNo' | 'custIdMerchant' | 'cardLast4' | 'cardType'>): DebitBinding {
  const info = call.body.additionalInfo;
  return {
    id: referenceNo(),
    clientId: call.partner.id,
    authCode: digits(40),
    status: 'PENDING',
    successUrl: returnUrl(info.successRegistrationUrl, 'additionalInfo.successRegistrationUrl'),
    failedUrl: returnUrl(info.failedRegistrationUrl, 'additionalInfo.failedRegistrationUrl'),
    createdAt: call.now,
    updatedAt: call.now,
    ...fields,
  };
}

/**
 * Account binding (07): the customer's account at an e-wallet or bank, found by phone number, is
 * linked to the merchant once the customer confirms on the channel's page (redirectUrl). Allo
 * Bank needs deviceModel, osType and channelId too (the SDK's stricter Joi branch) and X-DEVICE-ID.
 */
export function accountBinding(call: SnapCall<'ddAccountBinding'>, ctx: SandboxContext): Record<string, unknown> {
  const info = call.body.additionalInfo;
  const channel = info.channel;
  const rules = channelRules(channel);
  if (rules.binds !== 'ACCOUNT') {
    throw new SnapError('FeatureNotAllowed', `${channel} binds by card registration`).withDiagnostics({ hint: 'use /direct-debit/core/v1/registration-card-bind' });
  }
  if (channel === 'DIRECT_DEBIT_ALLO_SNAP') {
    for (const field of ['deviceModel', 'osType', 'channelId'] as const) if (!info[field]) throw new SnapError('InvalidMandatoryField', `additionalInfo.${field}`);
  }
  checkDeviceId(call, channel, 'binding');
  const phoneNo = call.body.phoneNo;
  const account = openChannelAccount(ctx.store, channel, phoneNo, phoneNo, call.now);
  refuseIfBound(ctx, call.partner.id, account.id);
  const binding = ctx.store.debitBindings.put(newBinding(call, { kind: 'ACCOUNT', channel, accountId: account.id, phoneNo, custIdMerchant: info.custIdMerchant }));
  return opened(ctx, binding);
}

/**
 * Card registration (01): the card travels encrypted in cardData (AES-128-CBC with the client
 * secret); an expired card → 403xx08. The card's bank account is the channel account.
 */
export function cardRegistration(call: SnapCall<'ddCardRegistration'>, ctx: SandboxContext): Record<string, unknown> {
  const channel = call.body.additionalInfo.channel;
  if (channelRules(channel).binds !== 'CARD') {
    throw new SnapError('FeatureNotAllowed', `${channel} binds by account binding`).withDiagnostics({ hint: 'use /direct-debit/core/v1/registration-account-binding' });
  }
  const card = decryptCard(call.body.cardData, call.partner.clientSecret);
  if (cardExpired(card.expiryDate, call.now)) throw new SnapError('CardExpired').withDiagnostics({ hint: `the card expired at the end of ${card.expiryDate.slice(0, 2)}/${card.expiryDate.slice(2)}` });
  const phoneNo = call.body.phoneNo;
  const account = openChannelAccount(ctx.store, channel, `card|${card.bankCardNo}`, phoneNo, call.now);
  refuseIfBound(ctx, call.partner.id, account.id);
  const binding = ctx.store.debitBindings.put(
    newBinding(call, { kind: 'CARD', channel, accountId: account.id, phoneNo, custIdMerchant: call.body.custIdMerchant, cardLast4: card.bankCardNo.slice(-4), cardType: card.bankCardType }),
  );
  return opened(ctx, binding);
}

/**
 * The binding an unbinding names: tokenId is a B2B2C access token of it (the SDKs send the token
 * the merchant got with the binding's authCode). Not a live token of this partner's binding on this
 * channel → 404xx11.
 */
function bindingOfToken(call: SnapCall<'ddAccountUnbinding' | 'ddCardUnbinding'>, ctx: SandboxContext, kind: DebitBinding['kind']): DebitBinding {
  const channel = call.body.additionalInfo.channel;
  const check = checkAccessToken(ctx.store, ctx.keys, call.body.tokenId, 'b2b2c', call.now);
  const binding = check.ok && check.token.bindingId ? ctx.store.debitBindings.get(check.token.bindingId) : undefined;
  if (!binding || binding.clientId !== call.partner.id || binding.status !== 'ACTIVE' || binding.kind !== kind || binding.channel !== channel) {
    throw new SnapError('InvalidAccount', 'tokenId').withDiagnostics({
      hint: !check.ok ? `tokenId: ${check.reason}` : binding ? `the token's binding is ${binding.status}, a ${binding.kind} binding on ${binding.channel}` : 'tokenId is not the token of a direct-debit binding',
    });
  }
  return binding;
}

function unbind(call: SnapCall<'ddAccountUnbinding' | 'ddCardUnbinding'>, ctx: SandboxContext, kind: DebitBinding['kind']): Record<string, unknown> {
  const binding = bindingOfToken(call, ctx, kind);
  ctx.store.debitBindings.put({ ...binding, status: 'UNBOUND', updatedAt: call.now });
  revokeBindingSessions(ctx.store, binding.id);
  return { referenceNo: binding.id, additionalInfo: { custIdMerchant: binding.custIdMerchant, status: 'UNBOUND' } };
}

/** Account unbinding (09): at once; the binding's tokens and authCode stop working. */
export function accountUnbinding(call: SnapCall<'ddAccountUnbinding'>, ctx: SandboxContext): Record<string, unknown> {
  return unbind(call, ctx, 'ACCOUNT');
}

/** Card unbinding (05): the same for a registered card. */
export function cardUnbinding(call: SnapCall<'ddCardUnbinding'>, ctx: SandboxContext): Record<string, unknown> {
  return unbind(call, ctx, 'CARD');
}
