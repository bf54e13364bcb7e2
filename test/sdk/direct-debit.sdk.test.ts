import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { answerPage, bindingRequest, DEVICE, IP, jumpAppPayment, ovoPayment } from './dd-helpers.js';
import { sdkModule, sdkSandbox, type SdkSandbox } from './sdk-harness.js';

/**
 * Every direct-debit method of DOKU's Node SDK's Snap class, unchanged, against the sandbox, in
 * the order of the direct-debit journey: bind → pay → refund → status → unbind, then card
 * registration and the jump-app payment. Each gets DOKU's success and the SDK's own handling
 * (its response classes where it has them) reads it.
 */
const BalanceInquiryRequestDto = sdkModule('_models/balanceInquiryRequestDTO');
const BalanceInquiryAdditionalInfoRequestDto = sdkModule('_models/balanceInquiryAdditionalInfoRequestDTO');
const RefundRequestDto = sdkModule('_models/refundRequestDTO');
const CheckStatusDirectDebitDTO = sdkModule('_models/checkStatusDirectDebitRequestDTO');
const { AccountUnbindingRequestDto, AccountUnbindingAdditionalInfo } = sdkModule('_models/accountUnbindingRequestDTO');
const CardRegistrationRequestDTO = sdkModule('_models/cardRegistrationRequestDTO');
const CardUnRegistUnbindRequestDTO = sdkModule('_models/cardUnregistUnbindRequestDTO');

let env: SdkSandbox;
beforeAll(async () => {
  env = await sdkSandbox();
});
afterAll(() => env.close());

const state: { authCode?: string; referenceNo?: string; partnerReferenceNo?: string } = {};

describe('direct debit through DOKU\'s Node SDK: the journey bind → pay → refund → status → unbind', () => {
  it('doAccountBinding (OVO): PENDING with the channel\'s page and an authCode; the customer allows it there', async () => {
    const response = await env.snap.doAccountBinding(bindingRequest('6281311112222', 'EMONEY_OVO_SNAP', 'cust-001'), IP, DEVICE);
    expect(response).toMatchObject({
      responseCode: '2000700',
      responseMessage: 'Successful',
      referenceNo: expect.any(String),
      redirectUrl: expect.stringContaining('/webview/direct-debit/binding?token='),
      additionalInfo: { custIdMerchant: 'cust-001', status: 'PENDING', authCode: expect.stringMatching(/^\d{40}$/) },
    });
    state.authCode = response.additionalInfo.authCode;
    const page = await env.request('GET', new URL(response.redirectUrl).pathname + new URL(response.redirectUrl).search);
    expect(page.text).toContain('OVO');
    const allowed = await answerPage(env, response.redirectUrl, { action: 'allow' });
    expect(allowed.status).toBe(302);
    expect(allowed.location).toMatch(new RegExp(`^https://merchant\\.example/binding/success\\?authCode=${state.authCode}&`));
  });

  it('doBalanceInquiry: the SDK trades the authCode for a customer token and reads the OVO balance', async () => {
    const request = new BalanceInquiryRequestDto(new BalanceInquiryAdditionalInfoRequestDto('EMONEY_OVO_SNAP'));
    const response = await env.snap.doBalanceInquiry(request, state.authCode, IP);
    expect(env.snap.tokenB2b2c).toMatch(/^eyJ/);
    expect(response).toMatchObject({ responseCode: '2001100', accountInfos: [{ balanceType: 'Cash', amount: { value: '5000000.00', currency: 'IDR' }, holdAmount: { value: '0.00' } }] });
  });

  it('doPayment: host-to-host with the customer token, read by PaymentResponseDirectDebitDTO; the customer pays on the channel\'s page', async () => {
    state.partnerReferenceNo = `INV-OVO-${Date.now()}`;
    const response = await env.snap.doPayment(ovoPayment(state.partnerReferenceNo, '125000.00'), state.authCode, IP, DEVICE);
    expect(response.constructor.name).toBe('PaymentResponseDirectDebitDTO');
    expect(response).toMatchObject({ responseCode: '2005400', partnerReferenceNo: state.partnerReferenceNo, referenceNo: expect.any(String), webRedirectUrl: expect.stringContaining('/webview/direct-debit/pay?token=') });
    state.referenceNo = response.referenceNo;
    const paid = await answerPage(env, response.webRedirectUrl, { action: 'pay' });
    expect(paid.location).toMatch(/^https:\/\/merchant\.example\/pay\/success\?.*status=SUCCESS/);
  });

  it('doRefund: part of the payment back to the OVO account', async () => {
    const request = new RefundRequestDto(state.partnerReferenceNo, { value: '25000.00', currency: 'IDR' }, `RFD-${Date.now()}`, undefined, 'one item returned', { channel: 'EMONEY_OVO_SNAP' });
    const response = await env.snap.doRefund(request, state.authCode, IP, DEVICE);
    expect(response).toMatchObject({ responseCode: '2005800', refundAmount: { value: '25000.00', currency: 'IDR' }, originalPartnerReferenceNo: state.partnerReferenceNo, originalReferenceNo: state.referenceNo, refundNo: expect.any(String) });
  });

  it('doCheckStatus (serviceCode 55): paid, with the refund in refundHistory', async () => {
    const request = new CheckStatusDirectDebitDTO(state.partnerReferenceNo, state.referenceNo, undefined, '55', undefined, undefined, undefined, undefined, undefined, { channel: 'EMONEY_OVO_SNAP' });
    const response = await env.snap.doCheckStatus(request);
    expect(response).toMatchObject({
      responseCode: '2005500',
      serviceCode: '55',
      latestTransactionStatus: '00',
      transAmount: { value: '125000.00', currency: 'IDR' },
      refundHistory: [{ refundAmount: { value: '25000.00' }, refundStatus: '00' }],
      additionalInfo: { channel: 'EMONEY_OVO_SNAP' },
    });
    const balance = await env.snap.doBalanceInquiry(new BalanceInquiryRequestDto(new BalanceInquiryAdditionalInfoRequestDto('EMONEY_OVO_SNAP')), state.authCode, IP);
    expect(balance.accountInfos[0].amount.value).toBe('4900000.00');
  });

  it('doAccountUnbinding: the customer token names the binding; afterwards the authCode buys no token', async () => {
    const request = new AccountUnbindingRequestDto(env.snap.tokenB2b2c, new AccountUnbindingAdditionalInfo('EMONEY_OVO_SNAP'));
    const response = await env.snap.doAccountUnbinding(request, IP);
    expect(response).toMatchObject({ responseCode: '2000900', referenceNo: expect.any(String) });
    const refused = (await env.snap.getTokenB2B2c(state.authCode).catch((e: unknown) => e)) as { response: { status: number; data: unknown } };
    expect(refused.response.status).toBe(401);
    expect(refused.response.data).toEqual({ responseCode: '4017400', responseMessage: 'Unauthorized. Invalid Auth Code' });
    const verify = await env.request('GET', '/admin/ledger/verify');
    expect(verify.body.ok).toBe(true);
  });
});

