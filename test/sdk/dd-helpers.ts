import { sdkModule, type Sdk, type SdkSandbox } from './sdk-harness.js';

/** DTOs of DOKU's Node SDK for direct debit, built as its README shows. */
const AccountBindingRequestDto = sdkModule('_models/accountBindingRequestDTO');
const AccountBindingAdditionalInfoRequestDto = sdkModule('_models/accountBindingAdditionalInfoRequestDTO');
const { PaymentRequestDto, TotalAmountDto, PaymentAdditionalInfoRequestDto } = sdkModule('_models/paymentRequestDirectDebitDTO');
const PaymentJumpAppRequestDto = sdkModule('_models/paymentJumpAppRequestDTO');

export const IP = '192.168.100.10';
export const DEVICE = 'sdk-test-device-01';

export function bindingRequest(phoneNo: string, channel: string, custIdMerchant: string): Sdk {
  const info = new AccountBindingAdditionalInfoRequestDto(
    channel,
    custIdMerchant,
    'Budi Santoso',
    'budi@example.com',
    undefined,
    undefined,
    undefined,
    undefined,
    'https://merchant.example/binding/success',
    'https://merchant.example/binding/failed',
    'iPhone 15',
    'ios',
    'app',
  );
  return new AccountBindingRequestDto(phoneNo, info);
}

export function ovoPayment(partnerReferenceNo: string, value: string): Sdk {
  return new PaymentRequestDto(
    partnerReferenceNo,
    new TotalAmountDto(value, 'IDR'),
    [{ payMethod: 'CASH', transAmount: new TotalAmountDto(value, 'IDR'), feeAmount: new TotalAmountDto('0.00', 'IDR') }],
    new PaymentAdditionalInfoRequestDto('EMONEY_OVO_SNAP', 'Order 42', 'https://merchant.example/pay/success', 'https://merchant.example/pay/failed', []),
  );
}

export function jumpAppPayment(partnerReferenceNo: string, value: string, channel = 'EMONEY_DANA_SNAP'): Sdk {
  return new PaymentJumpAppRequestDto(
    partnerReferenceNo,
    { value, currency: 'IDR' },
    [{ url: 'https://merchant.example/return', type: 'PAY_RETURN', isDeepLink: 'N' }],
    '2099-01-01T10:00:00+07:00',
    'app',
    { channel, orderTitle: 'Order 43' },
  );
}

/** The customer's answer on a sandbox page (a form POST), as a browser would send it: the redirect it gets. */
export async function answerPage(env: SdkSandbox, pageUrl: string, fields: Record<string, string>): Promise<{ status: number; location: string | null }> {
  const url = new URL(pageUrl);
  const form = new URLSearchParams({ token: url.searchParams.get('token') ?? '', ...fields }).toString();
  const res = await env.request('POST', url.pathname, form);
  return { status: res.status, location: res.location };
}
