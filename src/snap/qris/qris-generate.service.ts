import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import { merchantProfile } from '../../ledger/merchant.js';
import type { QrCode } from '../../ledger/model.js';
import { key } from '../../ledger/store.js';
import { referenceNo } from '../../lib/ids.js';
import { parseMinor } from '../../lib/money.js';
import { formatWib, parseZonedTime } from '../../lib/time.js';
import { SANDBOX_GLOBAL_ID, writeQris, type TipRule } from './qris-payload.js';

function minorOf(amount: { value: string } | undefined, field: string): number | undefined {
  if (amount === undefined) return undefined;
  const minor = parseMinor(amount.value);
  if (minor === undefined) throw new SnapError('InvalidFieldFormat', `${field}.value`);
  return minor;
}

/** The fee rule from DOKU's feeType (1 none, 2 fixed feeAmount, 3 the customer adds a tip); absent: 2 when a fee is sent, else 1. */
function tipRule(feeType: string | undefined, feeMinor: number | undefined): { feeType: QrCode['feeType']; tip: TipRule } {
  const type = (feeType ?? (feeMinor ? '2' : '1')) as QrCode['feeType'];
  if (type === '2') {
    if (feeMinor === undefined) throw new SnapError('InvalidMandatoryField', 'feeAmount').withDiagnostics({ hint: 'feeType 2 (fixed fee) needs feeAmount' });
    if (feeMinor === 0) throw new SnapError('InvalidAmount').withDiagnostics({ hint: 'a fixed fee (feeType 2) must be above 0.00' });
    return { feeType: type, tip: { kind: 'fixed', feeMinor } };
  }
  if (feeMinor) throw new SnapError('InvalidFieldFormat', 'feeAmount').withDiagnostics({ hint: `feeType ${type} takes no feeAmount (only feeType 2, a fixed fee, does)` });
  return { feeType: type, tip: type === '3' ? { kind: 'prompt' } : { kind: 'none' } };
}

/**
 * QR MPM Generate (47): a QRIS payload for the calling partner's merchant. With an amount above
 * 0.00 it is dynamic (tag 01 = 12, payable once, expires after validityPeriod or
 * QR_VALIDITY_SECONDS); without one it is static (11, the customer types the amount, no expiry
 * unless validityPeriod is sent). The payload's reference label (62.05) is the referenceNo.
 */
export function qrGenerate(call: SnapCall<'qrMpmGenerate'>, ctx: SandboxContext): Record<string, unknown> {
  const { body, partner, now } = call;
  const { store } = ctx;
  const merchant = merchantProfile(partner);
  if (!merchant) throw new SnapError('InvalidMerchant').withDiagnostics({ hint: 'this partner has no merchantId: register one (and its QRIS fields) with POST /admin/partners' });
  if (body.merchantId !== merchant.merchantId) {
    throw new SnapError('InvalidMerchant').withDiagnostics({ hint: `merchantId ${String(body.merchantId)} is not this partner's; its merchantId is ${merchant.merchantId}` });
  }
  const terminalId = body.terminalId ?? merchant.terminals[0] ?? 'A01';
  if (merchant.terminals.length > 0 && !merchant.terminals.includes(terminalId)) {
    throw new SnapError('InvalidTerminal').withDiagnostics({ hint: `terminal ${terminalId} is not one of this merchant's: ${merchant.terminals.join(', ')}` });
  }

  const amountMinor = minorOf(body.amount, 'amount');
  const dynamic = amountMinor !== undefined && amountMinor > 0;
  if (dynamic && amountMinor > partner.limits.transactionMaxMinor) {
    throw new SnapError('ExceedsTransactionAmountLimit').withDiagnostics({ hint: `the partner's per-transaction maximum is ${partner.limits.transactionMaxMinor / 100}` });
  }
  const { feeType, tip } = tipRule(body.additionalInfo?.feeType, minorOf(body.feeAmount, 'feeAmount'));

  const partnerReferenceNo = body.partnerReferenceNo;
  if (store.qrCodes.by('partnerRef', key(partner.id, partnerReferenceNo))) throw new SnapError('DuplicatePartnerReferenceNo');

  let validUntil = dynamic ? now + ctx.config.qrValiditySeconds * 1000 : undefined;
  if (body.validityPeriod !== undefined) {
    validUntil = parseZonedTime(body.validityPeriod) ?? Number.NaN;
    if (!(validUntil > now)) throw new SnapError('InvalidFieldFormat', 'validityPeriod').withDiagnostics({ hint: 'validityPeriod must be a future time' });
  }

  const id = referenceNo();
  const content = writeQris({
    dynamic,
    accounts: [{ tag: '26', globalId: SANDBOX_GLOBAL_ID, pan: merchant.pan, merchantId: merchant.merchantId.slice(0, 15), criteria: 'UMI' }],
    nmid: merchant.nmid,
    mcc: merchant.mcc,
    amountMinor: dynamic ? amountMinor : undefined,
    tip,
    merchantName: merchant.name,
    merchantCity: merchant.city,
    postalCode: body.additionalInfo?.postalCode ?? merchant.postalCode,
    reference: id,
    terminal: terminalId,
  });
  store.qrCodes.put({
    id,
    clientId: partner.id,
    partnerReferenceNo,
    externalId: call.externalId,
    merchantId: merchant.merchantId,
    terminalId,
    dynamic,
    amountMinor: dynamic ? amountMinor : undefined,
    feeType,
    feeMinor: tip.kind === 'fixed' ? tip.feeMinor : 0,
    content,
    status: '03',
    validUntil,
    payments: 0,
    createdAt: now,
    updatedAt: now,
  });
  return {
    referenceNo: id,
    partnerReferenceNo,
    qrContent: content,
    terminalId,
    merchantName: merchant.name,
    additionalInfo: {
      pointOfInitiationMethod: dynamic ? '12' : '11',
      ...(validUntil !== undefined ? { validityPeriod: formatWib(validUntil) } : {}),
    },
  };
}