describe('card registration and the jump-app payment through the SDK', () => {
  it('doRegistrationCardBind (BRI): the SDK encrypts cardData with the secret; the sandbox reads it; the customer confirms', async () => {
    const request = new CardRegistrationRequestDTO(
      { bankCardNo: '5221843000001234', bankCardType: 'D', expiryDate: '1239', identificationNo: '3171000000000001', identificationType: 'KTP' },
      'cust002',
      '6281399990000',
      { channel: 'DIRECT_DEBIT_BRI_SNAP', successRegistrationUrl: 'https://merchant.example/card/success', failedRegistrationUrl: 'https://merchant.example/card/failed', dateOfBirth: '19900101' },
    );
    const response = await env.snap.doRegistrationCardBind(request);
    // The SDK resolves with axios' whole response here; the body is DOKU's.
    expect(response.data).toMatchObject({ responseCode: '2000100', redirectUrl: expect.any(String), additionalInfo: { custIdMerchant: 'cust002', status: 'PENDING', authCode: expect.any(String) } });
    expect(request.cardData).toMatch(/^[A-Za-z0-9+/=]+\|[A-Za-z0-9+/=]+$/);
    const page = await env.request('GET', new URL(response.data.redirectUrl).pathname + new URL(response.data.redirectUrl).search);
    expect(page.text).toContain('ending 1234');
    await answerPage(env, response.data.redirectUrl, { action: 'allow' });
    state.authCode = response.data.additionalInfo.authCode;
  });

  it('doUnRegistCardUnBind: the card\'s customer token (getTokenB2B2c) as tokenId', async () => {
    const token = await env.snap.getTokenB2B2c(state.authCode);
    const response = await env.snap.doUnRegistCardUnBind(new CardUnRegistUnbindRequestDTO(token.accessToken, { channel: 'DIRECT_DEBIT_BRI_SNAP' }));
    expect(response).toMatchObject({ responseCode: '2000500', referenceNo: expect.any(String) });
  });

  it('doPaymentJumpApp (DANA): no binding; the customer pays in the app with their number and returns to PAY_RETURN', async () => {
    const partnerReferenceNo = `INV-DANA-${Date.now()}`;
    const response = await env.snap.doPaymentJumpApp(jumpAppPayment(partnerReferenceNo, '40000.00'), IP, DEVICE);
    expect(response).toMatchObject({ responseCode: '2005400', partnerReferenceNo, webRedirectUrl: expect.stringContaining('/webview/direct-debit/pay?token='), additionalInfo: { webRedirectUrl: expect.any(String) } });
    const paid = await answerPage(env, response.webRedirectUrl, { action: 'pay', phoneNo: '6281277776666' });
    expect(paid.location).toMatch(/^https:\/\/merchant\.example\/return\?.*status=SUCCESS/);
    const status = await env.snap.doCheckStatus(new CheckStatusDirectDebitDTO(partnerReferenceNo, undefined, undefined, '55', undefined, undefined, undefined, undefined, undefined, {}));
    expect(status).toMatchObject({ latestTransactionStatus: '00', transAmount: { value: '40000.00' }, additionalInfo: { channel: 'EMONEY_DANA_SNAP' } });
  });
});
