import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDecipheriv } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { startSandbox, type SandboxHandle } from '../../src/index.js';
import { parseForm } from '../helpers/account-journey.js';
import {
  authHeaders,
  demoPrivateKey,
  dokuTimestamp,
  GSON_CONTENT_TYPE,
  gsonToJson,
  newUuid,
  okHttpBridge,
  OKHTTP_USER_AGENT,
  sendOnWire,
  snapHeaders,
  WALLET_END_POINT,
  type DemoConfig,
  type EndPoint,
  type WireReply,
} from './android-wire.js';

/**
 * Issue 20.3: DOKU's Android demo journey, replayed byte for byte as its SDK puts it on the wire
 * (android-wire.ts names the source file of every rule), against an in-process sandbox over
 * node:http with the headers in wire order. The demo starts with an empty B2B token and fetches one
 * only when the sandbox answers 4010601. Steps run in order and share the demo's state (DataHolder).
 */
let sandbox: SandboxHandle;
let config: DemoConfig;
/** The demo's utils/DataHolder.kt: every token starts empty. */
const dataHolder = { tokenB2B: '', tokenB2B2C: '', authCode: '', accountId: '' };
/** Header names and values as the sandbox's HTTP server received them, per request. */
const received: { path: string; rawHeaders: string[] }[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ validateResponses: true });
  sandbox.server.server.prependListener('request', (req: IncomingMessage) => received.push({ path: req.url ?? '', rawHeaders: req.rawHeaders }));
  config = {
    clientId: sandbox.credentials.clientId,
    clientKey: sandbox.credentials.clientSecret,
    privateKey: demoPrivateKey(sandbox.credentials.privateKeyPem),
    secretKey: sandbox.server.ctx.store.partners.get(sandbox.credentials.clientId)!.authCodeKey!, // fixtures/partners.json authCodeKey
    redirectUrl: 'https://walletsdk.com', // demo model/WalletConfig.kt
  };
  // The demo's QR calls name DOKU's demo merchant (GenerateQrisViewModel.kt: merchantId "2997",
  // terminalId "K45"); a partner makes them its own with POST /admin/partners, as docs/fidelity.md
  // "QR merchant and terminal" says, and the demo then runs unchanged.
  const seeded = sandbox.server.ctx.store.partners.get(config.clientId)!;
  await sandbox.admin.registerPartner({ clientId: config.clientId, clientSecret: config.clientKey, publicKey: seeded.publicKeyPem, authCodeKey: config.secretKey, merchantId: '2997', terminals: ['K45'] });
});
afterAll(() => sandbox?.stop());

const now = () => sandbox.server.ctx.clock.now();
const host = () => `127.0.0.1:${sandbox.port}`;

/** A token call as core WalletApiService.getTokenB2B / getTokenB2B2C sends it. */
function tokenCall(endPoint: 'getTokenB2B' | 'getTokenB2B2C', requestBody: unknown): Promise<WireReply> {
  const body = Buffer.from(gsonToJson(requestBody, { htmlEscaping: true }), 'utf8');
  return sendOnWire(sandbox.url, `/${WALLET_END_POINT[endPoint]}`, okHttpBridge(authHeaders(config, dokuTimestamp(now())), body, host()), body);
}

/** Any other call: demo generateHeaderB2B (or B2B2C with the customer token), then Retrofit + OkHttp. */
function snapCall(endPoint: EndPoint | { path: string }, requestBody: unknown, customer = false): Promise<WireReply> {
  const path = typeof endPoint === 'string' ? `/${WALLET_END_POINT[endPoint]}` : endPoint.path;
  const tokens = { b2b: dataHolder.tokenB2B, ...(customer ? { b2b2c: dataHolder.tokenB2B2C } : {}) };
  const headers = snapHeaders(config, tokens, requestBody, path, dokuTimestamp(now()));
  const body = Buffer.from(gsonToJson(requestBody, { htmlEscaping: true }), 'utf8');
  return sendOnWire(sandbox.url, path, okHttpBridge(headers, body, host()), body);
}

/** The demo's startTokenB2B (AccountViewModel.kt and the QR view models). */
async function startTokenB2B(): Promise<WireReply> {
  const reply = await tokenCall('getTokenB2B', { grantType: 'client_credentials' });
  if (reply.status === 200) dataHolder.tokenB2B = reply.body.accessToken;
  return reply;
}

