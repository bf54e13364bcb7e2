/**
 * EMVCo Merchant-Presented QR (the format QRIS is built on): a string of TLV fields, each a
 * two-digit tag, a two-digit length and that many characters of value, ending with tag 63, a
 * CRC16-CCITT (polynomial 0x1021, initial 0xFFFF, no reflection) over everything before its
 * value, written as four upper-case hex digits.
 */
export interface TlvField {
  tag: string;
  value: string;
  /** Where the field starts in the text it was read from. */
  at: number;
}

/** A TLV structure that cannot be read: what is wrong and where. */
export class TlvError extends Error {
  constructor(
    readonly at: number,
    problem: string,
  ) {
    super(`${problem} at position ${at}`);
    this.name = 'TlvError';
  }
}

const TWO_DIGITS = /^\d\d$/;

/** Splits text into its TLV fields; throws TlvError on a tag or length that is not two digits, or a value that runs past the end. */
export function parseTlv(text: string): TlvField[] {
  const fields: TlvField[] = [];
  let at = 0;
  while (at < text.length) {
    if (at + 4 > text.length) throw new TlvError(at, `${text.length - at} characters left over after the last field (a field needs a 2-digit tag and a 2-digit length)`);
    const tag = text.slice(at, at + 2);
    const length = text.slice(at + 2, at + 4);
    if (!TWO_DIGITS.test(tag)) throw new TlvError(at, `tag "${tag}" is not two digits`);
    if (!TWO_DIGITS.test(length)) throw new TlvError(at + 2, `length "${length}" of tag ${tag} is not two digits`);
    const end = at + 4 + Number(length);
    if (end > text.length) throw new TlvError(at, `tag ${tag} declares ${Number(length)} characters but only ${text.length - at - 4} remain`);
    fields.push({ tag, value: text.slice(at + 4, end), at });
    at = end;
  }
  return fields;
}

/** One field: tag, two-digit length, value. Values of 100 characters or more cannot be written. */
export function tlv(tag: string, value: string): string {
  if (!TWO_DIGITS.test(tag)) throw new Error(`EMV tag must be two digits, got "${tag}"`);
  if (value.length > 99) throw new Error(`EMV tag ${tag}: value of ${value.length} characters (at most 99)`);
  return `${tag}${String(value.length).padStart(2, '0')}${value}`;
}

/** CRC16-CCITT (0x1021, init 0xFFFF) of the text's UTF-8 bytes, as four upper-case hex digits. */
export function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, 'utf8')) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** The fields followed by tag 63 carrying their CRC. */
export function withCrc(fields: string): string {
  const signed = `${fields}6304`;
  return signed + crc16(signed);
}
