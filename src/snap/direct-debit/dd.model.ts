import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import { channelAccount } from '../../ledger/accounts.js';
import type { ChannelAccount, DebitBinding, Transaction } from '../../ledger/model.js';
import { expireIfDue as expireUnpaid, type PagePayment } from '../../ledger/page-payments.js';
import { updatePayment } from '../../ledger/payments.js';
import { credit } from '../../ledger/seed.js';
import type { Store } from '../../ledger/store.js';
import { sha256Hex } from '../../lib/crypto.js';

/**
 * DOKU's direct-debit and e-wallet channels (the SDKs' DIRECT_DEBIT_CHANNEL lists) and what each
 * one does: how it binds (account or card), whether it pays host-to-host with a customer token or
 * by jump app, and the per-channel rules of the SDKs' Joi schemas (paymentRequestDirectDebitDTO.js,
 * refundRequestDTO.js, _commons/validateHeader.js).
 */
export interface ChannelRules {
  label: string;
  acquirer: string;
  accountType: 'DIRECT_DEBIT' | 'EMONEY';
  binds: 'ACCOUNT' | 'CARD';
  /** DANA and ShopeePay pay by jump app, without a binding or customer token. */
  jumpApp: boolean;
  /** Bounds of partnerReferenceNo on payment and of originalPartnerReferenceNo / partnerRefundNo on refund. */
  referenceLength: [number, number];
  /** Fields a payment must carry on this channel (beyond the spec's common ones). */
  paymentNeeds: ('additionalInfo.remarks' | 'additionalInfo.lineItems' | 'payOptionDetails')[];
  /** Operations that need X-DEVICE-ID on this channel. */
  deviceIdFor: ('binding' | 'payment' | 'refund')[];
}

export const CHANNELS: Record<string, ChannelRules> = {
  DIRECT_DEBIT_ALLO_SNAP: { label: 'Allo Bank', acquirer: 'ALLO', accountType: 'DIRECT_DEBIT', binds: 'ACCOUNT', jumpApp: false, referenceLength: [32, 64], paymentNeeds: ['additionalInfo.remarks', 'additionalInfo.lineItems'], deviceIdFor: ['binding'] },
  DIRECT_DEBIT_CIMB_SNAP: { label: 'CIMB Niaga', acquirer: 'CIMB', accountType: 'DIRECT_DEBIT', binds: 'ACCOUNT', jumpApp: false, referenceLength: [1, 12], paymentNeeds: ['additionalInfo.remarks'], deviceIdFor: [] },
  DIRECT_DEBIT_MANDIRI_SNAP: { label: 'Bank Mandiri', acquirer: 'MANDIRI', accountType: 'DIRECT_DEBIT', binds: 'CARD', jumpApp: false, referenceLength: [1, 64], paymentNeeds: [], deviceIdFor: [] },
  DIRECT_DEBIT_BRI_SNAP: { label: 'BRI', acquirer: 'BRI', accountType: 'DIRECT_DEBIT', binds: 'CARD', jumpApp: false, referenceLength: [1, 12], paymentNeeds: [], deviceIdFor: [] },
  EMONEY_OVO_SNAP: { label: 'OVO', acquirer: 'OVO', accountType: 'EMONEY', binds: 'ACCOUNT', jumpApp: false, referenceLength: [1, 32], paymentNeeds: ['payOptionDetails'], deviceIdFor: [] },
  EMONEY_SHOPEE_PAY_SNAP: { label: 'ShopeePay', acquirer: 'SHOPEEPAY', accountType: 'EMONEY', binds: 'ACCOUNT', jumpApp: true, referenceLength: [1, 64], paymentNeeds: [], deviceIdFor: ['payment', 'refund'] },
  EMONEY_DANA_SNAP: { label: 'DANA', acquirer: 'DANA', accountType: 'EMONEY', binds: 'ACCOUNT', jumpApp: true, referenceLength: [1, 64], paymentNeeds: [], deviceIdFor: ['payment', 'refund'] },
};

