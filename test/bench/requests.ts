/**
 * The signed request sequences of `npm run bench` (run.ts measures them): the mix, top-up and
 * per-product rows, each request with a fresh X-EXTERNAL-ID, timestamp and signature, and the
 * tally of what each answered.
 */
import type { RequestSpec } from 'autocannon';
import type { Signer } from './signer.js';

export const PATHS = {
  balance: '/snap-adapter/b2b2c/v1.0/balance-inquiry',
  topUp: '/snap-adapter/b2b/v1.0/emoney/topup',
  purchase: '/snap-adapter/b2b2c/v1.0/debit/payment-host-to-host',
  purchaseStatus: '/snap-adapter/b2b/v1.0/debit/status',
  createVa: '/virtual-accounts/bi-snap-va/v1.1/transfer-va/create-va',
  vaStatus: '/orders/v1.0/transfer-va/status',
  qrGenerate: '/snap-adapter/b2b/v1.0/qr/qr-mpm-generate',
  qrPayment: '/snap-adapter/b2b2c/v1.0/qr/qr-mpm-payment',
  ddBinding: '/direct-debit/core/v1/registration-account-binding',
  ddPayment: '/direct-debit/core/v1/debit/payment-host-to-host',
  ddStatus: '/orders/v1.0/debit/status',
};
/** The default partner's QRIS merchant (fixtures/partners.json). */
export const MERCHANT = { merchantId: 'M-SANDBOX-0001', terminalId: 'A01' };
export const RICH_WALLET = '1140340010';
export const RICH_AUTH_CODE = 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed';

export interface Tally {
  ok: number;
  /** Successful top-ups and purchases: each added a transaction to the store. */
  created: number;
  unexpected: Map<string, number>;
}

export function expectStatus(tally: Tally, label: string) {
  return (status: number, body: string) => {
    if (status === 200) {
      tally.ok++;
      if (label === 'top-up' || label === 'purchase' || label === 'qr payment' || label === 'dd payment') tally.created++;
    } else {
      const key = `${label} ${status} ${body.slice(0, 100)}`;
      tally.unexpected.set(key, (tally.unexpected.get(key) ?? 0) + 1);
    }
  };
}

/** A POST autocannon sends again and again, each time with a fresh body, X-EXTERNAL-ID, timestamp and signature. */
function signedPost(s: Signer, tally: Tally, path: string, label: string, customer: boolean, body: (ctx: Record<string, unknown>) => unknown): RequestSpec {
  return {
    method: 'POST',
    path,
    setupRequest: (req, ctx) => {
      const text = JSON.stringify(body(ctx));
      return { ...req, body: text, headers: s.headers(path, text, customer) };
    },
    onResponse: expectStatus(tally, label),
  };
}

let refSeq = 0;
const runId = Date.now().toString(36);
export const nextRef = () => `B${runId}-${++refSeq}`;

let vaSeq = 0;
const VA_BIN = '   77766';

/** The mix (balance, top-up, purchase + status), the top-up alone, and create-va + VA status. */
export function mixes(s: Signer, available: Set<string>, tally: Tally): { mix: RequestSpec[]; topUp: RequestSpec[]; virtualAccounts: RequestSpec[]; notes: string[] } {
  const notes: string[] = [];
  const post = (path: string, label: string, customer: boolean, body: (ctx: Record<string, unknown>) => unknown) => signedPost(s, tally, path, label, customer, body);
  const topUp = post(PATHS.topUp, 'top-up', false, () => ({ partnerReferenceNo: nextRef(), customerNumber: RICH_WALLET, amount: { value: '10000.00', currency: 'IDR' } }));
  const mix: RequestSpec[] = [];
  if (available.has(PATHS.balance)) mix.push(post(PATHS.balance, 'balance', true, () => ({ partnerReferenceNo: nextRef() })));
  if (available.has(PATHS.topUp)) mix.push(topUp);
  else notes.push('top-up endpoint missing: left out of the mix');
  if (available.has(PATHS.purchase) && available.has(PATHS.purchaseStatus)) {
    mix.push(
      post(PATHS.purchase, 'purchase', true, (ctx) => {
        ctx.purchaseRef = nextRef();
        return { partnerReferenceNo: ctx.purchaseRef, amount: { value: '10000.00', currency: 'IDR' }, urlParams: [{ url: 'https://merchant.example/return', type: 'PAY_RETURN', isDeeplink: 'N' }] };
      }),
      post(PATHS.purchaseStatus, 'purchase status', false, (ctx) => ({ originalPartnerReferenceNo: ctx.purchaseRef, serviceCode: '54' })),
    );
  } else notes.push('purchase endpoints missing: left out of the mix');
  // Virtual accounts (issue 18): a new VA and its status, on their own row so the mix stays comparable.
  const virtualAccounts: RequestSpec[] = [];
  if (available.has(PATHS.createVa) && available.has(PATHS.vaStatus)) {
    virtualAccounts.push(
      post(PATHS.createVa, 'create-va', false, (ctx) => {
        ctx.customerNo = `${process.pid}${String(++vaSeq).padStart(10, '0')}`;
        return {
          partnerServiceId: VA_BIN, customerNo: ctx.customerNo, virtualAccountNo: `${VA_BIN}${String(ctx.customerNo)}`, virtualAccountName: 'Bench', virtualAccountEmail: 'bench@example.com',
          virtualAccountPhone: '6281200000000', trxId: nextRef(), totalAmount: { value: '10000.00', currency: 'IDR' }, additionalInfo: { channel: 'VIRTUAL_ACCOUNT_BCA' },
          virtualAccountTrxType: 'C', expiredDate: '2099-01-01T10:00:00+07:00',
        };
      }),
      post(PATHS.vaStatus, 'va status', false, (ctx) => ({ partnerServiceId: VA_BIN, customerNo: ctx.customerNo, virtualAccountNo: `${VA_BIN}${String(ctx.customerNo)}` })),
    );
  } else notes.push('virtual-account endpoints missing: no VA row');
  return { mix, topUp: available.has(PATHS.topUp) ? [topUp] : [], virtualAccounts, notes };
}

