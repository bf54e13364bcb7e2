import { walletAccount } from '../../src/ledger/accounts.js';
import { balanceOf } from '../../src/ledger/ledger.js';
import type { SnapClient, TestSandbox } from './harness.js';

export const PURCHASE = '/snap-adapter/b2b2c/v1.0/debit/payment-host-to-host';
export const PURCHASE_B2B = '/snap-adapter/b2b/v1.0/debit/payment-host-to-host';
export const STATUS = '/snap-adapter/b2b/v1.0/debit/status';
export const CANCEL = '/snap-adapter/b2b/v1.0/debit/cancel';
export const REFUND = '/snap-adapter/b2b/v1.0/debit/refund';

export const RETURN_URL = 'https://merchant.example/pay/return';

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