/** The webview: GET a page, or submit its first form (application/x-www-form-urlencoded), without following redirects. */
async function page(url: string, values?: Record<string, string>): Promise<Response> {
  if (!values) return fetch(url, { redirect: 'manual' });
  const html = await (await fetch(url)).text();
  const form = parseForm(html);
  return fetch(new URL(form.action, url), { method: 'POST', redirect: 'manual', body: new URLSearchParams({ ...form.fields, ...values }) });
}

const lastReceived = () => received[received.length - 1]!;
const names = (raw: string[]) => raw.filter((_, i) => i % 2 === 0);
const valueOf = (raw: string[], name: string) => raw[raw.indexOf(name) + 1];

/** AccountCreationReq (walletparameter/AccountCreationReq.kt): partnerReferenceNo, email, name, phoneNo, redirectUrl. */
const accountCreationReq = (phoneNo: string) => ({ partnerReferenceNo: newUuid(), email: 'rina.demo@example.com', name: 'Rina Demo', phoneNo, redirectUrl: config.redirectUrl });
const PHONE = '6281299887766';

const journey: { referenceNo?: string; partnerReferenceNo?: string; otp?: string; pinPageUrl?: string; nextAction?: string; inquiryReferenceNo?: string } = {};

describe('DOKU\'s Android demo journey, replayed on the wire (issue 20.3)', () => {
  it('when the demo makes its first call with the empty B2B token, then Account Creation answers 4010601 Invalid Token (B2B)', async () => {
    const reply = await snapCall('accountCreation', accountCreationReq(PHONE));
    expect([reply.status, reply.body]).toEqual([401, { responseCode: '4010601', responseMessage: 'Invalid Token (B2B)' }]);

    const { rawHeaders } = lastReceived();
    expect(names(rawHeaders)).toEqual([
      'X-TIMESTAMP', 'X-PARTNER-ID', 'X-EXTERNAL-ID', 'X-SIGNATURE', 'Authorization',
      'Content-Type', 'Content-Length', 'Host', 'Connection', 'Accept-Encoding', 'User-Agent',
    ]);
    expect(valueOf(rawHeaders, 'Authorization')).toBe('Bearer');
    expect(valueOf(rawHeaders, 'Content-Type')).toBe(GSON_CONTENT_TYPE);
    expect(valueOf(rawHeaders, 'User-Agent')).toBe(OKHTTP_USER_AGENT);
    const timestamp = valueOf(rawHeaders, 'X-TIMESTAMP')!;
    expect(timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    expect(valueOf(rawHeaders, 'X-EXTERNAL-ID')).toMatch(new RegExp(`^${timestamp.slice(11, 19).replace(/:/g, '')}\\d{5}$`));
  });

  it('then the demo fetches a B2B token (startTokenB2B): 2007300 with DOKU\'s token headers, an Int expiresIn and no additionalInfo object', async () => {
    const reply = await startTokenB2B();
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ responseCode: '2007300', responseMessage: 'Successful', accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 900 });
    expect(reply.headers['x-client-key']).toBe(config.clientId);
    expect(reply.headers['x-timestamp']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    expect(names(lastReceived().rawHeaders)).toEqual(['X-CLIENT-KEY', 'X-TIMESTAMP', 'X-SIGNATURE', 'Content-Type', 'Content-Length', 'Host', 'Connection', 'Accept-Encoding', 'User-Agent']);
  });

  it('when it retries Account Creation (new partnerReferenceNo, X-TIMESTAMP and X-EXTERNAL-ID), then 2000600 and an OTP is sent', async () => {
    const request = accountCreationReq(PHONE);
    const reply = await snapCall('accountCreation', request);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ responseCode: '2000600', partnerReferenceNo: request.partnerReferenceNo, referenceNo: expect.any(String) });
    journey.referenceNo = reply.body.referenceNo;
    journey.partnerReferenceNo = request.partnerReferenceNo;
    journey.otp = await sandbox.admin.otpFor(journey.referenceNo!);
    expect(journey.otp).toMatch(/^\d{6}$/);
  });

  it('when the user types the OTP (VerifyOtpReq, additionalInfo null and dropped), then 2000400 with qparamsURL and qparams.token', async () => {
    const request = { originalPartnerReferenceNo: journey.partnerReferenceNo, originalReferenceNo: journey.referenceNo, otp: journey.otp, additionalInfo: null };
    expect(gsonToJson(request, { htmlEscaping: true })).toBe(`{"originalPartnerReferenceNo":"${journey.partnerReferenceNo}","originalReferenceNo":"${journey.referenceNo}","otp":"${journey.otp}"}`);
    const reply = await snapCall('verifyOtp', request);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ responseCode: '2000400', qparamsURL: expect.any(String), qparams: { token: expect.any(String) } });
    journey.pinPageUrl = `${reply.body.qparamsURL}?token=${reply.body.qparams.token}`; // AccountViewModel.startVerifyOtp
  });

  it('when the Create-PIN page is filled in the webview, then it redirects to the demo\'s redirectUrl with accountId first', async () => {
    expect((await page(journey.pinPageUrl!)).status).toBe(200);
    const done = await page(journey.pinPageUrl!, { pin: '271828', confirmPin: '271828' });
    expect(done.status).toBe(302);
    const location = done.headers.get('location')!;
    expect(location.includes(config.redirectUrl)).toBe(true); // AccountBinding.kt onPageFinished
    dataHolder.accountId = location.match(/(?<=\?accountId=)\d+/)![0]; // CommonUtils.getParamFromUrl
  });

  it('when the demo binds that account (AccountBindingReq), then 2000700 with nextAction', async () => {
    const reply = await snapCall('accountBinding', { partnerReferenceNo: newUuid(), redirectUrl: config.redirectUrl, successParams: { accountId: dataHolder.accountId } });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ responseCode: '2000700', nextAction: expect.stringMatching(/^http/), userInfo: { publicUserId: expect.any(String) } });
    journey.nextAction = reply.body.nextAction;
  });

  it('when the consent page takes the PIN, then it redirects with authCode first', async () => {
    const done = await page(journey.nextAction!, { pin: '271828' });
    expect(done.status).toBe(302);
    dataHolder.authCode = done.headers.get('location')!.match(/(?<=\?authCode=)[^&]+/)![0];
  });

  it('when it exchanges the authCode (GetTokenB2B2CReq), then 2007400 with no additionalInfo object', async () => {
    const reply = await tokenCall('getTokenB2B2C', { grantType: 'authorization_code', authCode: dataHolder.authCode });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ responseCode: '2007400', accessToken: expect.any(String), accessTokenExpiryTime: expect.stringMatching(/\+07:00$/) });
    expect(reply.body.additionalInfo).toBeUndefined();
    dataHolder.tokenB2B2C = reply.body.accessToken;
  });

  it('when it queries the binding (QueryAccountBindingReq), then the authCode decrypts with the demo\'s AES/ECB/PKCS5 key to the same authCode', async () => {
    const reply = await snapCall('queryAccountBinding', { partnerReferenceNo: newUuid(), additionalInfo: { accountId: dataHolder.accountId } });
    expect(reply.status).toBe(200);
    expect(reply.body.responseCode).toBe('2000800');
    const decipher = createDecipheriv(`aes-${Buffer.byteLength(config.secretKey) * 8}-ecb`, Buffer.from(config.secretKey, 'utf8'), null);
    const decrypted = Buffer.concat([decipher.update(Buffer.from(reply.body.additionalInfo.authCode, 'base64')), decipher.final()]).toString('utf8');
    expect(decrypted).toBe(dataHolder.authCode);
  });

  it('when the partner\'s backend tops the wallet up (not an SDK call; same wire rules), then 2003800', async () => {
    const reply = await snapCall({ path: '/snap-adapter/b2b/v1.0/emoney/topup' }, { partnerReferenceNo: newUuid(), customerNumber: dataHolder.accountId, amount: { value: '50000.00', currency: 'IDR' } });
    expect([reply.status, reply.body.responseCode]).toEqual([200, '2003800']);
  });

  it('when it asks for the bank account (BankInquiryReq, a whole-number amount), then 2004200 with the amount in two decimals', async () => {
    const request = { partnerReferenceNo: newUuid(), customerNumber: dataHolder.accountId, amount: { value: '10000', currency: 'IDR' }, beneficiaryAccountNumber: '8377388292', additionalInfo: { bankCode: '014' } };
    const reply = await snapCall('bankInquiry', request);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ responseCode: '2004200', beneficiaryAccountName: 'JOHN DOE', beneficiaryBankCode: '014', amount: { value: '10000.00', currency: 'IDR' } });
    journey.inquiryReferenceNo = reply.body.referenceNo;
  });

  it('when it transfers (BankTransferReq, B2B2C headers, the B2B token signed), then 2004300 and 10,000.00 leaves the wallet', async () => {
    const request = {
      partnerReferenceNo: newUuid(),
      customerNumber: dataHolder.accountId,
      accountType: 'SAVINGS',
      beneficiaryAccountNumber: '8377388292',
      beneficiaryBankCode: '014',
      amount: { value: '10000', currency: 'IDR' },
      additionalInfo: { deviceId: 'demo-device-1', referenceNo: journey.inquiryReferenceNo },
    };
    const reply = await snapCall('bankTransfer', request, true);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ responseCode: '2004300', partnerReferenceNo: request.partnerReferenceNo, transactionDate: expect.stringMatching(/\+07:00$/) });
    expect(names(lastReceived().rawHeaders).slice(0, 6)).toEqual(['X-TIMESTAMP', 'X-PARTNER-ID', 'X-EXTERNAL-ID', 'X-SIGNATURE', 'Authorization', 'Authorization-Customer']);
    expect((await sandbox.admin.account(dataHolder.accountId)).balance).toBe('40000.00');
  });

  it('when a signed value holds "=" or "&" (the wire has Gson\'s \\u003d, the signature was made over "="), then the sandbox still verifies it', async () => {
    const request = { ...accountCreationReq('6281299887700'), redirectUrl: 'https://walletsdk.com/return?app=demo&step=pin' };
    const reply = await snapCall('accountCreation', request);
    expect(gsonToJson(request, { htmlEscaping: true })).toContain('\\u003d');
    expect([reply.status, reply.body.responseCode]).toEqual([200, '2000600']);
  });

  // ── QR steps (QRIS MPM), as the demo's QR view models send them. ────────────────────────────────
  const qr: { referenceNo?: string; partnerReferenceNo?: string; qrContent?: string } = {};

  it('QR 1. generate (GenerateQrisViewModel: whole-number amount, merchantId 2997, terminalId K45) → 2004700 with qrContent', async () => {
    const request = { partnerReferenceNo: newUuid(), amount: { value: '10000', currency: 'IDR' }, feeAmount: null, merchantId: '2997', terminalId: 'K45', additionalInfo: { postalCode: '13120', feeType: '1' } };
    const reply = await snapCall('generateQr', request);
    expect([reply.status, reply.body.responseCode]).toEqual([200, '2004700']);
    Object.assign(qr, { referenceNo: reply.body.referenceNo, partnerReferenceNo: request.partnerReferenceNo, qrContent: reply.body.qrContent });
  });

  it('QR 2. decode (PaymentQrisViewModel.startDecodeQris: partnerReferenceNo, qrContent, scanTime) → 2004800', async () => {
    const reply = await snapCall('decodeQr', { partnerReferenceNo: newUuid(), qrContent: qr.qrContent, scanTime: dokuTimestamp(now()) });
    expect([reply.status, reply.body.responseCode]).toEqual([200, '2004800']);
  });

  it('QR 3. pay with a customer token the sandbox no longer honours → 4015001; query binding, new B2B2C token, retry → 2005000', async () => {
    dataHolder.tokenB2B2C = '';
    const request = () => ({ partnerReferenceNo: newUuid(), amount: { value: '10000.00', currency: 'IDR' }, feeAmount: { value: '0.00', currency: 'IDR' }, additionalInfo: { qrContent: qr.qrContent } });
    const refused = await snapCall('paymentQr', request(), true);
    expect([refused.status, refused.body.responseCode]).toEqual([401, '4015001']);
    const binding = await snapCall('queryAccountBinding', { partnerReferenceNo: newUuid(), additionalInfo: { accountId: dataHolder.accountId } });
    expect(binding.body.responseCode).toBe('2000800');
    const token = await tokenCall('getTokenB2B2C', { grantType: 'authorization_code', authCode: dataHolder.authCode });
    dataHolder.tokenB2B2C = token.body.accessToken;
    const paid = await snapCall('paymentQr', request(), true);
    expect([paid.status, paid.body.responseCode]).toEqual([200, '2005000']);
  });

  it('QR 4. query (TransactionDetailViewModel: originalReferenceNo, originalPartnerReferenceNo, serviceCode 47, merchantId) → 2005100 paid', async () => {
    const reply = await snapCall('queryQr', { originalReferenceNo: qr.referenceNo, originalPartnerReferenceNo: qr.partnerReferenceNo, serviceCode: '47', merchantId: '2997' });
    expect([reply.status, reply.body.responseCode, reply.body.latestTransactionStatus]).toEqual([200, '2005100', '00']);
  });
});
