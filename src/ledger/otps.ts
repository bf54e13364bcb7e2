import { randomInt } from 'node:crypto';
import type { Journey, Otp } from './model.js';
import type { Store } from './store.js';

/** QA magic value: this phone number always receives OTP 000000 (docs/scenarios.md "Magic values"). */
export const MAGIC_OTP_PHONE = '6280000000000';
export const MAGIC_OTP = '000000';

/** Wrong codes allowed before an OTP is blocked for good. */
export const OTP_MAX_ATTEMPTS = 3;

/** The one place OTP codes come from: 6 random digits, or the magic phone's fixed code. */
export function newOtpCode(phoneNo: string): string {
  if (phoneNo === MAGIC_OTP_PHONE) return MAGIC_OTP;
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** "Sends" a fresh OTP for a journey: one live OTP per journey, so a resend replaces the old code. */
export function issueOtp(store: Store, journey: Journey, now: number, ttlSeconds: number): Otp {
  return store.otps.put({
    id: journey.id,
    journeyId: journey.id,
    purpose: journey.purpose,
    phoneNo: journey.phoneNo,
    code: newOtpCode(journey.phoneNo),
    expiresAt: now + ttlSeconds * 1000,
    attempts: 0,
    blocked: false,
    issuedAt: now,
  });
}

/** Every partnerReferenceNo a journey answers to: a resend adds the new one, earlier ones stay valid. */
export function journeyPartnerRefs(journey: Journey): string[] {
  const earlier = (journey.data?.partnerReferenceNos as string[] | undefined) ?? [];
  return earlier.includes(journey.partnerReferenceNo) ? earlier : [...earlier, journey.partnerReferenceNo];
}
