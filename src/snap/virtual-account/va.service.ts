import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import { key } from '../../ledger/store.js';
import type { Partner, VirtualAccount } from '../../ledger/model.js';
import { digits, referenceNo } from '../../lib/ids.js';
import { formatMinor } from '../../lib/money.js';
import { parseZonedTime } from '../../lib/time.js';
import { amountMinor, bankNumber, liveVa, partnerVaFor, refuseIfPaid, virtualAccountData } from './va.model.js';

/** Within the partner's per-transaction maximum, else 403xx02 (the limit DOKU checks on every bill). */
function withinLimit(partner: Partner, minor: number, field: string): void {
  if (minor > partner.limits.transactionMaxMinor) {
    throw new SnapError('ExceedsTransactionAmountLimit').withDiagnostics({ field, hint: `the partner's per-transaction maximum is ${formatMinor(partner.limits.transactionMaxMinor)}` });
  }
}

function futureTime(text: string, now: number, field: string): number {
  const at = parseZonedTime(text);
  if (at === undefined || at <= now) throw new SnapError('InvalidFieldFormat', field).withDiagnostics({ hint: `${field} must be a time after now (sandbox clock)` });
  return at;
}

/**
 * The amount rules of a VA, checked the same way at create and update: a closed bill has a
 * positive total; V needs minAmount and maxAmount; minAmount below maxAmount (the SDK's rule);
 * nothing above the partner's limit.
 */
function checkAmounts(partner: Partner, va: Pick<VirtualAccount, 'trxType' | 'amountMinor' | 'minMinor' | 'maxMinor'>): void {
  if (va.trxType === 'C' && va.amountMinor <= 0) throw new SnapError('InvalidAmount').withDiagnostics({ hint: 'a closed-amount VA (C) needs a totalAmount above 0.00' });
  if (va.trxType === 'V' && va.minMinor === undefined) throw new SnapError('InvalidMandatoryField', 'additionalInfo.virtualAccountConfig.minAmount');
  if (va.trxType === 'V' && va.maxMinor === undefined) throw new SnapError('InvalidMandatoryField', 'additionalInfo.virtualAccountConfig.maxAmount');
  if (va.minMinor !== undefined && va.maxMinor !== undefined && va.minMinor >= va.maxMinor) {
    throw new SnapError('InvalidFieldFormat', 'additionalInfo.virtualAccountConfig.maxAmount').withDiagnostics({ hint: 'maxAmount must be greater than minAmount' });
  }
  withinLimit(partner, va.amountMinor, 'totalAmount.value');
  if (va.maxMinor !== undefined) withinLimit(partner, va.maxMinor, 'additionalInfo.virtualAccountConfig.maxAmount');
}

/** DGPC: DOKU numbers the VA; 12 digits after the partnerServiceId, not in use by a live VA. */
function generatedCustomerNo(ctx: SandboxContext, psid: string): string {
  for (;;) {
    const customerNo = digits(12);
    if (!liveVa(ctx.store, bankNumber(`${psid}${customerNo}`))) return customerNo;
  }
}

