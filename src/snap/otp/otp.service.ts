import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import type { Journey, Otp } from '../../ledger/model.js';
import { issueOtp, journeyPartnerRefs, OTP_MAX_ATTEMPTS } from '../../ledger/otps.js';
import { issuePageToken } from '../../ledger/page-tokens.js';
import { endBinding } from '../../ledger/wallets.js';
import { safeEqual } from '../../lib/crypto.js';

interface JourneyRef {
  originalReferenceNo: string;
  originalPartnerReferenceNo: string;
}

/**
 * The journey named by DOKU's reference and the partner's: unknown referenceNo (or another
 * partner's) → 404xx01; a partnerReferenceNo that is not this journey's → 404xx07.
 */
function findJourney(call: Omit<SnapCall, 'body'>, ctx: SandboxContext, ref: JourneyRef): Journey {
  const echo = { originalReferenceNo: ref.originalReferenceNo, originalPartnerReferenceNo: ref.originalPartnerReferenceNo };
  const journey = ctx.store.journeys.get(ref.originalReferenceNo);
  if (!journey || journey.clientId !== call.partner.id) {
    throw new SnapError('TransactionNotFound').withEcho(echo).withDiagnostics({ hint: `no OTP journey ${ref.originalReferenceNo} for ${call.partner.id}` });
  }
  if (!journeyPartnerRefs(journey).includes(ref.originalPartnerReferenceNo)) {
    throw new SnapError('JourneyNotFound').withEcho(echo).withDiagnostics({
      hint: `journey ${journey.id} was opened with partnerReferenceNo ${journeyPartnerRefs(journey).join(', ')}`,
    });
  }
  return journey;
}

/** Blocked stays blocked; a journey past its OTP step (or whose binding ended) no longer takes one. */
function requireAwaitingOtp(ctx: SandboxContext, journey: Journey, ref: JourneyRef): Otp {
  const echo = { originalReferenceNo: ref.originalReferenceNo, originalPartnerReferenceNo: ref.originalPartnerReferenceNo };
  const otp = ctx.store.otps.get(journey.id);
  if (journey.status === 'BLOCKED' || otp?.blocked) throw new SnapError('OtpBlocked').withEcho(echo);
  const binding = journey.bindingId ? ctx.store.bindings.get(journey.bindingId) : undefined;
  const bindingGone = journey.purpose === 'UNBINDING' && (!binding || binding.status !== 'UNBINDING');
  if (journey.status !== 'OTP_SENT' || !otp || bindingGone) {
    throw new SnapError('JourneyNotFound').withEcho(echo).withDiagnostics({
      hint: bindingGone ? 'the binding of this unbinding journey is no longer waiting to be unbound' : `journey ${journey.id} is ${journey.status}, not waiting for an OTP`,
    });
  }
  return otp;
}

export function verifyOtp(call: SnapCall<'verifyOtp'>, ctx: SandboxContext): Record<string, unknown> {
  const { store } = ctx;
  const ref = call.body;
  const echo = { originalReferenceNo: ref.originalReferenceNo, originalPartnerReferenceNo: ref.originalPartnerReferenceNo };
  const journey = findJourney(call, ctx, ref);
  const otp = requireAwaitingOtp(ctx, journey, ref);
  if (call.now >= otp.expiresAt) throw new SnapError('OtpLifetimeExpired').withEcho(echo);

  if (!safeEqual(ref.otp, otp.code)) {
    const attempts = otp.attempts + 1;
    const blocked = attempts >= OTP_MAX_ATTEMPTS;
    // The failed call is rolled back; the attempt must still count.
    const count = () => {
      store.otps.put({ ...store.otps.get(otp.id)!, attempts, blocked });
      if (blocked) store.journeys.put({ ...store.journeys.get(journey.id)!, status: 'BLOCKED' });
    };
    throw new SnapError(blocked ? 'OtpBlocked' : 'InvalidOtp')
      .withEcho(echo)
      .withStandingChange(count)
      .withDiagnostics({ hint: blocked ? `${OTP_MAX_ATTEMPTS} wrong OTPs: this journey is blocked` : `${OTP_MAX_ATTEMPTS - attempts} attempt(s) left` });
  }

  const common = {
    originalPartnerReferenceNo: ref.originalPartnerReferenceNo,
    originalReferenceNo: journey.id,
    phoneNo: journey.phoneNo,
    ...(journey.email ? { email: journey.email } : {}),
  };

  if (journey.purpose === 'UNBINDING') {
    const binding = store.bindings.get(journey.bindingId!)!;
    endBinding(store, binding, call.now);
    store.journeys.put({ ...journey, status: 'COMPLETED' });
    return { ...common, additionalInfo: { linkId: binding.id, accountId: binding.accountId, unlinkResult: 'SUCCESS' } };
  }

  store.journeys.put({ ...journey, status: 'OTP_VERIFIED' });
  const page = issuePageToken(store, 'create-pin', journey.id, call.now);
  return { ...common, qparamsURL: `${ctx.publicBaseUrl()}/webview/create-pin`, qparams: { token: page.id }, additionalInfo: {} };
}

/** Request OTP: a new code, a new lifetime and a fresh attempt count for a journey still waiting for its OTP. */
export function requestOtp(call: SnapCall<'requestOtp'>, ctx: SandboxContext): Record<string, unknown> {
  const ref = call.body;
  const journey = findJourney(call, ctx, ref);
  requireAwaitingOtp(ctx, journey, ref);
  const otp = issueOtp(ctx.store, journey, call.now, ctx.config.otpTtlSeconds);
  return {
    referenceNo: journey.id,
    partnerReferenceNo: ref.partnerReferenceNo ?? ref.originalPartnerReferenceNo,
    additionalInfo: { phoneNo: journey.phoneNo, expiresIn: Math.round((otp.expiresAt - call.now) / 1000) },
  };
}
