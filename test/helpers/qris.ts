import { settlementAccount, walletAccount } from '../../src/ledger/accounts.js';
import { balanceOf } from '../../src/ledger/ledger.js';
import type { SnapClient, TestSandbox } from './harness.js';

export const GENERATE = '/snap-adapter/b2b/v1.0/qr/qr-mpm-generate';
export const DECODE = '/snap-adapter/b2b/v1.0/qr/qr-mpm-decode';
export const PAYMENT = '/snap-adapter/b2b2c/v1.0/qr/qr-mpm-payment';
export const QUERY = '/snap-adapter/b2b/v1.0/qr/qr-mpm-query';
export const REFUND = '/snap-adapter/b2b/v1.0/qr/qr-mpm-refund';
export const CANCEL = '/snap-adapter/b2b/v1.0/qr/qr-mpm-cancel';

/** The default fixture partner's QRIS merchant (fixtures/partners.json). */
export const MERCHANT_ID = 'M-SANDBOX-0001';

export const idr = (value: string) => ({ value, currency: 'IDR' });

export interface Generated {
  referenceNo: string;
  partnerReferenceNo: string;
  qrContent: string;
}

/** Generates a QR and returns it; throws unless 2004700. */
export async function generate(client: SnapClient, partnerReferenceNo: string, extra: Record<string, unknown> = {}): Promise<Generated> {
  const res = await client.post(GENERATE, { partnerReferenceNo, merchantId: MERCHANT_ID, terminalId: 'A01', ...extra });
  if (res.body.responseCode !== '2004700') throw new Error(`generate failed: ${JSON.stringify(res.body)}`);
  return { referenceNo: res.body.referenceNo, partnerReferenceNo, qrContent: res.body.qrContent };
}

export function pay(client: SnapClient, partnerReferenceNo: string, qrContent: string, amount: string, fee?: string, headers: Record<string, string | undefined> = {}) {
  return client.post(PAYMENT, { partnerReferenceNo, amount: idr(amount), ...(fee !== undefined ? { feeAmount: idr(fee) } : {}), additionalInfo: { qrContent } }, headers);
}

export function query(client: SnapClient, ref: Record<string, string>) {
  return client.post(QUERY, { ...ref, serviceCode: '47' });
}

export function walletBalance(sb: TestSandbox, accountId: string): number {
  return balanceOf(sb.ctx.store, walletAccount(accountId));
}

export function settlementBalance(sb: TestSandbox, clientId = sb.partner.clientId): number {
  return balanceOf(sb.ctx.store, settlementAccount(clientId));
}

/** Whether money moved: balances, transactions, postings. */
export function moneyFingerprint(sb: TestSandbox): string {
  const { store } = sb.ctx;
  return JSON.stringify({ balances: [...store.balances.values()].map((b) => `${b.id}=${b.balanceMinor}`).sort(), transactions: store.transactions.size, postings: store.postings.size });
}

/** Everything that says whether money moved or state changed: balances, transactions, QRs, postings. */
export function ledgerFingerprint(sb: TestSandbox): string {
  const { store } = sb.ctx;
  const balances = [...store.balances.values()].map((b) => `${b.id}=${b.balanceMinor}`).sort();
  return JSON.stringify({ balances, transactions: store.transactions.size, postings: store.postings.size, qrs: [...store.qrCodes.values()].map((q) => `${q.id}:${q.status}:${q.payments}`) });
}
