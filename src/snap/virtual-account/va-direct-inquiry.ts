import type { SandboxContext } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import type { Partner, VirtualAccount } from '../../ledger/model.js';
import type { Store } from '../../ledger/store.js';
import { digits, referenceNo } from '../../lib/ids.js';
import { parseMinorWholeAllowed } from '../../lib/money.js';
import { formatWib, parseZonedTime } from '../../lib/time.js';
import { callPartner } from '../../notify/outbound.js';
import { liveVa, VA_PAYMENT_SERVICE, vaState } from './va.model.js';

/** A bill the merchant described when DOKU asked (DIPC), ready to become a VA and be paid in one step. */
export interface DirectInquiryBill {
  partner: Partner;
  inquiryRequestId: string;
  va: Omit<VirtualAccount, 'id' | 'createdAt' | 'updatedAt'>;
}

/**
 * The partner that answers direct inquiries for this number: its partnerServiceId (the VA BIN) is
 * the number's start; the longest match wins. Only numbers without a live VA of their own are asked
 * about, or whose last direct-inquiry bill is done (paid or expired): each payment asks anew.
 */
export function directInquiryPartner(ctx: SandboxContext, number: string, now: number): Partner | undefined {
  const va = liveVa(ctx.store, number);
  if (va && !(va.generatedBy === 'DIRECT_INQUIRY' && vaState(va, now) !== 'ACTIVE')) return undefined;
  let best: Partner | undefined;
  for (const partner of ctx.store.partners.values()) {
    const bin = partner.partnerServiceId;
    if (!partner.directInquiryUrl || !bin || !number.startsWith(bin) || number.length === bin.length) continue;
    if (!best || bin.length > best.partnerServiceId!.length) best = partner;
  }
  return best;
}

function refuse(kind: 'InvalidBill' | 'Timeout', detail: string | undefined, facts: Record<string, unknown>): SnapError {
  return new SnapError(kind, detail, VA_PAYMENT_SERVICE).withDiagnostics(facts);
}

interface InquiryAnswer {
  responseCode?: unknown;
  virtualAccountData?: {
    virtualAccountName?: unknown;
    virtualAccountEmail?: unknown;
    virtualAccountPhone?: unknown;
    totalAmount?: { value?: unknown; currency?: unknown };
    virtualAccountTrxType?: unknown;
    expiredDate?: unknown;
    inquiryStatus?: unknown;
    additionalInfo?: { trxId?: unknown; virtualAccountConfig?: { minAmount?: unknown; maxAmount?: unknown } };
  };
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const money = (v: unknown): number | undefined => (typeof v === 'string' ? parseMinorWholeAllowed(v) : typeof v === 'number' ? parseMinorWholeAllowed(String(v)) : undefined);

/**
 * DIPC: before a payment is accepted, DOKU asks the merchant's inquiry URL about the number (the
 * SDKs' InquiryRequestBodyDTO) and takes the bill the merchant answers (2002400, inquiryStatus 00,
 * totalAmount, virtualAccountTrxType, additionalInfo.trxId and virtualAccountConfig). A decline or
 * an answer without a usable amount refuses the payment (4042512 naming why); no answer, 5042500.
 */
export async function inquireBill(ctx: SandboxContext, partner: Partner, number: string, channel: string): Promise<DirectInquiryBill> {
  const bin = partner.partnerServiceId!;
  const partnerServiceId = bin.padStart(8, ' ');
  const customerNo = number.slice(bin.length);
  const inquiryRequestId = digits(20);
  const now = ctx.clock.now();
  const request = {
    partnerServiceId,
    customerNo,
    virtualAccountNo: `${partnerServiceId}${customerNo}`,
    channelCode: '6011',
    trxDateInit: formatWib(now),
    language: 'ID',
    inquiryRequestId,
    additionalInfo: { channel },
  };
  const reply = await callPartner(ctx, partner, partner.directInquiryUrl!, request, 'VA004');
  if (!reply.ok) throw refuse('Timeout', undefined, { hint: `the merchant's direct inquiry URL gave no answer: ${reply.error}`, url: partner.directInquiryUrl });
  const answer = (reply.body ?? {}) as InquiryAnswer;
  const data = answer.virtualAccountData;
  const declined = reply.status < 200 || reply.status >= 300 || answer.responseCode !== '2002400' || (data?.inquiryStatus !== undefined && data.inquiryStatus !== '00');
  if (declined) throw refuse('InvalidBill', 'declined by merchant', { merchantStatus: reply.status, merchantAnswer: reply.text });
  const amountMinor = money(data?.totalAmount?.value);
  if (amountMinor === undefined || (data?.totalAmount?.currency ?? 'IDR') !== 'IDR') {
    throw refuse('InvalidBill', 'unusable merchant answer', { hint: 'virtualAccountData.totalAmount must be {value: "25000.00", currency: "IDR"}', merchantAnswer: reply.text });
  }
  const trxType = (['C', 'O', 'V'] as const).find((t) => t === data?.virtualAccountTrxType) ?? 'C';
  const config = data?.additionalInfo?.virtualAccountConfig;
  const expiredDate = text(data?.expiredDate);
  return {
    partner,
    inquiryRequestId,
    va: {
      number,
      clientId: partner.id,
      partnerServiceId,
      customerNo,
      trxId: text(data?.additionalInfo?.trxId) ?? inquiryRequestId,
      channel,
      name: text(data?.virtualAccountName) ?? 'Customer',
      email: text(data?.virtualAccountEmail),
      phone: text(data?.virtualAccountPhone),
      trxType,
      amountMinor,
      minMinor: trxType === 'C' ? undefined : money(config?.minAmount) || undefined,
      maxMinor: trxType === 'C' ? undefined : money(config?.maxAmount) || undefined,
      reusable: false,
      expiresAt: expiredDate ? parseZonedTime(expiredDate) : undefined,
      status: 'ACTIVE',
      generatedBy: 'DIRECT_INQUIRY',
      paidMinor: 0,
    },
  };
}

/** The bill becomes the number's live VA (the previous direct-inquiry bill of the number, done, is closed). Inside the payment's atomic block. */
export function openInquiredVa(store: Store, bill: DirectInquiryBill, now: number): VirtualAccount {
  const previous = liveVa(store, bill.va.number);
  if (previous) store.virtualAccounts.put({ ...previous, status: 'DELETED', updatedAt: now });
  return store.virtualAccounts.put({ ...bill.va, id: referenceNo(), createdAt: now, updatedAt: now });
}
