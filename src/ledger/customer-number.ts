import type { Wallet } from './model.js';
import type { Store } from './store.js';

/**
 * customerNumber, as top-up and bank-transfer calls send it, names a DOKU wallet by its accountId
 * (10 digits) or by its phone number. Which one DOKU expects is not documented, so both work:
 * accountId first, then the phone in any common Indonesian form (62…, +62…, 0…).
 */
export function walletByCustomerNumber(store: Store, customerNumber: string): Wallet | undefined {
  const trimmed = customerNumber.trim();
  const byId = store.wallets.get(trimmed);
  if (byId) return byId;
  const digitsOnly = trimmed.replace(/[\s+-]/g, '');
  if (!/^\d+$/.test(digitsOnly)) return undefined;
  const international = digitsOnly.startsWith('0') ? `62${digitsOnly.slice(1)}` : digitsOnly;
  return store.wallets.by('phone', international) ?? store.wallets.by('phone', digitsOnly);
}

/** "6281212340010" → "XXXXXXXXX0010": all but the last four characters masked, as SNAP inquiries show it. */
export function maskCustomerNumber(customerNumber: string): string {
  const keep = Math.min(4, customerNumber.length);
  return 'X'.repeat(customerNumber.length - keep) + customerNumber.slice(customerNumber.length - keep);
}
