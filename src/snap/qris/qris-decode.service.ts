import type { SandboxContext, SnapCall } from '../../context.js';
import { referenceNo } from '../../lib/ids.js';
import { formatWib } from '../../lib/time.js';
import { feeFor, readQris, type TipRule } from './qris-payload.js';
import { assertPayable, FEE_TYPE_DESCRIPTION, issuedQr, sdkAmount } from './qris.model.js';

/** DOKU's feeType for a tip indicator: 1 none, 2 fixed, 3 the customer adds a tip; 4 (percentage) is the sandbox's. */
const FEE_TYPE: Record<TipRule['kind'], string> = { none: '1', fixed: '2', prompt: '3', percent: '4' };

/**
 * QR MPM Decode (48): reads any QRIS payload, the sandbox's own or another acquirer's, and says
 * what the customer is about to pay. A broken payload is refused with what is wrong (400xx00
 * structure, 400xx01 CRC/version/values, 400xx02 missing tags); one of the sandbox's own QRs that
 * can no longer be paid is refused as Payment would refuse it (expired, cancelled, paid).
 */
export function qrDecode(call: SnapCall<'qrMpmDecode'>, ctx: SandboxContext): Record<string, unknown> {
  const payload = call.body.qrContent;
  const content = readQris(payload, 'qrContent');
  const qr = issuedQr(ctx.store, payload, content.reference, call.now);
  if (qr) assertPayable(qr);
  const fee = feeFor(content.tip, content.amountMinor) ?? 0;
  const feeType = FEE_TYPE[content.tip.kind];
  const account = content.accounts.find((a) => a.merchantId !== undefined);
  const info: Record<string, string | undefined> = {
    pointOfInitiationMethod: content.dynamic ? '12' : '11',
    pointOfInitiationMethodDescription: content.dynamic ? 'DYNAMIC' : 'STATIC',
    feeType,
    feeTypeDescription: FEE_TYPE_DESCRIPTION[feeType],
    merchantId: account?.merchantId,
    nmid: content.nmid,
    terminalId: content.terminal,
    merchantCity: content.merchantCity,
    postalCode: content.postalCode,
    ...(content.tip.kind === 'percent' ? { feePercentage: (content.tip.hundredths / 100).toString() } : {}),
    ...(qr?.validUntil !== undefined ? { validityPeriod: formatWib(qr.validUntil) } : {}),
  };
  return {
    referenceNo: qr?.id ?? referenceNo(),
    partnerReferenceNo: call.body.partnerReferenceNo,
    merchantName: content.merchantName,
    merchantCategory: content.mcc,
    merchantLocation: content.merchantCity,
    ...(content.amountMinor !== undefined ? { transactionAmount: sdkAmount(content.amountMinor) } : {}),
    feeAmount: sdkAmount(fee),
    // Only strings: DOKU's AdditionalInfoRes declares every field String?.
    additionalInfo: Object.fromEntries(Object.entries(info).filter(([, v]) => v !== undefined)),
  };
}
