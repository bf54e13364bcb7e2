/**
 * The seeded wallet personas (fixtures/wallets.json, TEST-ONLY PINs), each bound to the default
 * partner with a fixed authCode, so a test gets a customer token without the binding pages.
 */
export interface Persona {
  accountId: string;
  phoneNo: string;
  authCode: string;
  pin: string;
}

/** Budi Santoso: 5,000,000.00; the authCode is the one in DOKU's docs. */
export const RICH: Persona = { accountId: '1140340010', phoneNo: '6281212340010', authCode: 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed', pin: '135790' };
/** Siti Rahma: bound, balance 0.00. */
export const EMPTY: Persona = { accountId: '1140340011', phoneNo: '6281212340011', authCode: '0d3c2f1e-5b6a-4c7d-8e9f-a0b1c2d3e4f5', pin: '246813' };
/** Dewi Lestari: bound, wallet status BLOCKED, 100,000.00. */
export const BLOCKED: Persona = { accountId: '1140340013', phoneNo: '6281212340013', authCode: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d', pin: '864200' };
