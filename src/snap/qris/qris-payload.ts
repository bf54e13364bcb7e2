import { SnapError } from '../../errors/snap-error.js';
import { crc16, parseTlv, tlv, TlvError, withCrc, type TlvField } from './emv.js';

/**
 * QRIS on top of EMVCo MPM: what the sandbox writes for Generate and reads for Decode and Payment.
 * Tags: 00 payload format (01), 01 point of initiation (11 static, 12 dynamic), 02-51 merchant
 * accounts (26-51 templates; QRIS puts the national merchant ID, NMID, in the template whose
 * 00 is ID.CO.QRIS.WWW), 52 MCC, 53 currency (360), 54 amount, 55 tip indicator (01 the customer
 * types a tip, 02 fixed fee in 56, 03 percentage fee in 57), 58 country (ID), 59 merchant name,
 * 60 city, 61 postal code, 62 additional data (01 bill number, 05 reference label, 07 terminal
 * label), 63 CRC.
 */
export const QRIS_GLOBAL_ID = 'ID.CO.QRIS.WWW';
/** The sandbox's acquirer template (tag 26): reverse domain, merchant PAN, merchant ID, criteria. */
export const SANDBOX_GLOBAL_ID = 'ID.CO.DOKU.WWW';

export type TipRule = { kind: 'none' } | { kind: 'prompt' } | { kind: 'fixed'; feeMinor: number } | { kind: 'percent'; hundredths: number };

export interface MerchantAccount {
  tag: string;
  globalId?: string;
  pan?: string;
  merchantId?: string;
  criteria?: string;
}

export interface QrisContent {
  dynamic: boolean;
  accounts: MerchantAccount[];
  nmid?: string;
  mcc: string;
  amountMinor?: number;
  tip: TipRule;
  merchantName: string;
  merchantCity: string;
  postalCode?: string;
  billNumber?: string;
  reference?: string;
  terminal?: string;
}

/** The fee a tip rule asks for on an amount (percentages round half up to the sen); undefined for a tip the customer chooses. */
export function feeFor(tip: TipRule, amountMinor: number | undefined): number | undefined {
  if (tip.kind === 'none') return 0;
  if (tip.kind === 'fixed') return tip.feeMinor;
  if (tip.kind === 'percent' && amountMinor !== undefined) return Math.round((amountMinor * tip.hundredths) / 10_000);
  return undefined;
}

/** An EMV amount: whole rupiah without decimals, otherwise two decimals ("10000", "10000.50"). */
export function emvAmount(minor: number): string {
  const units = Math.floor(minor / 100);
  const cents = minor % 100;
  return cents === 0 ? String(units) : `${units}.${String(cents).padStart(2, '0')}`;
}

/** Writes a QRIS payload with its CRC. Every value must fit its tag (the caller validated them). */
export function writeQris(q: QrisContent): string {
  const account = (a: MerchantAccount) =>
    tlv(a.tag, [a.globalId && tlv('00', a.globalId), a.pan && tlv('01', a.pan), a.merchantId && tlv('02', a.merchantId), a.criteria && tlv('03', a.criteria)].filter(Boolean).join(''));
  const additional = [q.billNumber && tlv('01', q.billNumber), q.reference && tlv('05', q.reference), q.terminal && tlv('07', q.terminal)].filter(Boolean).join('');
  const parts = [
    tlv('00', '01'),
    tlv('01', q.dynamic ? '12' : '11'),
    ...q.accounts.map(account),
    q.nmid ? tlv('51', tlv('00', QRIS_GLOBAL_ID) + tlv('02', q.nmid) + tlv('03', 'UMI')) : '',
    tlv('52', q.mcc),
    tlv('53', '360'),
    q.amountMinor !== undefined ? tlv('54', emvAmount(q.amountMinor)) : '',
    q.tip.kind === 'prompt' ? tlv('55', '01') : '',
    q.tip.kind === 'fixed' ? tlv('55', '02') + tlv('56', emvAmount(q.tip.feeMinor)) : '',
    q.tip.kind === 'percent' ? tlv('55', '03') + tlv('57', (q.tip.hundredths / 100).toString()) : '',
    tlv('58', 'ID'),
    tlv('59', q.merchantName),
    tlv('60', q.merchantCity),
    q.postalCode ? tlv('61', q.postalCode) : '',
    additional ? tlv('62', additional) : '',
  ];
  return withCrc(parts.join(''));
}

