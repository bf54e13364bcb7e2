import { walletAccount } from '../../src/ledger/accounts.js';
import { balanceOf } from '../../src/ledger/ledger.js';
import { clientFor, type SnapClient, type TestSandbox } from './harness.js';

export const PURCHASE = '/snap-adapter/b2b2c/v1.0/debit/payment-host-to-host';
export const PURCHASE_B2B = '/snap-adapter/b2b/v1.0/debit/payment-host-to-host';
export const STATUS = '/snap-adapter/b2b/v1.0/debit/status';
export const CANCEL = '/snap-adapter/b2b/v1.0/debit/cancel';
export const REFUND = '/snap-adapter/b2b/v1.0/debit/refund';

/** Seeded personas (fixtures/wallets.json, TEST-ONLY PINs). */
export const RICH = { accountId: '1140340010', authCode: 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed', pin: '135790' };
export const EMPTY = { accountId: '1140340011', authCode: '0d3c2f1e-5b6a-4c7d-8e9f-a0b1c2d3e4f5', pin: '246813' };
export const BLOCKED = { accountId: '1140340013', authCode: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d', pin: '864200' };

export const RETURN_URL = 'https://merchant.example/pay/return';

export async function customerClient(sb: TestSandbox, persona: { authCode: string } = RICH): Promise<SnapClient> {
  const client = clientFor(sb);
  await client.getB2bToken();
  await client.getCustomerToken(persona.authCode);
  return client;
}

export function purchaseBody(partnerReferenceNo: string, value = '10000.00', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    partnerReferenceNo,
    amount: { value, currency: 'IDR' },
    urlParams: [{ url: RETURN_URL, type: 'PAY_RETURN', isDeeplink: 'N' }],
    ...extra,
  };
}

/** Opens a purchase and returns its referenceNo and PIN-page token; throws unless 2005400. */
export async function openPurchase(client: SnapClient, partnerReferenceNo: string, value = '10000.00', extra: Record<string, unknown> = {}) {
  const res = await client.post(PURCHASE, purchaseBody(partnerReferenceNo, value, extra));
  if (res.body.responseCode !== '2005400') throw new Error(`purchase failed: ${JSON.stringify(res.body)}`);
  return { referenceNo: res.body.referenceNo as string, token: pageToken(res.body.webRedirectUrl as string), body: res.body };
}

export function pageToken(webRedirectUrl: string): string {
  return new URL(webRedirectUrl).searchParams.get('token')!;
}

export function submitPin(sb: TestSandbox, token: string, pin: string) {
  return sb.http.post('/webview/purchase').type('form').send({ token, pin });
}

export function walletBalance(sb: TestSandbox, accountId: string): number {
  return balanceOf(sb.ctx.store, walletAccount(accountId));
}

export function query(client: SnapClient, ref: Record<string, string>) {
  return client.post(STATUS, { ...ref, serviceCode: '54' });
}

/** The outcome parameters the PIN page appended to the return URL. */
export function outcomeOf(location: string): Record<string, string> {
  return Object.fromEntries(new URL(location).searchParams);
}
