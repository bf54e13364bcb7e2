import { beforeAll, describe, expect, it } from '@jest/globals';
import { consent, creationBody, otpFor, P, pathOf, ref, submitForm } from '../helpers/account-journey.js';
import { clientFor, SnapClient, testSandbox, type TestSandbox } from '../helpers/harness.js';
import { decodeProblems, ERROR_MODELS, SDK_ENDPOINTS, SDK_QR_ENDPOINTS, type EndpointModels, type Sdk } from './doku-sdk-models.js';

/**
 * Issue 14.1: every answer of an endpoint DOKU's Wallet SDKs call, success and error, decodes with
 * the SDK's own response model (doku-sdk-models.ts names the source file of each field type).
 * One sandbox walks the SDK's journey once and keeps every answer per path, then each endpoint is
 * checked against its Android class and iOS struct; error answers also against the error models.
 */
interface Answer {
  label: string;
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

const answers = new Map<string, Answer[]>();
let sb: TestSandbox;
let c: SnapClient;

async function keep(path: string, label: string, reply: Promise<{ status: number; body: unknown; headers: Record<string, string> }>) {
  const res = await reply;
  answers.set(path, [...(answers.get(path) ?? []), { label, status: res.status, body: res.body, headers: res.headers }]);
  return res as { status: number; body: Record<string, any> };
}

const TOKEN_B2B = '/authorization/v1/access-token/b2b';
const BANK_INQUIRY = '/snap-adapter/b2b/v1.0/emoney/bank-account-inquiry';
const TRANSFER = '/snap-adapter/b2b2c/v1.0/emoney/transfer-bank';
const idr = (value: string) => ({ value, currency: 'IDR' });

/** The SDK's journey (token → account → OTP → PIN → binding → consent → B2B2C token → query → bank), plus its usual refusals. */
async function walkTheSdkJourney(): Promise<void> {
  const post = (path: string, label: string, body: unknown, headers: Record<string, string | undefined> = {}) => keep(path, label, c.post(path, body, headers));

  await keep(TOKEN_B2B, 'bad signature', c.tokenRequest(TOKEN_B2B, { grantType: 'client_credentials' }, { 'X-SIGNATURE': 'AAAA' }));
  await keep(TOKEN_B2B, 'no grantType', c.tokenRequest(TOKEN_B2B, {}));
  await keep(TOKEN_B2B, 'unknown client', c.tokenRequest(TOKEN_B2B, { grantType: 'client_credentials' }, { 'X-CLIENT-KEY': 'BRN-9999-0000000000000' }));
  await post(P.create, 'empty B2B token (the demo\'s first call)', creationBody());
  const token = await keep(TOKEN_B2B, 'success', c.tokenRequest(TOKEN_B2B, { grantType: 'client_credentials' }));
  c.b2bToken = token.body.accessToken;

  const creation = creationBody();
  const created = await post(P.create, 'success', creation);
  await post(P.create, 'missing name', { ...creationBody(), name: undefined });
  await post(P.create, 'phone already registered', creationBody({ phoneNo: '6281212340010' }));
  await post(P.create, 'same partnerReferenceNo, other body', { ...creation, name: 'Someone Else' });

  const journey = { originalPartnerReferenceNo: creation.partnerReferenceNo, originalReferenceNo: created.body.referenceNo };
  const otp = await otpFor(sb, created.body.referenceNo);
  await post(P.verify, 'wrong OTP', { ...journey, otp: otp === '999999' ? '888888' : '999999' });
  await post(P.verify, 'unknown referenceNo', { ...journey, originalReferenceNo: 'NOSUCHREFERENCE', otp: '123456' });
  await post(P.verify, 'missing otp', journey);
  const verified = await post(P.verify, 'success', { ...journey, otp });

  const pinPage = `${pathOf(verified.body.qparamsURL)}?token=${verified.body.qparams.token}`;
  const pinPost = await submitForm(sb, pinPage, (await sb.http.get(pinPage)).text, { pin: '271828', confirmPin: '271828' });
  const accountId = pinPost.headers.location!.match(/(?<=\?accountId=)\d+/)![0];

  await post(P.bind, 'unknown accountId', { partnerReferenceNo: ref(), redirectUrl: 'https://walletsdk.com', successParams: { accountId: '9999999999' } });
  await post(P.bind, 'missing successParams', { partnerReferenceNo: ref(), redirectUrl: 'https://walletsdk.com' });
  const bound = await post(P.bind, 'success', { partnerReferenceNo: ref(), redirectUrl: 'https://walletsdk.com', successParams: { accountId } });
  const consented = await consent(sb, pathOf(bound.body.nextAction), '271828');
  const authCode = consented.headers.location!.match(/(?<=\?authCode=)[^&]+/)![0];

  await keep(P.tokenB2b2c, 'unknown authCode', c.tokenRequest(P.tokenB2b2c, { grantType: 'authorization_code', authCode: 'no-such-code' }));
  await keep(P.tokenB2b2c, 'bad grantType', c.tokenRequest(P.tokenB2b2c, { grantType: 'password' }));
  const customer = await keep(P.tokenB2b2c, 'success', c.tokenRequest(P.tokenB2b2c, { grantType: 'authorization_code', authCode }));
  c.customerToken = customer.body.accessToken;

  await post(P.inquiry, 'success', { partnerReferenceNo: ref(), additionalInfo: { accountId } });
  await post(P.inquiry, 'unbound account', { partnerReferenceNo: ref(), additionalInfo: { accountId: '1140340012' } });
  await post(P.inquiry, 'invalid B2B token', { partnerReferenceNo: ref(), additionalInfo: { accountId } }, { Authorization: 'Bearer not-a-token' });

  const inquiry = { partnerReferenceNo: ref(), customerNumber: accountId, amount: idr('10000.00'), beneficiaryAccountNumber: '8377388292', additionalInfo: { bankCode: '014' } };
  await post(BANK_INQUIRY, 'success', inquiry);
  await post(BANK_INQUIRY, 'success, whole-number amount', { ...inquiry, partnerReferenceNo: ref(), amount: idr('10000') });
  await post(BANK_INQUIRY, 'always-invalid bank account', { ...inquiry, partnerReferenceNo: ref(), beneficiaryAccountNumber: '9999999999' });
  await post(BANK_INQUIRY, 'three decimals', { ...inquiry, partnerReferenceNo: ref(), amount: idr('10000.001') });

  const transfer = { partnerReferenceNo: ref(), customerNumber: accountId, accountType: 'SAVINGS', beneficiaryAccountNumber: '8377388292', beneficiaryBankCode: '014', amount: idr('10000.00'), additionalInfo: {} };
  await post(TRANSFER, 'wallet empty', transfer);
  await post(TRANSFER, 'no customer token', { ...transfer, partnerReferenceNo: ref() }, { 'Authorization-Customer': undefined });
  await post(TRANSFER, 'invalid customer token', { ...transfer, partnerReferenceNo: ref() }, { 'Authorization-Customer': 'Bearer nope' });
  await post(TRANSFER, 'missing amount', { ...transfer, partnerReferenceNo: ref(), amount: undefined });
  const seeded = new SnapClient(sb.app, sb.partner, () => sb.clock.now());
  seeded.b2bToken = c.b2bToken;
  await seeded.getCustomerToken('cfb5de1a-6a40-40e0-8549-0634bcaed8ed'); // Budi, 5,000,000.00
  const paid = { ...transfer, partnerReferenceNo: ref(), customerNumber: '1140340010' };
  await keep(TRANSFER, 'success', seeded.post(TRANSFER, paid));
  await keep(TRANSFER, 'same partnerReferenceNo, other body', seeded.post(TRANSFER, { ...paid, amount: idr('20000.00') }));
  await walkTheQrJourney(seeded);
}

/**
 * The QR calls of DOKU's demo (ui/qris/*ViewModel.kt), with the SDK's request models, plus the QRs
 * the demo can meet: a fixed fee in sen (a non-whole Double on iOS), a static QR that asks for a
 * tip, a corrupted CRC, a short wallet. The default partner is registered as DOKU's demo merchant
 * (2997, terminal K45), as docs/fidelity.md "QR merchant and terminal" tells a partner to.
 * Payer: the seeded rich wallet; the short one is Citra's, empty.
 */
async function walkTheQrJourney(payer: SnapClient): Promise<void> {
  const [GENERATE, QUERY, DECODE, PAYMENT] = SDK_QR_ENDPOINTS.map((e) => e.path) as [string, string, string, string];
  const post = (path: string, label: string, body: unknown, headers: Record<string, string | undefined> = {}, client = payer) => keep(path, label, client.post(path, body, headers));
  const seeded = sb.ctx.store.partners.get(sb.partner.clientId)!;
  await sb.http.post('/admin/partners').send({ clientId: seeded.id, clientSecret: seeded.clientSecret, publicKey: seeded.publicKeyPem, authCodeKey: seeded.authCodeKey, merchantId: '2997', terminals: ['K45'] }).expect(201);

  const generate = { partnerReferenceNo: ref(), amount: idr('10000'), merchantId: '2997', terminalId: 'K45', additionalInfo: { postalCode: '13120', feeType: '1' } };
  const generated = await post(GENERATE, 'success', generate);
  const fixedFee = { partnerReferenceNo: ref(), amount: idr('10000.50'), feeAmount: idr('500.00'), merchantId: '2997', terminalId: 'K45', additionalInfo: { feeType: '2' } };
  const withFee = await post(GENERATE, 'success, fixed fee with sen', fixedFee);
  const tips = await post(GENERATE, 'success, static QR asking for a tip', { partnerReferenceNo: ref(), merchantId: '2997', additionalInfo: { feeType: '3' } });
  await post(GENERATE, 'missing partnerReferenceNo', { ...generate, partnerReferenceNo: undefined });
  await post(GENERATE, 'invalid B2B token', { ...generate, partnerReferenceNo: ref() }, { Authorization: 'Bearer not-a-token' });
  await post(GENERATE, 'another merchant\'s merchantId', { ...generate, partnerReferenceNo: ref(), merchantId: 'M-SANDBOX-0001' });

  const qrContent = generated.body.qrContent as string;
  const tipsQr = tips.body.qrContent as string;
  const scan = (content: string | undefined) => ({ partnerReferenceNo: ref(), qrContent: content, scanTime: '2024-03-26T16:01:41+07:00' });
  await post(DECODE, 'success', scan(qrContent));
  await post(DECODE, 'success, fixed fee with sen', scan(withFee.body.qrContent));
  await post(DECODE, 'success, static QR asking for a tip', scan(tipsQr));
  await post(DECODE, 'not a QR', scan('not-a-qr-content'));
  await post(DECODE, 'wrong CRC', scan(tipsQr.slice(0, -1) + (tipsQr.endsWith('0') ? '1' : '0')));
  await post(DECODE, 'missing qrContent', scan(undefined));

  const query = { originalReferenceNo: generated.body.referenceNo, originalPartnerReferenceNo: generate.partnerReferenceNo, serviceCode: '47', merchantId: '2997' };
  await post(QUERY, 'success, not paid yet (the Android demo\'s serviceCode 51)', { ...query, serviceCode: '51' });

  const payment = { partnerReferenceNo: ref(), amount: idr('10000.00'), feeAmount: idr('0.00'), additionalInfo: { qrContent } };
  await post(PAYMENT, 'empty customer token (the demo before 4015001)', payment, { 'Authorization-Customer': 'Bearer' });
  await post(PAYMENT, 'missing amount', { ...payment, partnerReferenceNo: ref(), amount: undefined });
  await post(PAYMENT, 'success', payment);
  await post(PAYMENT, 'success, fixed fee with sen', { partnerReferenceNo: ref(), amount: idr('10000.50'), feeAmount: idr('500.00'), additionalInfo: { qrContent: withFee.body.qrContent } });
  await post(PAYMENT, 'success, tip on a static QR', { partnerReferenceNo: ref(), amount: idr('25000.00'), feeAmount: idr('5000.00'), additionalInfo: { qrContent: tipsQr } });
  const short = new SnapClient(sb.app, sb.partner, () => sb.clock.now());
  short.b2bToken = payer.b2bToken;
  await short.getCustomerToken('0d3c2f1e-5b6a-4c7d-8e9f-a0b1c2d3e4f5'); // Citra, 1140340011, 0.00
  await post(PAYMENT, 'short wallet', { partnerReferenceNo: ref(), amount: idr('25000.00'), additionalInfo: { qrContent: tipsQr } }, {}, short);

  await post(QUERY, 'success', query);
  await post(QUERY, 'success, fixed fee with sen', { ...query, originalReferenceNo: withFee.body.referenceNo, originalPartnerReferenceNo: fixedFee.partnerReferenceNo });
  await post(QUERY, 'unknown reference', { ...query, originalReferenceNo: 'NOSUCHREFERENCE', originalPartnerReferenceNo: 'NOSUCHREFERENCE' });
  await post(QUERY, 'missing serviceCode', { ...query, serviceCode: undefined });
}

beforeAll(async () => {
  sb = await testSandbox();
  c = clientFor(sb);
  await walkTheSdkJourney();
});

function checkEndpoint(endpoint: EndpointModels) {
  const models: [Sdk, typeof endpoint.android][] = [['android', endpoint.android], ...(endpoint.ios ? [['ios', endpoint.ios] as [Sdk, typeof endpoint.android]] : [])];

  it('then the success answer decodes with the SDK models', () => {
    const all = answers.get(endpoint.path) ?? [];
    // Answers labelled "success…" must be successes and every other one an error, or the check below proves little.
    expect(all.map((a) => [a.label, a.label.startsWith('success') ? 200 : 'error'])).toEqual(all.map((a) => [a.label, a.status === 200 ? 200 : 'error']));
    const successes = all.filter((a) => a.status === 200);
    expect(successes.map((a) => a.label)).toContain('success');
    for (const answer of successes) {
      for (const [sdk, model] of models) expect({ answer: answer.label, sdk, problems: decodeProblems(answer.body, model, sdk) }).toEqual({ answer: answer.label, sdk, problems: [] });
    }
  });

  it('then every error answer decodes with the error models and the endpoint models', () => {
    const errors = (answers.get(endpoint.path) ?? []).filter((a) => a.status >= 400);
    expect(errors.length).toBeGreaterThanOrEqual(2);
    for (const answer of errors) {
      expect(answer.body).toMatchObject({ responseCode: expect.stringMatching(new RegExp(`^${answer.status}\\d{4}$`)), responseMessage: expect.any(String) });
      const checks: [Sdk, typeof endpoint.android][] = [...models, ['android', ERROR_MODELS.android], ['ios', ERROR_MODELS.ios]];
      for (const [sdk, model] of checks) {
        expect({ answer: answer.label, model: model.name, problems: decodeProblems(answer.body, model, sdk) }).toEqual({ answer: answer.label, model: model.name, problems: [] });
      }
    }
  });
}

describe('DOKU Wallet SDK response models (issue 14.1)', () => {
  for (const endpoint of SDK_ENDPOINTS) {
    describe(`${endpoint.path}, decoded by ${endpoint.android.name}${endpoint.ios ? ` and ${endpoint.ios.name}` : ''}`, () => checkEndpoint(endpoint));
  }

  // iOS decodes QR amounts as Double: value must be a number there.
  for (const endpoint of SDK_QR_ENDPOINTS) {
    describe(`${endpoint.path} (QRIS), decoded by ${endpoint.android.name} and ${endpoint.ios!.name}`, () => checkEndpoint(endpoint));
  }

  it('then the QR journey met every case it names (so the checks above saw each kind of answer)', () => {
    const codes = (path: string) => (answers.get(path) ?? []).map((a) => [a.label, (a.body as { responseCode?: string }).responseCode]);
    const [GENERATE, QUERY, DECODE, PAYMENT] = SDK_QR_ENDPOINTS.map((e) => e.path) as [string, string, string, string];
    expect([GENERATE, DECODE, PAYMENT, QUERY].map(codes)).toEqual([
      [['success', '2004700'], ['success, fixed fee with sen', '2004700'], ['success, static QR asking for a tip', '2004700'], ['missing partnerReferenceNo', '4004702'], ['invalid B2B token', '4014701'], ['another merchant\'s merchantId', '4044708']],
      [['success', '2004800'], ['success, fixed fee with sen', '2004800'], ['success, static QR asking for a tip', '2004800'], ['not a QR', '4004800'], ['wrong CRC', '4004801'], ['missing qrContent', '4004802']],
      [['empty customer token (the demo before 4015001)', '4015001'], ['missing amount', '4005002'], ['success', '2005000'], ['success, fixed fee with sen', '2005000'], ['success, tip on a static QR', '2005000'], ['short wallet', '4035014']],
      [['success, not paid yet (the Android demo\'s serviceCode 51)', '2005100'], ['success', '2005100'], ['success, fixed fee with sen', '2005100'], ['unknown reference', '4045101'], ['missing serviceCode', '4005102']],
    ]);
    const paidWithSen = answers.get(PAYMENT)!.find((a) => a.label === 'success, fixed fee with sen')!.body;
    expect(paidWithSen).toMatchObject({ amount: { value: 10000.5, currency: 'IDR' }, feeAmount: { value: 500, currency: 'IDR' } });
  });

  it('then the token answers carry no additionalInfo object (both SDKs declare String?)', () => {
    for (const path of [TOKEN_B2B, P.tokenB2b2c]) {
      const success = answers.get(path)!.find((a) => a.status === 200)!.body as Record<string, unknown>;
      expect(typeof success.additionalInfo === 'string' || success.additionalInfo === undefined).toBe(true);
    }
  });

  it('then the token answers carry the X-TIMESTAMP and X-CLIENT-KEY response headers of DOKU\'s Get Token pages (issue 14.2)', () => {
    for (const path of [TOKEN_B2B, P.tokenB2b2c]) {
      const success = answers.get(path)!.find((a) => a.status === 200)!;
      expect(success.headers['x-client-key']).toBe(sb.partner.clientId);
      expect(success.headers['x-timestamp']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
      expect(Math.abs(Date.parse(success.headers['x-timestamp']!) - sb.clock.now())).toBeLessThan(5000);
    }
  });

  it('then a decoder that meets an object where the model says String reports it (the check can fail)', () => {
    expect(decodeProblems({ additionalInfo: {} }, SDK_ENDPOINTS[0]!.android, 'android')).toEqual([
      expect.stringContaining('$.additionalInfo: Gson: Expected a string but was object'),
    ]);
    expect(decodeProblems({ expiresIn: '900' }, SDK_ENDPOINTS[0]!.ios!, 'ios')).toEqual([expect.stringContaining('typeMismatch(Int)')]);
    expect(decodeProblems({ userInfo: 'x' }, SDK_ENDPOINTS[4]!.android, 'android')).toEqual([expect.stringContaining('Expected BEGIN_OBJECT')]);
  });
});