const TAG_NAMES: Record<string, string> = {
  '00': 'payload format indicator',
  '01': 'point of initiation method',
  '52': 'merchant category code',
  '53': 'transaction currency',
  '54': 'transaction amount',
  '55': 'tip or convenience indicator',
  '56': 'fixed convenience fee',
  '57': 'percentage convenience fee',
  '58': 'country code',
  '59': 'merchant name',
  '60': 'merchant city',
  '61': 'postal code',
  '62': 'additional data',
  '63': 'CRC',
};
const named = (tag: string) => `tag ${tag}${TAG_NAMES[tag] ? ` (${TAG_NAMES[tag]})` : ''}`;

/** Reads the fields of a payload or template; a broken structure is 400xx00 naming where it breaks. */
function fieldsOf(text: string, field: string, inside?: string): Map<string, TlvField> {
  let fields: TlvField[];
  try {
    fields = parseTlv(text);
  } catch (error) {
    if (!(error instanceof TlvError)) throw error;
    throw new SnapError('BadRequest', `${field} is not a valid EMV TLV structure${inside ? ` inside ${named(inside)}` : ''}: ${error.message}`);
  }
  const byTag = new Map<string, TlvField>();
  for (const f of fields) {
    if (byTag.has(f.tag)) throw new SnapError('BadRequest', `${field} is not a valid EMV TLV structure: ${named(f.tag)} appears twice${inside ? ` inside ${named(inside)}` : ''}`);
    byTag.set(f.tag, f);
  }
  return byTag;
}

const EMV_AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;

function amountOf(tag: string, value: string, field: string): number {
  const minor = EMV_AMOUNT.test(value) && value.length <= 13 ? Math.round(Number(value) * 100) : Number.NaN;
  if (!Number.isSafeInteger(minor) || minor <= 0) {
    throw new SnapError('InvalidFieldFormat', `${field}: ${named(tag)} must be a positive amount such as 10000 or 10000.50, got "${value}"`);
  }
  return minor;
}

function tipOf(fields: Map<string, TlvField>, field: string): TipRule {
  const indicator = fields.get('55')?.value;
  if (indicator === undefined) return { kind: 'none' };
  if (indicator === '01') return { kind: 'prompt' };
  const needs = (tag: string) => {
    const value = fields.get(tag)?.value;
    if (value === undefined) throw new SnapError('InvalidMandatoryField', `${field}: ${named(tag)} (tag 55 is ${indicator})`);
    return value;
  };
  if (indicator === '02') return { kind: 'fixed', feeMinor: amountOf('56', needs('56'), field) };
  if (indicator === '03') {
    const value = needs('57');
    const hundredths = /^\d{1,3}(\.\d{1,2})?$/.test(value) && value.length <= 5 ? Math.round(Number(value) * 100) : Number.NaN;
    if (!(hundredths >= 0 && hundredths <= 10_000)) throw new SnapError('InvalidFieldFormat', `${field}: ${named('57')} must be a percentage from 0 to 100, got "${value}"`);
    return { kind: 'percent', hundredths };
  }
  throw new SnapError('InvalidFieldFormat', `${field}: ${named('55')} must be 01, 02 or 03, got "${indicator}"`);
}

function mandatory(fields: Map<string, TlvField>, tag: string, field: string, shape: RegExp, expected: string): string {
  const value = fields.get(tag)?.value;
  if (value === undefined) throw new SnapError('InvalidMandatoryField', `${field}: ${named(tag)} is missing`);
  if (!shape.test(value)) throw new SnapError('InvalidFieldFormat', `${field}: ${named(tag)} must be ${expected}, got "${value}"`);
  return value;
}

function optional(fields: Map<string, TlvField>, tag: string, field: string, shape: RegExp, expected: string, inside?: string): string | undefined {
  const value = fields.get(tag)?.value;
  if (value !== undefined && !shape.test(value)) {
    throw new SnapError('InvalidFieldFormat', `${field}: ${inside ? `${named(inside)} sub-tag ${tag}` : named(tag)} must be ${expected}, got "${value}"`);
  }
  return value;
}

