import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import type { Journey } from '../../ledger/model.js';
import { issueOtp, journeyPartnerRefs } from '../../ledger/otps.js';
import { referenceNo } from '../../lib/ids.js';

/** A registration of this partner for this phone that has not created its wallet yet (and is not blocked). */
function pendingRegistration(ctx: SandboxContext, clientId: string, phoneNo: string): Journey | undefined {
  return ctx.store.journeys
    .allBy('phone', phoneNo)
    .find((j) => j.purpose === 'REGISTRATION' && j.clientId === clientId && (j.status === 'OTP_SENT' || j.status === 'OTP_VERIFIED'));
}

/**
 * Account Creation: opens a registration and "sends" an OTP. DOKU's demo apps re-send the OTP by
 * calling this again with a new partnerReferenceNo and the same phone; the sandbox then re-issues
 * the OTP on the same registration and answers the same referenceNo (the latest details win).
 */
export function accountCreation(call: SnapCall<'accountCreation'>, ctx: SandboxContext): Record<string, unknown> {
  const { store } = ctx;
  const { partnerReferenceNo, name, email, phoneNo, redirectUrl } = call.body;
  const echo = { partnerReferenceNo };
  if (store.wallets.by('phone', phoneNo)) {
    throw new SnapError('DoNotHonor', 'Phone number already registered')
      .withEcho(echo)
      .withDiagnostics({ hint: `a DOKU Wallet account already uses ${phoneNo}; bind it with Account Binding instead` });
  }

  const pending = pendingRegistration(ctx, call.partner.id, phoneNo);
  const journey: Journey = pending
    ? {
        ...pending,
        partnerReferenceNo,
        name,
        email,
        redirectUrl,
        // A resend puts the registration back to waiting for the (new) OTP; an open Create-PIN link dies.
        status: 'OTP_SENT',
        data: { ...pending.data, partnerReferenceNos: [...journeyPartnerRefs(pending), partnerReferenceNo] },
      }
    : {
        id: referenceNo(),
        purpose: 'REGISTRATION',
        clientId: call.partner.id,
        partnerReferenceNo,
        status: 'OTP_SENT',
        phoneNo,
        name,
        email,
        redirectUrl,
        createdAt: call.now,
        data: { partnerReferenceNos: [partnerReferenceNo] },
      };
  store.journeys.put(journey);
  issueOtp(store, journey, call.now, ctx.config.otpTtlSeconds);
  return { referenceNo: journey.id, partnerReferenceNo, additionalInfo: {} };
}
