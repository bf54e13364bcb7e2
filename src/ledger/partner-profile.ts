import type { PartnerProfile } from './model.js';

/** The profile fields of a seed, a registration or a stored partner, each one copied (unset ones as undefined). */
export function partnerProfile(from: PartnerProfile): { [Field in keyof Required<PartnerProfile>]: PartnerProfile[Field] } {
  return {
    notificationUrl: from.notificationUrl,
    authCodeKey: from.authCodeKey,
    merchantId: from.merchantId,
    tokenPolicy: from.tokenPolicy,
    notificationTokenUrl: from.notificationTokenUrl,
    terminals: from.terminals,
    merchantName: from.merchantName,
    merchantCity: from.merchantCity,
    merchantPostalCode: from.merchantPostalCode,
    mcc: from.mcc,
    nmid: from.nmid,
  };
}