/**
 * Reads any QRIS payload: structure (400xx00), CRC (400xx01), version (400xx01), then the fields
 * a payment needs (400xx02 when missing, 400xx01 when malformed). `field` names the request field
 * in the error messages (qrContent, additionalInfo.qrContent).
 */
export function readQris(payload: string, field: string): QrisContent {
  const fields = fieldsOf(payload, field);
  const all = [...fields.values()];
  const last = all[all.length - 1];
  if (!last || last.tag !== '63') throw new SnapError('InvalidMandatoryField', `${field}: ${named('63')} must be the last field`);
  if (!/^[0-9A-Fa-f]{4}$/.test(last.value)) throw new SnapError('InvalidFieldFormat', `${field}: ${named('63')} must be 4 hex digits, got "${last.value}"`);
  const expected = crc16(payload.slice(0, last.at + 4));
  if (last.value.toUpperCase() !== expected) throw new SnapError('InvalidFieldFormat', `${field}: CRC mismatch, tag 63 says ${last.value} but the payload's CRC16 is ${expected}`);

  if (all[0]!.tag !== '00') throw new SnapError('InvalidFieldFormat', `${field}: ${named('00')} must be the first field`);
  const version = fields.get('00')!.value;
  if (version !== '01') throw new SnapError('InvalidFieldFormat', `${field}: unknown payload format version "${version}" in tag 00 (only 01 is defined)`);
  const initiation = fields.get('01')?.value ?? '11';
  if (initiation !== '11' && initiation !== '12') throw new SnapError('InvalidFieldFormat', `${field}: ${named('01')} must be 11 (static) or 12 (dynamic), got "${initiation}"`);

  const accounts: MerchantAccount[] = [];
  let nmid: string | undefined;
  for (const f of all) {
    const n = Number(f.tag);
    if (n < 2 || n > 51) continue;
    if (n < 26) {
      accounts.push({ tag: f.tag, pan: f.value });
      continue;
    }
    const inner = fieldsOf(f.value, field, f.tag);
    const account = { tag: f.tag, globalId: inner.get('00')?.value, pan: inner.get('01')?.value, merchantId: inner.get('02')?.value, criteria: inner.get('03')?.value };
    if (account.globalId === QRIS_GLOBAL_ID) nmid = account.merchantId;
    else accounts.push(account);
  }
  if (accounts.length === 0 && nmid === undefined) throw new SnapError('InvalidMandatoryField', `${field}: no merchant account information (tags 02-51)`);

  const mcc = mandatory(fields, '52', field, /^\d{4}$/, '4 digits');
  const currency = mandatory(fields, '53', field, /^\d{3}$/, '3 digits');
  if (currency !== '360') throw new SnapError('InvalidFieldFormat', `${field}: ${named('53')} is ${currency}; QRIS is paid in rupiah (360)`);
  const country = mandatory(fields, '58', field, /^[A-Z]{2}$/, 'two capital letters');
  if (country !== 'ID') throw new SnapError('InvalidFieldFormat', `${field}: ${named('58')} is ${country}; QRIS merchants are in Indonesia (ID)`);
  const amount = fields.get('54')?.value;
  const extra = fields.has('62') ? fieldsOf(fields.get('62')!.value, field, '62') : new Map<string, TlvField>();
  return {
    dynamic: initiation === '12',
    accounts,
    nmid,
    mcc,
    amountMinor: amount === undefined ? undefined : amountOf('54', amount, field),
    tip: tipOf(fields, field),
    merchantName: mandatory(fields, '59', field, /^.{1,25}$/su, '1 to 25 characters'),
    merchantCity: mandatory(fields, '60', field, /^.{1,15}$/su, '1 to 15 characters'),
    postalCode: optional(fields, '61', field, /^.{1,10}$/su, '1 to 10 characters'),
    billNumber: optional(extra, '01', field, /^.{1,25}$/su, '1 to 25 characters', '62'),
    reference: optional(extra, '05', field, /^.{1,25}$/su, '1 to 25 characters', '62'),
    terminal: optional(extra, '07', field, /^.{1,25}$/su, '1 to 25 characters', '62'),
  };
}
