import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadSpec } from '../../src/http/openapi.js';
import { waitFor } from '../notify/partner-server.js';
import { merchantApp, type MerchantApp } from './merchant-app.js';
import { sdkModule, sdkSandbox, type Sdk, type SdkSandbox } from './sdk-harness.js';

/**
 * The VA journey of issue 18 with DOKU's Node SDK on the merchant's side: createVa → the customer
 * pays through the admin API → the merchant is notified and answers with the SDK's helper →
 * checkStatusVa reads it paid → the ledger verifies.
 */
const CreateVARequestDto = sdkModule('_models/createVaRequestDto');
const TotalAmount = sdkModule('_models/totalAmount');
const VirtualAccountConfig = sdkModule('_models/virtualAccountConfig');
const AdditionalInfo = sdkModule('_models/additionalInfo');
const CheckStatusVARequestDto = sdkModule('_models/checkStatusVARequestDTO');
const PaymentNotificationRequestBodyDto = sdkModule('_models/paymentNotificationRequestBodyDTO');

let env: SdkSandbox;
let merchant: MerchantApp;
beforeAll(async () => {
  env = await sdkSandbox();
  merchant = await merchantApp(env.snap, { clientSecret: env.merchant.clientSecret });
});
afterAll(async () => {
  await merchant.close();
  await env.close();
});

/**
 * Whether the sandbox has DOKU's notification token model (issue 14, another branch): the partner
 * registration then takes notificationTokenUrl, and the sandbox fetches the merchant's own token
 * before it notifies. Until that lands, the test that needs it is skipped, by name.
 */
const tokenModel = (): boolean => {
  const registration = loadSpec().document.paths['/admin/partners']?.post as { requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> } } | undefined;
  return Boolean(registration?.requestBody?.content?.['application/json']?.schema?.properties?.notificationTokenUrl);
};

function createRequest(customerNo: string): Sdk {
  return new CreateVARequestDto(
    '   88811',
    customerNo,
    `   88811${customerNo}`,
    'Sari Dewi',
    'sari@example.com',
    '6281355550000',
    `INV-JOURNEY-${customerNo}`,
    new TotalAmount('150000.00', 'IDR'),
    new AdditionalInfo('VIRTUAL_ACCOUNT_BRI', new VirtualAccountConfig(false)),
    'C',
    '2099-06-30T23:59:59+07:00',
    [{ english: 'Order 42', indonesia: 'Pesanan 42' }],
  );
}

async function journey(customerNo: string, notificationPath: string): Promise<{ paid: Record<string, unknown>; request: Sdk }> {
  const request = createRequest(customerNo);
  const created = await env.snap.createVa(request);
  expect(created.responseCode).toBe('2002700');

  const paid = await env.request('POST', `/admin/virtual-accounts/88811${customerNo}/pay`, { amount: '150000.00', senderName: 'Sari Dewi' });
  expect(paid.status).toBe(200);
  await waitFor(() => merchant.calls.some((c) => c.path === notificationPath && (c.body as { paymentRequestId?: string }).paymentRequestId === paid.body.paymentRequestId));

  const status = await env.snap.checkStatusVa(new CheckStatusVARequestDto(request.partnerServiceId, request.customerNo, request.virtualAccountNo, null, null, undefined));
  expect(status).toMatchObject({
    responseCode: '2002600',
    virtualAccountData: { paymentFlagReason: { english: 'Success', indonesia: 'Sukses' }, paymentRequestId: paid.body.paymentRequestId, virtualAccountNo: request.virtualAccountNo },
  });
  const verify = await env.request('GET', '/admin/ledger/verify');
  expect(verify.body.ok).toBe(true);
  return { paid: paid.body, request };
}

describe('the VA journey with DOKU\'s Node SDK', () => {
  it('create → pay through admin → merchant notified (HMAC checked, SDK answer) → status paid → ledger verifies', async () => {
    await env.registerMerchant({ notificationUrl: `${merchant.url}/hmac/v1.1/transfer-va/payment` });
    const { paid, request } = await journey('000000000101', '/hmac/v1.1/transfer-va/payment');
    const call = merchant.calls.find((c) => c.path === '/hmac/v1.1/transfer-va/payment')!;
    expect(call.status).toBe(200);
    // The body fills the SDK's own notification DTO field for field.
    const b = call.body as Record<string, never>;
    const dto = new PaymentNotificationRequestBodyDto(b.partnerServiceId, b.customerNo, b.virtualAccountNo, b.virtualAccountName, b.trxId, b.paymentRequestId, b.paidAmount, b.virtualAccountEmail, b.virtualAccountPhone);
    expect(dto).toMatchObject({ virtualAccountNo: request.virtualAccountNo, trxId: request.trxId, paymentRequestId: paid.paymentRequestId, paidAmount: { value: '150000.00', currency: 'IDR' }, virtualAccountEmail: 'sari@example.com' });
    expect(call.answer).toMatchObject({ responseCode: 2002700, responseMessage: 'success', virtualAccountName: 'Sari Dewi', paymentRequestId: paid.paymentRequestId });
    const log = await env.request('GET', `/admin/notifications?transactionId=${String(paid.referenceNo)}`);
    expect((log.body.notifications as { status: string }[])[0]!.status).toBe('DELIVERED');
  });

  // PENDING issue 14 (DOKU's notification token model, another branch). Runs by itself once the
  // partner registration takes notificationTokenUrl.
  (tokenModel() ? it : it.skip)(
    '[needs issue 14] the sandbox asks the merchant for a token (validateSignature + generateTokenB2B), then notifies with it (validateTokenB2B + generateNotificationResponse)',
    async () => {
      await env.registerMerchant({ notificationUrl: `${merchant.url}/v1.1/transfer-va/payment`, notificationTokenUrl: `${merchant.url}/v1.1/access-token/b2b` });
      const { paid } = await journey('000000000102', '/v1.1/transfer-va/payment');
      const tokenCall = merchant.calls.find((c) => c.path === '/v1.1/access-token/b2b')!;
      expect(tokenCall).toMatchObject({ status: 200, answer: { responseCode: '2007300', tokenType: 'Bearer' } });
      const notification = merchant.calls.find((c) => c.path === '/v1.1/transfer-va/payment')!;
      expect(notification.headers.authorization).toBe(`Bearer ${(tokenCall.answer as { accessToken: string }).accessToken}`);
      expect(notification).toMatchObject({ status: 200, answer: { responseCode: 2002700, paymentRequestId: paid.paymentRequestId } });
    },
  );
});