/** Create VA (27): MGPC when the merchant names the number, DGPC when it leaves customerNo out. */
export function createVa(call: SnapCall<'createVa'>, ctx: SandboxContext): Record<string, unknown> {
  const { body, partner, now } = call;
  const psid = body.partnerServiceId;
  const sent = body.virtualAccountNo;
  let customerNo = body.customerNo;
  if (customerNo === undefined && sent !== undefined) {
    if (!sent.startsWith(psid) || !/^[0-9]{1,20}$/.test(sent.slice(psid.length))) {
      throw new SnapError('InvalidFieldFormat', 'virtualAccountNo').withDiagnostics({ hint: 'virtualAccountNo must be partnerServiceId followed by the customerNo digits' });
    }
    customerNo = sent.slice(psid.length);
  }
  if (customerNo !== undefined && sent !== undefined && sent !== `${psid}${customerNo}`) {
    throw new SnapError('InvalidFieldFormat', 'virtualAccountNo').withDiagnostics({ hint: `virtualAccountNo must be partnerServiceId + customerNo ("${psid}${customerNo}")` });
  }
  const generatedBy = customerNo === undefined ? 'DOKU' : 'MERCHANT';
  customerNo ??= generatedCustomerNo(ctx, psid);
  const number = bankNumber(`${psid}${customerNo}`);

  const config = body.additionalInfo.virtualAccountConfig ?? {};
  const va: VirtualAccount = {
    id: referenceNo(),
    number,
    clientId: partner.id,
    partnerServiceId: psid,
    customerNo,
    trxId: body.trxId,
    channel: body.additionalInfo.channel,
    name: body.virtualAccountName,
    email: body.virtualAccountEmail,
    phone: body.virtualAccountPhone,
    trxType: body.virtualAccountTrxType,
    amountMinor: amountMinor(body.totalAmount.value, 'totalAmount.value'),
    minMinor: config.minAmount === undefined ? undefined : amountMinor(config.minAmount, 'additionalInfo.virtualAccountConfig.minAmount'),
    maxMinor: config.maxAmount === undefined ? undefined : amountMinor(config.maxAmount, 'additionalInfo.virtualAccountConfig.maxAmount'),
    reusable: config.reusableStatus === true,
    expiresAt: futureTime(body.expiredDate, now, 'expiredDate'),
    status: 'ACTIVE',
    generatedBy,
    freeText: body.freeText,
    paidMinor: 0,
    createdAt: now,
    updatedAt: now,
  };
  checkAmounts(partner, va);
  const sameNumber = liveVa(ctx.store, number);
  if (sameNumber) {
    throw new SnapError('Conflict').withDiagnostics({ hint: `virtual account ${number} is live (trxId ${sameNumber.trxId}${sameNumber.clientId === partner.id ? '' : ', another partner'}); delete it first` });
  }
  const sameTrx = ctx.store.virtualAccounts.allBy('partnerTrx', key(partner.id, va.trxId)).find((other) => other.status !== 'DELETED');
  if (sameTrx) {
    throw new SnapError('DuplicatePartnerReferenceNo').withDiagnostics({ hint: `trxId ${va.trxId} already names live virtual account ${sameTrx.number}` });
  }
  ctx.store.virtualAccounts.put(va);
  return { virtualAccountData: virtualAccountData(va, ctx) };
}

/** Update VA (28): null or absent fields keep their value; virtualAccountConfig.status turns payments off and on. */
export function updateVa(call: SnapCall<'updateVa'>, ctx: SandboxContext): Record<string, unknown> {
  const { body, partner, now } = call;
  const va = partnerVaFor(call, ctx);
  refuseIfPaid(va);
  const config = body.additionalInfo.virtualAccountConfig ?? {};
  const value = body.totalAmount.value;
  const updated: VirtualAccount = {
    ...va,
    name: body.virtualAccountName ?? va.name,
    email: body.virtualAccountEmail ?? va.email,
    phone: body.virtualAccountPhone ?? va.phone,
    trxType: body.virtualAccountTrxType,
    amountMinor: value === null ? va.amountMinor : amountMinor(value, 'totalAmount.value'),
    minMinor: config.minAmount == null ? va.minMinor : amountMinor(config.minAmount, 'additionalInfo.virtualAccountConfig.minAmount'),
    maxMinor: config.maxAmount == null ? va.maxMinor : amountMinor(config.maxAmount, 'additionalInfo.virtualAccountConfig.maxAmount'),
    expiresAt: body.expiredDate == null ? va.expiresAt : futureTime(body.expiredDate, now, 'expiredDate'),
    status: config.status ?? va.status,
    updatedAt: now,
  };
  checkAmounts(partner, updated);
  ctx.store.virtualAccounts.put(updated);
  return { virtualAccountData: virtualAccountData(updated, ctx) };
}

/** Delete VA (31): the VA takes no more payments and its number is free again; its payments stay. */
export function deleteVa(call: SnapCall<'deleteVa'>, ctx: SandboxContext): Record<string, unknown> {
  const va = partnerVaFor(call, ctx);
  refuseIfPaid(va);
  ctx.store.virtualAccounts.put({ ...va, status: 'DELETED', updatedAt: call.now });
  return {
    virtualAccountData: {
      partnerServiceId: va.partnerServiceId,
      customerNo: va.customerNo,
      virtualAccountNo: `${va.partnerServiceId}${va.customerNo}`,
      trxId: va.trxId,
      additionalInfo: { channel: va.channel },
    },
  };
}
