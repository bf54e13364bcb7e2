import { createCipheriv, randomBytes } from 'node:crypto';
import type { SnapClient, TestSandbox } from './harness.js';

export const DD = {
  binding: '/direct-debit/core/v1/registration-account-binding',
  unbinding: '/direct-debit/core/v1/registration-account-unbinding',
  card: '/direct-debit/core/v1/registration-card-bind',
  cardUnbind: '/direct-debit/core/v1/registration-card-unbind',
  payment: '/direct-debit/core/v1/debit/payment-host-to-host',
  balance: '/direct-debit/core/v1/balance-inquiry',
  refund: '/direct-debit/core/v1/debit/refund',
  status: '/orders/v1.0/debit/status',
};

let phoneSeq = 0;
/** A phone number no other test binds. */
export function freshPhone(): string {
  phoneSeq += 1;
  return `62812${String(Date.now() % 1e6).padStart(6, '0')}${String(phoneSeq).padStart(3, '0')}`;
}

export function bindingBody(channel: string, phoneNo = freshPhone(), extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    phoneNo,
    additionalInfo: {
      channel,
      custIdMerchant: 'cust-001',
      successRegistrationUrl: 'https://merchant.example/binding/success',
      failedRegistrationUrl: 'https://merchant.example/binding/failed',
      ...extra,
    },
  };
}

/** cardData as DOKU's SDKs make it: AES-128-CBC under the secret's first 16 characters, "cipher|iv" in base64. */
export function encryptCard(card: Record<string, unknown>, clientSecret: string): string {
  const key = Buffer.from(clientSecret.length >= 16 ? clientSecret.slice(0, 16) : clientSecret.padEnd(16, '-'));
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-128-cbc', key, iv);
  return `${cipher.update(JSON.stringify(card), 'utf8', 'base64')}${cipher.final('base64')}|${iv.toString('base64')}`;
}

export function pageToken(url: string): string {
  return new URL(url).searchParams.get('token')!;
}

/** The customer's answer on the binding page; the redirect location. */
export async function answerBinding(sb: TestSandbox, redirectUrl: string, action: 'allow' | 'decline'): Promise<string> {
  const res = await sb.http.post('/webview/direct-debit/binding').type('form').send({ token: pageToken(redirectUrl), action });
  if (res.status !== 302) throw new Error(`binding page answered ${res.status}: ${res.text.slice(0, 200)}`);
  return res.headers.location as string;
}

/** The customer's answer on the payment page; the response (302 to the merchant, or the page again). */
export function answerPayment(sb: TestSandbox, webRedirectUrl: string, fields: Record<string, string>) {
  return sb.http.post('/webview/direct-debit/pay').type('form').send({ token: pageToken(webRedirectUrl), ...fields });
}

/**
 * A bound customer on a channel: the client gets a fresh B2B token (one client per partner at a
 * time: the latest token wins) and the binding's customer token.
 */
export async function boundCustomer(sb: TestSandbox, client: SnapClient, channel = 'EMONEY_OVO_SNAP', phoneNo = freshPhone()): Promise<{ client: SnapClient; authCode: string; referenceNo: string; phoneNo: string }> {
  client.customerToken = undefined;
  await client.getB2bToken();
  const bound = await client.post(DD.binding, bindingBody(channel, phoneNo, channel === 'DIRECT_DEBIT_ALLO_SNAP' ? { deviceModel: 'Pixel', osType: 'android', channelId: 'app' } : {}), { 'X-DEVICE-ID': 'device-1' });
  if (bound.status !== 200) throw new Error(`binding failed: ${JSON.stringify(bound.body)}`);
  await answerBinding(sb, bound.body.redirectUrl, 'allow');
  await client.getCustomerToken(bound.body.additionalInfo.authCode);
  return { client, authCode: bound.body.additionalInfo.authCode, referenceNo: bound.body.referenceNo, phoneNo };
}

export function ovoPaymentBody(partnerReferenceNo: string, value = '50000.00', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    partnerReferenceNo,
    amount: { value, currency: 'IDR' },
    payOptionDetails: [{ payMethod: 'CASH', transAmount: { value, currency: 'IDR' }, feeAmount: { value: '0.00', currency: 'IDR' } }],
    additionalInfo: { channel: 'EMONEY_OVO_SNAP', successPaymentUrl: 'https://merchant.example/pay/success', failedPaymentUrl: 'https://merchant.example/pay/failed', ...extra },
  };
}

export function danaJumpAppBody(partnerReferenceNo: string, value = '30000.00', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    partnerReferenceNo,
    amount: { value, currency: 'IDR' },
    urlParam: [{ url: 'https://merchant.example/return', type: 'PAY_RETURN', isDeepLink: 'N' }],
    validUpTo: '2099-01-01T10:00:00+07:00',
    pointOfInitiation: 'app',
    additionalInfo: { channel: 'EMONEY_DANA_SNAP', orderTitle: 'Order' },
    ...extra,
  };
}

let refSeq = 0;
export function ref(prefix: string): string {
  refSeq += 1;
  return `${prefix}${Date.now() % 1e7}${refSeq}`;
}