/**
 * A purchase opened and a QR paid, one call each, so their costs compare (issue 15: a QR payment
 * should cost about what a purchase costs). The QR is static, generated once, so every payment is new.
 */
export async function paymentRows(s: Signer, url: string, available: Set<string>, tally: Tally): Promise<[string, RequestSpec[]][]> {
  if (![PATHS.purchase, PATHS.qrGenerate, PATHS.qrPayment].every((p) => available.has(p))) return [];
  const generate = JSON.stringify({ partnerReferenceNo: nextRef(), ...MERCHANT });
  const res = await fetch(`${url}${PATHS.qrGenerate}`, { method: 'POST', headers: s.headers(PATHS.qrGenerate, generate, false), body: generate });
  const qrContent = ((await res.json()) as { qrContent?: string }).qrContent;
  if (!qrContent) throw new Error(`QR generate answered ${res.status}`);
  const signed = (path: string, label: string, body: () => unknown) => signedPost(s, tally, path, label, true, body);
  const amount = { value: '10000.00', currency: 'IDR' };
  return [
    ['signed purchase (opened)', [signed(PATHS.purchase, 'purchase', () => ({ partnerReferenceNo: nextRef(), amount, urlParams: [{ url: 'https://merchant.example/return', type: 'PAY_RETURN', isDeeplink: 'N' }] }))]],
    // 100.00 a payment, so a fast run cannot empty the wallet (its 5,000,000.00 and the top-ups before).
    ['signed QR payment (static QR)', [signed(PATHS.qrPayment, 'qr payment', () => ({ partnerReferenceNo: nextRef(), amount: { value: '100.00', currency: 'IDR' }, additionalInfo: { qrContent } }))]],
  ];
}

/**
 * A direct-debit payment host-to-host and its status, as a partner makes them after binding an OVO
 * account once (the binding page completed through /admin/webviews/complete). A payment opens
 * pending and moves no money; it needs only the account's balance (5,000,000.00) to cover its 100.00,
 * and the direct-debit service has no daily limit, so no run can exhaust it.
 */
export async function directDebitRows(s: Signer, url: string, available: Set<string>, tally: Tally): Promise<[string, RequestSpec[]][]> {
  if (![PATHS.ddBinding, PATHS.ddPayment, PATHS.ddStatus].every((p) => available.has(p))) return [];
  const channel = 'EMONEY_OVO_SNAP';
  const bind = JSON.stringify({ phoneNo: '6281299990001', additionalInfo: { channel, custIdMerchant: 'bench', successRegistrationUrl: 'https://merchant.example/ok', failedRegistrationUrl: 'https://merchant.example/failed' } });
  const bound = (await (await fetch(`${url}${PATHS.ddBinding}`, { method: 'POST', headers: s.headers(PATHS.ddBinding, bind, false), body: bind })).json()) as { redirectUrl?: string; additionalInfo?: { authCode?: string } };
  const admin = { 'content-type': 'application/json', ...(process.env.ADMIN_TOKEN ? { authorization: `Bearer ${process.env.ADMIN_TOKEN}` } : {}) };
  const page = (await (await fetch(`${url}/admin/webviews/complete`, { method: 'POST', headers: admin, body: JSON.stringify({ url: bound.redirectUrl }) })).json()) as { status?: number };
  if (!bound.additionalInfo?.authCode || page.status !== 302) throw new Error(`direct-debit binding failed: ${JSON.stringify({ bound, page })}`);
  const customer = await s.withCustomer(bound.additionalInfo.authCode);
  const amount = { value: '100.00', currency: 'IDR' };
  const signed = (path: string, label: string, withCustomer: boolean, body: (ctx: Record<string, unknown>) => unknown) => signedPost(customer, tally, path, label, withCustomer, body);
  return [
    ['signed direct-debit payment + status (OVO)', [
      signed(PATHS.ddPayment, 'dd payment', true, (ctx) => {
        ctx.ddRef = nextRef();
        return {
          partnerReferenceNo: ctx.ddRef, amount, payOptionDetails: [{ payMethod: 'CASH', transAmount: amount, feeAmount: { value: '0.00', currency: 'IDR' } }],
          additionalInfo: { channel, successPaymentUrl: 'https://merchant.example/pay/success', failedPaymentUrl: 'https://merchant.example/pay/failed' },
        };
      }),
      signed(PATHS.ddStatus, 'dd status', false, (ctx) => ({ originalPartnerReferenceNo: ctx.ddRef, serviceCode: '55', additionalInfo: { channel } })),
    ]],
  ];
}
