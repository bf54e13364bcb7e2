import type { SandboxContext, SnapBody, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import type { Transaction, VirtualAccount } from '../../ledger/model.js';
import type { Store } from '../../ledger/store.js';
import { idr, parseMinorWholeAllowed } from '../../lib/money.js';
import { formatWib } from '../../lib/time.js';

/** SNAP's VA payment service: a bank paying a VA is service 25, so refusals read 404 25 12 and so on. */
export const VA_PAYMENT_SERVICE = '25';

/** A VA's state as the sandbox reports it: EXPIRED is read from the clock, never stored. */
export type VaState = VirtualAccount['status'] | 'EXPIRED';

export function vaState(va: VirtualAccount, now: number): VaState {
  if ((va.status === 'ACTIVE' || va.status === 'INACTIVE') && va.expiresAt !== undefined && now >= va.expiresAt) return 'EXPIRED';
  return va.status;
}

/** The number a customer types at the bank: the padding spaces of partnerServiceId carry no digit. */
export function bankNumber(virtualAccountNo: string): string {
  return virtualAccountNo.replace(/ /g, '');
}

/**
 * An amount as DOKU's SDK sends it, "12500.00" or "12500" (spec/ has checked the shape), in sen.
 * The field name goes into the 400xx01 when the value would not be an exact count of sen.
 */
export function amountMinor(value: string, field: string): number {
  const minor = parseMinorWholeAllowed(value);
  if (minor === undefined) throw new SnapError('InvalidFieldFormat', field);
  return minor;
}

/** The live VA (not deleted) with this bank number, of any partner: a number names one bill at a time. */
export function liveVa(store: Store, number: string): VirtualAccount | undefined {
  return store.virtualAccounts.allBy('number', number).find((va) => va.status !== 'DELETED');
}

/**
 * The VA a merchant's call names: virtualAccountNo, else partnerServiceId + customerNo. Both
 * given must agree (the SDK's own rule) → 400xx01 virtualAccountNo.
 */
export function namedNumber(body: SnapBody<'checkStatusVa' | 'updateVa' | 'deleteVa'>): { virtualAccountNo: string; number: string } {
  const psid = body.partnerServiceId;
  const customerNo = body.customerNo ?? undefined;
  const sent = body.virtualAccountNo ?? undefined;
  if (customerNo !== undefined && sent !== undefined && sent !== `${psid}${customerNo}`) {
    throw new SnapError('InvalidFieldFormat', 'virtualAccountNo').withDiagnostics({ hint: `virtualAccountNo must be partnerServiceId + customerNo ("${psid}${customerNo}")` });
  }
  const virtualAccountNo = sent ?? (customerNo !== undefined ? `${psid}${customerNo}` : undefined);
  if (virtualAccountNo === undefined) throw new SnapError('InvalidMandatoryField', 'virtualAccountNo');
  return { virtualAccountNo, number: bankNumber(virtualAccountNo) };
}

/** This partner's live VA for a maintenance call (update, delete), matching its trxId; else 404xx12 naming why. */
export function partnerVaFor(call: SnapCall<'updateVa' | 'deleteVa'>, ctx: SandboxContext): VirtualAccount {
  const { number } = namedNumber(call.body);
  const va = liveVa(ctx.store, number);
  if (!va || va.clientId !== call.partner.id) {
    throw new SnapError('InvalidBill', 'not found').withDiagnostics({ hint: `no live virtual account ${number} of ${call.partner.id}` });
  }
  if (va.trxId !== call.body.trxId) {
    throw new SnapError('InvalidBill', 'trxId does not match').withDiagnostics({ hint: `virtual account ${number} belongs to trxId ${va.trxId}` });
  }
  if (va.channel !== call.body.additionalInfo?.channel) {
    throw new SnapError('InvalidBill', 'channel does not match').withDiagnostics({ hint: `virtual account ${number} is on ${va.channel}` });
  }
  return va;
}

/** A paid closed bill takes no more changes: 404xx14 Paid Bill. */
export function refuseIfPaid(va: VirtualAccount): void {
  if (va.status === 'PAID') throw new SnapError('PaidBill').withDiagnostics({ hint: `virtual account ${va.number} (trxId ${va.trxId}) is paid and not reusable` });
}

/** The partnerServiceId + customerNo form DOKU answers with (spaces kept). */
export function virtualAccountNo(va: VirtualAccount): string {
  return `${va.partnerServiceId}${va.customerNo}`;
}

/** virtualAccountData of create and update answers (the SDKs' VirtualAccountDataDTO shape). */
export function virtualAccountData(va: VirtualAccount, ctx: SandboxContext): Record<string, unknown> {
  const base = ctx.publicBaseUrl();
  return {
    partnerServiceId: va.partnerServiceId,
    customerNo: va.customerNo,
    virtualAccountNo: virtualAccountNo(va),
    virtualAccountName: va.name,
    ...(va.email !== undefined ? { virtualAccountEmail: va.email } : {}),
    ...(va.phone !== undefined ? { virtualAccountPhone: va.phone } : {}),
    trxId: va.trxId,
    totalAmount: idr(va.amountMinor),
    virtualAccountTrxType: va.trxType,
    ...(va.expiresAt !== undefined ? { expiredDate: formatWib(va.expiresAt) } : {}),
    ...(va.freeText ? { freeText: va.freeText } : {}),
    additionalInfo: {
      channel: va.channel,
      howToPayPage: `${base}/webview/bank-simulator?virtualAccountNo=${va.number}`,
      howToPayApi: `${base}/admin/virtual-accounts/${va.number}`,
      virtualAccountConfig: {
        reusableStatus: va.reusable,
        status: va.status === 'INACTIVE' ? 'INACTIVE' : 'ACTIVE',
        ...(va.minMinor !== undefined ? { minAmount: idr(va.minMinor).value } : {}),
        ...(va.maxMinor !== undefined ? { maxAmount: idr(va.maxMinor).value } : {}),
      },
    },
  };
}

/** What a VA_PAYMENT transaction keeps besides amount and status. */
export interface VaPaymentData {
  virtualAccountId: string;
  virtualAccountNo: string;
  channel: string;
  paymentRequestId: string;
  inquiryRequestId?: string;
  /** Who paid, as the bank (or the bank-simulator page) said. */
  senderName?: string;
  /** How the payment came in: the admin API, the bank-simulator page, or after a direct inquiry. */
  via: 'admin' | 'bank-simulator';
}

export function vaPaymentData(tx: Transaction): VaPaymentData {
  return tx.data as unknown as VaPaymentData;
}

/** Payments of a VA, oldest first. */
export function paymentsOf(store: Store, va: VirtualAccount): Transaction[] {
  return store.transactions
    .allBy('partnerRef', va.trxId)
    .filter((tx) => tx.type === 'VA_PAYMENT' && tx.clientId === va.clientId && vaPaymentData(tx).virtualAccountId === va.id)
    .sort((a, b) => a.createdAt - b.createdAt);
}
