import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { waitFor } from '../helpers/partner-server.js';
import { merchantApp, type MerchantApp, type MerchantCall } from './merchant-app.js';
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
// The merchant's DIPC answer, built with the DTOs of the SDK's README ("Virtual Account (DIPC)").
const InquiryResponseBodyDTO = sdkModule('_models/inquiryResponseBodyDTO');
const InquiryResponseVirtualAccountDataDTO = sdkModule('_models/InquiryResponseVirtualAccountDataDTO');
const InquiryResponseAdditionalInfoDTO = sdkModule('_models/inquiryResponseAdditionalInfoDTO');
const InquiryReasonDto = sdkModule('_models/inquiryReasonDTO');

let env: SdkSandbox;
let merchant: MerchantApp;
/** What the merchant's direct-inquiry endpoint answers; by default, no such bill. */
let inquire: (body: Record<string, unknown>, tokenValid: boolean) => { status: number; body: unknown } = () => ({ status: 404, body: { responseCode: '4042412', responseMessage: 'Bill not found' } });
beforeAll(async () => {
  env = await sdkSandbox();
  merchant = await merchantApp(env.snap, { clientSecret: env.merchant.clientSecret, inquire: (body, valid) => inquire(body, valid) });
});
afterAll(async () => {
  await merchant.close();
  await env.close();
});

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

  const tokenCalls = () => merchant.calls.filter((c) => c.path === '/v1.1/access-token/b2b');
  const issuedToken = (call: MerchantCall) => (call.answer as { accessToken: string }).accessToken;

  it("in DOKU's token model: the sandbox asks the merchant for a token (validateSignature + generateTokenB2B), then notifies with it (validateTokenB2B + generateNotificationResponse)", async () => {
    await env.registerMerchant({ notificationUrl: `${merchant.url}/v1.1/transfer-va/payment`, notificationTokenUrl: `${merchant.url}/v1.1/access-token/b2b` });
    expect(tokenCalls()).toHaveLength(1); // the registration asks once, to check the URL
    const { paid } = await journey('000000000102', '/v1.1/transfer-va/payment');
    expect(tokenCalls()).toHaveLength(2);
    const tokenCall = tokenCalls().at(-1)!;
    expect(tokenCall).toMatchObject({ status: 200, answer: { responseCode: '2007300', tokenType: 'Bearer' } });
    const notification = merchant.calls.find((c) => c.path === '/v1.1/transfer-va/payment')!;
    expect(notification.headers.authorization).toBe(`Bearer ${issuedToken(tokenCall)}`);
    expect(notification).toMatchObject({ status: 200, answer: { responseCode: 2002700, paymentRequestId: paid.paymentRequestId } });
  });

  it("direct inquiry (DIPC) in DOKU's token model: the merchant's SDK accepts the sandbox's token request and its inquiry (validateTokenB2B), answers the bill as its README shows, and the payment of that bill is notified with the same token", async () => {
    const asked: { body: Record<string, unknown>; tokenValid: boolean }[] = [];
    inquire = (body, tokenValid) => {
      asked.push({ body, tokenValid });
      if (!tokenValid) return { status: 401, body: { responseCode: '4010000', responseMessage: 'Unauthorized' } };
      const virtualAccountData = new InquiryResponseVirtualAccountDataDTO();
      Object.assign(virtualAccountData, {
        partnerServiceId: body.partnerServiceId,
        customerNo: body.customerNo,
        virtualAccountNo: body.virtualAccountNo,
        virtualAccountName: 'Dewi Lestari',
        virtualAccountEmail: 'dewi@example.com',
        virtualAccountPhone: '6281377770000',
        totalAmount: Object.assign(new TotalAmount(), { value: '25000.00', currency: 'IDR' }),
        virtualAccountTrxType: 'C',
        additionalInfo: Object.assign(new InquiryResponseAdditionalInfoDTO(), { channel: (body.additionalInfo as { channel: string }).channel, trxId: 'INV-SDK-DIPC-1' }),
        inquiryStatus: '00',
        inquiryReason: Object.assign(new InquiryReasonDto(), { english: 'Success', indonesia: 'Sukses' }),
        inquiryRequestId: body.inquiryRequestId,
      });
      return { status: 200, body: Object.assign(new InquiryResponseBodyDTO(), { responseCode: '2002400', responseMessage: 'Successful', virtualAccountData }) };
    };
    await env.registerMerchant({
      notificationUrl: `${merchant.url}/v1.1/transfer-va/payment`,
      notificationTokenUrl: `${merchant.url}/v1.1/access-token/b2b`,
      directInquiryUrl: `${merchant.url}/v1.1/transfer-va/inquiry`,
      partnerServiceId: '88833',
    });
    const before = merchant.calls.length;
    const paid = await env.request('POST', '/admin/virtual-accounts/88833000000000201/pay', { channel: 'VIRTUAL_ACCOUNT_BCA', senderName: 'Dewi' });
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({ responseCode: '2002500', trxId: 'INV-SDK-DIPC-1', paidAmount: { value: '25000.00' } });
    expect(asked).toEqual([{ body: expect.objectContaining({ virtualAccountNo: '   88833000000000201', inquiryRequestId: expect.any(String) }), tokenValid: true }]);
    const inquiry = merchant.calls.slice(before).find((c) => c.path === '/v1.1/transfer-va/inquiry')!;
    const token = String(inquiry.headers.authorization).replace(/^Bearer /, '');
    expect(tokenCalls().map(issuedToken)).toContain(token);

    await waitFor(() => merchant.calls.some((c) => c.path === '/v1.1/transfer-va/payment' && (c.body as { paymentRequestId?: string }).paymentRequestId === paid.body.paymentRequestId));
    const notification = merchant.calls.find((c) => c.path === '/v1.1/transfer-va/payment' && (c.body as { paymentRequestId?: string }).paymentRequestId === paid.body.paymentRequestId)!;
    expect(notification).toMatchObject({ status: 200, headers: { authorization: `Bearer ${token}` }, answer: { responseCode: 2002700, virtualAccountName: 'Dewi Lestari' } });
    const status = await env.snap.checkStatusVa(new CheckStatusVARequestDto('   88833', '000000000201', '   88833000000000201', null, null, undefined));
    expect(status).toMatchObject({ responseCode: '2002600', virtualAccountData: { paymentFlagReason: { english: 'Success' }, paymentRequestId: paid.body.paymentRequestId } });
  });
});
