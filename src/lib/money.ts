/**
 * Money on the wire is {"value":"10000.00","currency":"IDR"}; inside it is an integer count of
 * minor units (sen), so no floating point ever touches a balance.
 */
export interface Amount {
  value: string;
  currency: string;
}

// Whole rupiah ("10000", as DOKU's demo apps send) or exactly two decimals; spec/ decides which
// endpoints take the whole form (schemas Money and MoneyTwoDecimals).
const AMOUNT_PATTERN = /^(0|[1-9][0-9]*)(\.[0-9]{2})?$/;

/** Parses "10000.00" or "10000" into minor units; undefined when the value is malformed or unsafe. */
export function parseMinor(value: string): number | undefined {
  if (!AMOUNT_PATTERN.test(value)) return undefined;
  const minor = Number(value.includes('.') ? value.replace('.', '') : `${value}00`);
  return Number.isSafeInteger(minor) ? minor : undefined;
}

export function formatMinor(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const units = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${units}.${cents}`;
}

export function idr(minor: number): Amount {
  return { value: formatMinor(minor), currency: 'IDR' };
}

/** "12500.00" or a whole "12500" (DOKU's server SDKs accept both) into minor units; undefined when malformed or unsafe. */
export function parseMinorWholeAllowed(value: string): number | undefined {
  return parseMinor(/^(0|[1-9][0-9]*)$/.test(value) ? `${value}.00` : value);
}
