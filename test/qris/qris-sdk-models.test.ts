import { describe, expect, it } from '@jest/globals';
import { testSandbox } from '../helpers/harness.js';
import { customerClient, EMPTY, RICH } from '../purchase/purchase-helpers.js';
import { DECODE, GENERATE, generate, idr, pay, QUERY } from './qris-helpers.js';

/**
 * Every QR answer against the response models of DOKU's Wallet SDKs, as each parses JSON:
 * Android (doku-wallet-android-core-sdk, …/response/walletresponse/*Res.kt) with Gson, where a
 * String? field takes a string or a number (its text) but never an object; iOS
 * (doku-wallet-ios-sdk, arm64-apple-ios.swiftinterface) with Codable, where String? takes only a
 * string and Double? only a number. A field either SDK declares must fit both.
 */
type Kind = 'String' | 'Double' | 'Amount' | 'Info';
type Model = Record<string, Kind>;

const AMOUNT: Model = { value: 'Double', currency: 'String' }; // AmountRes.value String? (Android), *QrisAmount.value Double? (iOS)
const INFO_FIELDS = ['approvalCode', 'deviceId', 'linkId', 'authCode', 'remarks', 'merchantId', 'pointOfInitiationMethod', 'pointOfInitiationMethodDescription', 'feeType', 'feeTypeDescription']; // AdditionalInfoRes, all String?

const MODELS: Record<string, Model> = {
  // GenerateQrRes.kt / GenerateQrisResponse
  generate: { responseCode: 'String', responseMessage: 'String', referenceNo: 'String', partnerReferenceNo: 'String', qrContent: 'String', terminalId: 'String' },
  // DecodeQrRes.kt / DecodeQrisResponse
  decode: { responseCode: 'String', responseMessage: 'String', referenceNo: 'String', partnerReferenceNo: 'String', merchantName: 'String', merchantCategory: 'String', merchantLocation: 'String', transactionAmount: 'Amount', feeAmount: 'Amount', additionalInfo: 'Info' },
  // PaymentQrRes.kt / PaymentQrisResponse
  payment: { responseCode: 'String', responseMessage: 'String', referenceNo: 'String', partnerReferenceNo: 'String', transactionDate: 'String', amount: 'Amount', feeAmount: 'Amount', additionalInfo: 'Info' },
  // QueryQrRes.kt / QueryQrisResponse (iOS also approvalCode at the top)
  query: { responseCode: 'String', responseMessage: 'String', originalReferenceNo: 'String', originalPartnerReferenceNo: 'String', serviceCode: 'String', latestTransactionStatus: 'String', transactionStatusDesc: 'String', paidTime: 'String', amount: 'Amount', feeAmount: 'Amount', approvalCode: 'String', additionalInfo: 'Info' },
};

function misfits(body: Record<string, unknown>, model: Model, where = ''): string[] {
  const out: string[] = [];
  for (const [field, kind] of Object.entries(model)) {
    const value = body[field];
    if (value === undefined || value === null) continue; // every model field is optional
    const at = `${where}${field}`;
    if (kind === 'String' && typeof value !== 'string') out.push(`${at} must be a string (iOS String?), got ${JSON.stringify(value)}`);
    if (kind === 'Double' && typeof value !== 'number') out.push(`${at} must be a number (iOS Double?; Gson reads its text), got ${JSON.stringify(value)}`);
    if (kind === 'Amount') out.push(...(typeof value === 'object' ? misfits(value as Record<string, unknown>, AMOUNT, `${at}.`) : [`${at} must be an object`]));
    if (kind === 'Info') {
      if (typeof value !== 'object') out.push(`${at} must be an object`);
      else for (const f of INFO_FIELDS) if ((value as Record<string, unknown>)[f] !== undefined && typeof (value as Record<string, unknown>)[f] !== 'string') out.push(`${at}.${f} must be a string`);
    }
  }
  return out;
}

describe("QR answers fit DOKU's Wallet SDK models", () => {
  it('when every QR call succeeds or fails, then each answer parses in both SDKs: strings where they declare String, numbers where iOS declares Double, no object where a string is expected', async () => {
    const sb = await testSandbox();
    const client = await customerClient(sb, RICH);
    const answers: [string, Record<string, unknown>][] = [];
    const keep = (model: string, body: Record<string, unknown>) => answers.push([model, body]);

    const dynamic = await client.post(GENERATE, { partnerReferenceNo: 'SDK-1', merchantId: 'M-SANDBOX-0001', terminalId: 'A01', amount: idr('10000.50'), feeAmount: idr('500.00'), additionalInfo: { postalCode: '13120', feeType: '2' } });
    keep('generate', dynamic.body);
    const tips = await generate(client, 'SDK-2', { additionalInfo: { feeType: '3' } });
    keep('generate', (await client.post(GENERATE, { partnerReferenceNo: 'SDK-BAD', merchantId: 'WRONG' })).body);
    const badCrc = tips.qrContent.slice(0, -1) + (tips.qrContent.endsWith('0') ? '1' : '0');
    for (const qrContent of [dynamic.body.qrContent as string, tips.qrContent, badCrc]) {
      keep('decode', (await client.post(DECODE, { partnerReferenceNo: 'SDK-D', qrContent, scanTime: '2024-11-25T10:00:00+07:00' })).body);
    }
    keep('query', (await client.post(QUERY, { originalReferenceNo: dynamic.body.referenceNo, originalPartnerReferenceNo: 'SDK-1', serviceCode: '51', merchantId: 'M-SANDBOX-0001' })).body);
    keep('payment', (await pay(client, 'SDK-P1', dynamic.body.qrContent as string, '10000.50', '500.00')).body);
    keep('payment', (await pay(client, 'SDK-P2', tips.qrContent, '25000.00', '5000.00')).body);
    keep('payment', (await pay(await customerClient(sb, EMPTY), 'SDK-P3', tips.qrContent, '25000.00')).body);
    await customerClient(sb, RICH).then((c) => Object.assign(client, { b2bToken: c.b2bToken, customerToken: c.customerToken }));
    keep('query', (await client.post(QUERY, { originalReferenceNo: dynamic.body.referenceNo, serviceCode: '47' })).body);
    keep('query', (await client.post(QUERY, { originalReferenceNo: 'UNKNOWN', serviceCode: '50' })).body);

    expect(answers.map(([, b]) => b.responseCode)).toEqual(['2004700', '4044708', '2004800', '2004800', '4004801', '2005100', '2005000', '2005000', '4035014', '2005100', '4045101']);
    expect(answers.flatMap(([model, body]) => misfits(body, MODELS[model]!).map((m) => `${model} ${String(body.responseCode)}: ${m}`))).toEqual([]);
  });
});