export function channelRules(channel: string): ChannelRules {
  const rules = CHANNELS[channel];
  if (!rules) throw new SnapError('InvalidFieldFormat', 'additionalInfo.channel');
  return rules;
}

/** A reference within the channel's bounds (the SDK's per-channel Joi rule), else 400xx01 naming the field. */
export function checkReferenceLength(channel: string, value: string, field: string): void {
  const [min, max] = channelRules(channel).referenceLength;
  if (value.length < min || value.length > max) {
    throw new SnapError('InvalidFieldFormat', field).withDiagnostics({ hint: `${field} on ${channel} is ${min === 1 ? `at most ${max}` : `${min}–${max}`} characters` });
  }
}

/** X-DEVICE-ID where the channel needs it (validateHeader.js), else 400xx02 X-DEVICE-ID. */
export function checkDeviceId(call: Omit<SnapCall, 'body'>, channel: string, operation: 'binding' | 'payment' | 'refund'): void {
  if (channelRules(channel).deviceIdFor.includes(operation) && !call.headers['x-device-id']) {
    throw new SnapError('InvalidMandatoryField', 'X-DEVICE-ID').withDiagnostics({ hint: `${channel} needs X-DEVICE-ID on ${operation}` });
  }
}

/** What a new channel account holds: the customer's money at OVO, DANA or the bank, issued when it is first seen. */
export const OPENING_BALANCE_MINOR = 500_000_000;

/** The customer's account at a channel, opened (with its opening balance) the first time the channel meets this phone or card. */
export function openChannelAccount(store: Store, channel: string, identity: string, phoneNo: string, now: number): ChannelAccount {
  const id = sha256Hex(`${channel}|${identity}`).slice(0, 32);
  const existing = store.channelAccounts.get(id);
  if (existing) return existing;
  const account = store.channelAccounts.put({ id, channel, phoneNo, createdAt: now });
  credit(store, channelAccount(id), OPENING_BALANCE_MINOR, `OPEN-${id}`, now);
  return account;
}

/** The live direct-debit binding behind the call's customer token, on the channel the body names. */
export function customerBinding(call: Omit<SnapCall, 'body'>, ctx: SandboxContext, channel: string): DebitBinding {
  const binding = call.customer?.bindingId ? ctx.store.debitBindings.get(call.customer.bindingId) : undefined;
  // The token itself is fine (the guard checked it); the customer has no account on this channel.
  if (!binding) throw new SnapError('InvalidAccount', 'no direct-debit binding').withDiagnostics({ hint: 'the customer token is not one of a direct-debit binding (account binding or card registration), e.g. a DOKU Wallet customer\'s' });
  if (binding.status !== 'ACTIVE') throw new SnapError('RejectedCustomerToken').withDiagnostics({ differs: 'customer-token', hint: `the binding is ${binding.status}` });
  if (binding.channel !== channel) {
    throw new SnapError('InvalidAccount', `bound on ${binding.channel}`).withDiagnostics({ hint: `additionalInfo.channel is ${channel} but the customer token's binding is on ${binding.channel}` });
  }
  return binding;
}

/** What a DIRECT_DEBIT transaction keeps besides amount and status: a page payment (the channel's page) and the channel's facts. */
export interface DebitData extends PagePayment {
  channel: string;
  flow: 'HOST_TO_HOST' | 'JUMP_APP';
  bindingId?: string;
  custIdMerchant?: string;
  lineItems: unknown[];
}

export const DEBIT_SERVICE = '54';

export function debitData(tx: Transaction): DebitData {
  return tx.data as unknown as DebitData;
}

export const updateDebit = updatePayment<DebitData>;

/** A pending payment past its validUpTo fails (06, 4035400), written by whoever looks first. */
export function expireIfDue(store: Store, tx: Transaction, now: number): Transaction {
  return expireUnpaid(store, tx, DEBIT_SERVICE, now);
}

export function statusDesc(tx: Transaction): string {
  const d = debitData(tx);
  if (d.statusDesc) return d.statusDesc;
  return ({ '00': 'Success', '03': 'Pending', '04': 'Refunded', '06': 'Failed' } as Record<string, string>)[tx.status] ?? tx.status;
}
