import { createHash } from 'node:crypto';
import type { Partner } from './model.js';

/** The merchant fields a partner may carry (fixtures, POST /admin/partners). */
export type MerchantFields = Pick<Partner, 'merchantId' | 'terminals' | 'merchantName' | 'merchantCity' | 'merchantPostalCode' | 'mcc' | 'nmid'>;

/** A partner acting as a QRIS merchant, every field filled in. */
export interface MerchantProfile {
  merchantId: string;
  /** Empty: any terminalId the partner sends is accepted. */
  terminals: string[];
  name: string;
  city: string;
  postalCode: string;
  mcc: string;
  nmid: string;
  /** Merchant PAN of the sandbox acquirer template (tag 26.01). */
  pan: string;
}

/** Printable ASCII: EMV's "ans" characters, which every QR reader shows as written. */
const PRINTABLE = /^[\x20-\x7e]+$/;

const RULES: [keyof MerchantFields, (v: unknown) => boolean, string][] = [
  ['merchantId', (v) => typeof v === 'string' && /^[\x21-\x7e]{1,64}$/.test(v), '1 to 64 printable characters without spaces'],
  ['merchantName', (v) => typeof v === 'string' && v.length <= 25 && PRINTABLE.test(v), '1 to 25 printable characters (QR tag 59)'],
  ['merchantCity', (v) => typeof v === 'string' && v.length <= 15 && PRINTABLE.test(v), '1 to 15 printable characters (QR tag 60)'],
  ['merchantPostalCode', (v) => typeof v === 'string' && /^[A-Za-z0-9]{1,10}$/.test(v), '1 to 10 letters or digits (QR tag 61)'],
  ['mcc', (v) => typeof v === 'string' && /^\d{4}$/.test(v), '4 digits (ISO 18245 merchant category code)'],
  ['nmid', (v) => typeof v === 'string' && /^ID\d{10,13}$/.test(v), '"ID" and 10 to 13 digits'],
  ['terminals', (v) => Array.isArray(v) && v.length <= 50 && v.every((t) => typeof t === 'string' && /^[A-Za-z0-9_-]{1,16}$/.test(t)), 'at most 50 terminal ids of 1 to 16 letters, digits, - or _'],
];

/** The first merchant field that is set but malformed, with what it should be; undefined when all are fine. */
export function merchantFieldProblem(fields: Partial<Record<keyof MerchantFields, unknown>>): { field: keyof MerchantFields; expected: string } | undefined {
  for (const [field, ok, expected] of RULES) {
    if (fields[field] !== undefined && !ok(fields[field])) return { field, expected };
  }
  return undefined;
}

/** n decimal digits derived from text, so a merchant keeps its NMID and PAN across restarts. */
function digitsOf(text: string, n: number): string {
  const hex = createHash('sha256').update(text).digest('hex');
  return BigInt(`0x${hex}`).toString().slice(0, n).padStart(n, '0');
}

/**
 * The partner's QRIS merchant, or undefined when it has no merchantId. Missing fields get
 * sandbox defaults: the partner's name (cut to 25), Jakarta, 10110, MCC 5999 (miscellaneous
 * retail), a sandbox NMID "ID9999…" and PAN "936008990…" derived from the merchantId.
 */
export function merchantProfile(partner: Partner): MerchantProfile | undefined {
  if (!partner.merchantId) return undefined;
  const seed = `${partner.id}|${partner.merchantId}`;
  return {
    merchantId: partner.merchantId,
    terminals: partner.terminals ?? [],
    name: partner.merchantName ?? (partner.name.replace(/[^\x20-\x7e]/g, '').slice(0, 25).trim() || 'SANDBOX MERCHANT'),
    city: partner.merchantCity ?? 'JAKARTA',
    postalCode: partner.merchantPostalCode ?? '10110',
    mcc: partner.mcc ?? '5999',
    nmid: partner.nmid ?? `ID9999${digitsOf(seed, 9)}`,
    pan: `936008990${digitsOf(`pan|${seed}`, 10)}`,
  };
}

/** The merchant fields of a partner as the admin API shows them (null when unset). */
export function merchantView(partner: Partner): Record<string, unknown> {
  const profile = merchantProfile(partner);
  return {
    terminals: partner.terminals ?? [],
    merchantName: partner.merchantName ?? null,
    merchantCity: partner.merchantCity ?? null,
    merchantPostalCode: partner.merchantPostalCode ?? null,
    mcc: partner.mcc ?? null,
    nmid: profile?.nmid ?? null,
  };
}
