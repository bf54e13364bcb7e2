import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, createHmac, createPublicKey, createVerify } from 'node:crypto';
import { signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { partnerServer, type Answer } from '../helpers/partner-server.js';
import { bankNumberOf, createdVa, VA_PATHS } from '../helpers/virtual-account.js';

/** Direct inquiry (DIPC) and the bank-simulator page: DOKU asks the merchant about a number before a payment. */
let sb: TestSandbox;
let client: SnapClient;
let merchant: Awaited<ReturnType<typeof partnerServer>>;
let answer: (body: Record<string, unknown>) => Answer = () => ({ status: 500 });

const BIN = '77711';
const bill = (request: Record<string, unknown>, over: Record<string, unknown> = {}) => ({
  responseCode: '2002400',
  responseMessage: 'Successful',
  virtualAccountData: {
    partnerServiceId: request.partnerServiceId,
    customerNo: request.customerNo,
    virtualAccountNo: request.virtualAccountNo,
    virtualAccountName: 'Rina Wati',
    virtualAccountEmail: 'rina@example.com',
    totalAmount: { value: '45000.00', currency: 'IDR' },
    virtualAccountTrxType: 'C',
    inquiryStatus: '00',
    inquiryReason: { english: 'Success', indonesia: 'Sukses' },
    inquiryRequestId: request.inquiryRequestId,
    additionalInfo: { channel: (request.additionalInfo as { channel: string }).channel, trxId: `INV-DIPC-${String(request.customerNo)}` },
    ...over,
  },
});

beforeAll(async () => {
  ({ sb, client } = await signedIn());
  merchant = await partnerServer((_n, req) => (req.path.endsWith('/inquiry') ? answer(JSON.parse(req.rawBody)) : { status: 200, body: { responseCode: '2002500' } }));
  const seed = sb.ctx.seed.partners[0]!;
  const base = merchant.url.replace('/v1.0/debit/notify', '');
  await sb.http.post('/admin/partners').send({ clientId: seed.clientId, clientSecret: seed.clientSecret, publicKey: seed.publicKeyPem, notificationUrl: `${base}/v1.1/transfer-va/payment`, directInquiryUrl: `${base}/v1.1/transfer-va/inquiry`, partnerServiceId: BIN }).expect(201);
});
afterAll(async () => {
  await merchant.close();
  await sb.ctx.store.close();
});

const pay = (number: string, body: Record<string, unknown> = {}) => sb.http.post(`/admin/virtual-accounts/${number}/pay`).send(body);

describe('direct inquiry (DIPC)', () => {
  it('asks the merchant (signed like a notification), pays the bill it answers, notifies, and the status check finds it', async () => {
    answer = (request) => ({ status: 200, body: bill(request) });
    const res = await pay(`${BIN}000000000123`, { channel: 'VIRTUAL_ACCOUNT_BRI' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ responseCode: '2002500', trxId: 'INV-DIPC-000000000123', paidAmount: { value: '45000.00' }, channel: 'VIRTUAL_ACCOUNT_BRI', virtualAccountStatus: 'PAID' });

    const asked = merchant.received.find((r) => r.path.endsWith('/inquiry'))!;
    const request = JSON.parse(asked.rawBody);
    expect(request).toMatchObject({ partnerServiceId: '   77711', customerNo: '000000000123', virtualAccountNo: '   77711000000000123', channelCode: '6011', language: 'ID', inquiryRequestId: expect.stringMatching(/^\d{20}$/), additionalInfo: { channel: 'VIRTUAL_ACCOUNT_BRI' } });
    const token = String(asked.headers.authorization).replace(/^Bearer /, '');
    const stringToSign = `POST:/v1.1/transfer-va/inquiry:${token}:${createHash('sha256').update(asked.rawBody).digest('hex')}:${String(asked.headers['x-timestamp'])}`;
    expect(asked.headers['x-signature']).toBe(createHmac('sha512', sb.partner.clientSecret).update(stringToSign).digest('base64'));

    const status = await client.post(VA_PATHS.status, { partnerServiceId: '   77711', customerNo: '000000000123', virtualAccountNo: '   77711000000000123' });
    expect(status.body.virtualAccountData).toMatchObject({ paymentFlagStatus: '00', inquiryRequestId: request.inquiryRequestId, trxId: 'INV-DIPC-000000000123' });
    await sb.notifier.runDue();
    expect(merchant.received.some((r) => r.path === '/v1.1/transfer-va/payment' && JSON.parse(r.rawBody).trxId === 'INV-DIPC-000000000123')).toBe(true);

    // The next payment of the number asks again: a new bill.
    answer = (req) => ({ status: 200, body: bill(req, { totalAmount: { value: '12000', currency: 'IDR' }, additionalInfo: { trxId: 'INV-DIPC-SECOND' } }) });
    expect((await pay(`${BIN}000000000123`)).body).toMatchObject({ trxId: 'INV-DIPC-SECOND', paidAmount: { value: '12000.00' } });
    expect((await sb.http.get('/admin/ledger/verify')).body.ok).toBe(true);
  });

  it('a decline, an unusable answer or a wrong amount refuses the payment and leaves nothing behind', async () => {
    const postings = sb.ctx.store.postings.size;
    const vas = sb.ctx.store.virtualAccounts.size;
    answer = () => ({ status: 404, body: { responseCode: '4042412', responseMessage: 'Bill not found' } });
    expect((await pay(`${BIN}000000000200`)).body).toEqual({ responseCode: '4042512', responseMessage: 'Invalid Bill/Virtual Account declined by merchant' });
    answer = (request) => ({ status: 200, body: bill(request, { inquiryStatus: '01' }) });
    expect((await pay(`${BIN}000000000201`)).body.responseCode).toBe('4042512');
    answer = (request) => ({ status: 200, body: bill(request, { totalAmount: { value: 'lots', currency: 'IDR' } }) });
    expect((await pay(`${BIN}000000000202`)).body).toEqual({ responseCode: '4042512', responseMessage: 'Invalid Bill/Virtual Account unusable merchant answer' });
    answer = (request) => ({ status: 200, body: bill(request) });
    expect((await pay(`${BIN}000000000203`, { amount: '45000.01' })).body).toEqual({ responseCode: '4042513', responseMessage: 'Invalid Amount' });
    expect(sb.ctx.store.postings.size).toBe(postings);
    expect(sb.ctx.store.virtualAccounts.size).toBe(vas);
  });

  it('a merchant that does not answer → 5042500; numbers outside its BIN are not asked (4042512)', async () => {
    answer = () => 'hang';
    expect((await pay(`${BIN}000000000300`)).body).toEqual({ responseCode: '5042500', responseMessage: 'Timeout' });
    const asked = merchant.received.length;
    expect((await pay('77722000000000300')).body.responseCode).toBe('4042512');
    expect(merchant.received.length).toBe(asked);
  }, 15_000);

  it('a partner registration with directInquiryUrl needs partnerServiceId', async () => {
    const seed = sb.ctx.seed.partners[0]!;
    const res = await sb.http.post('/admin/partners').send({ clientId: 'BRN-DIPC-ONLY', clientSecret: 'secret-secret', publicKey: seed.publicKeyPem, directInquiryUrl: 'http://127.0.0.1:9/inquiry' });
    expect(res.body).toEqual({ responseCode: '4000002', responseMessage: 'Invalid Mandatory Field partnerServiceId' });
  });
});

describe("direct inquiry in DOKU's token model (the partner has a notificationTokenUrl)", () => {
  const TOKEN_BIN = '77733';
  let tokenMerchant: Awaited<ReturnType<typeof partnerServer>>;
  let issued = 0;
  let tokenAnswer: () => Answer = () => ({ status: 200, body: { accessToken: `merchant-token-${++issued}`, tokenType: 'Bearer', expiresIn: 900 } });
  /** The merchant accepts only its newest token, as its own token endpoint (latest wins) would. */
  let acceptsOnly: () => string = () => `merchant-token-${issued}`;

  beforeAll(async () => {
    tokenMerchant = await partnerServer((_n, req) => {
      if (req.path === '/token') return tokenAnswer();
      if (String(req.headers.authorization) !== `Bearer ${acceptsOnly()}`) return { status: 401, body: { responseCode: '4010000', responseMessage: 'Unauthorized' } };
      if (req.path === '/inquiry') return { status: 200, body: bill(JSON.parse(req.rawBody), { additionalInfo: { trxId: `INV-TOKEN-${String(JSON.parse(req.rawBody).customerNo)}` } }) };
      return { status: 200, body: { responseCode: '2002500' } };
    });
    const seed = sb.ctx.seed.partners[0]!;
    const base = `http://127.0.0.1:${tokenMerchant.port}`;
    await sb.http
      .post('/admin/partners')
      .send({ clientId: 'BRN-DIPC-TOKEN', clientSecret: 'dipc-token-secret', publicKey: seed.publicKeyPem, notificationUrl: `${base}/payment`, notificationTokenUrl: `${base}/token`, directInquiryUrl: `${base}/inquiry`, partnerServiceId: TOKEN_BIN })
      .expect(201);
  });
  afterAll(() => tokenMerchant.close());

  const tokenRequests = () => tokenMerchant.received.filter((r) => r.path === '/token');
  const inquiries = () => tokenMerchant.received.filter((r) => r.path === '/inquiry');

  it('asks the merchant for its token (signed with the DOKU key of GET /admin/keys), inquires with it, keeps it for the next inquiry and the notification', async () => {
    const before = tokenRequests().length; // the registration asked once
    expect((await pay(`${TOKEN_BIN}000000000001`)).body).toMatchObject({ responseCode: '2002500', trxId: 'INV-TOKEN-000000000001' });
    expect(tokenRequests()).toHaveLength(before + 1);
    const tokenRequest = tokenRequests().at(-1)!;
    const dokuKey = createPublicKey((await sb.http.get('/admin/keys')).body.dokuPublicKey as string);
    const signed = `BRN-DIPC-TOKEN|${String(tokenRequest.headers['x-timestamp'])}`;
    expect(createVerify('RSA-SHA256').update(signed).verify(dokuKey, String(tokenRequest.headers['x-signature']), 'base64')).toBe(true);
    expect(JSON.parse(tokenRequest.rawBody)).toEqual({ grantType: 'client_credentials' });

    const asked = inquiries().at(-1)!;
    expect(asked.headers.authorization).toBe(`Bearer merchant-token-${issued}`);
    const stringToSign = `POST:/inquiry:merchant-token-${issued}:${createHash('sha256').update(asked.rawBody).digest('hex')}:${String(asked.headers['x-timestamp'])}`;
    expect(asked.headers['x-signature']).toBe(createHmac('sha512', 'dipc-token-secret').update(stringToSign).digest('base64'));

    expect((await pay(`${TOKEN_BIN}000000000002`)).body.responseCode).toBe('2002500');
    await sb.notifier.runDue();
    expect(tokenRequests()).toHaveLength(before + 1); // the kept token served the second inquiry and the notifications
    const notified = tokenMerchant.received.filter((r) => r.path === '/payment');
    expect(notified.map((r) => r.headers.authorization)).toEqual([`Bearer merchant-token-${issued}`, `Bearer merchant-token-${issued}`]);
  });

  it('when the merchant answers 401 to the kept token, then a new token is asked for and the inquiry sent again', async () => {
    const before = tokenRequests().length;
    const kept = `merchant-token-${issued}`;
    acceptsOnly = () => `merchant-token-${issued}-rotated`;
    tokenAnswer = () => ({ status: 200, body: { accessToken: `merchant-token-${++issued}-rotated`, expiresIn: 900 } });
    expect((await pay(`${TOKEN_BIN}000000000003`)).body).toMatchObject({ responseCode: '2002500', trxId: 'INV-TOKEN-000000000003' });
    expect(tokenRequests()).toHaveLength(before + 1);
    expect(inquiries().slice(-2).map((r) => r.headers.authorization)).toEqual([`Bearer ${kept}`, `Bearer merchant-token-${issued}-rotated`]);
  });

  it('when the token request fails, then the payment is refused 5042500 naming it, and nothing is left behind', async () => {
    const postings = sb.ctx.store.postings.size;
    const vas = sb.ctx.store.virtualAccounts.size;
    acceptsOnly = () => 'none';
    const asked = inquiries().length;
    tokenAnswer = () => ({ status: 503, body: { responseCode: '5037300' } });
    const refused = await pay(`${TOKEN_BIN}000000000004`);
    expect(refused.body).toEqual({ responseCode: '5042500', responseMessage: 'Timeout' });
    const journal = await sb.http.get('/admin/journal?limit=1');
    expect(JSON.stringify(journal.body)).toContain('the token request to notificationTokenUrl failed: the token endpoint answered HTTP 503');
    expect(inquiries()).toHaveLength(asked + 1); // once with the kept token (401), none without a new one
    expect(sb.ctx.store.postings.size).toBe(postings);
    expect(sb.ctx.store.virtualAccounts.size).toBe(vas);
  });
});

describe('the bank-simulator page', () => {
  it('shows the bill of a number, pays it, and shows a refusal with its SNAP code', async () => {
    const va = await createdVa(client);
    const number = bankNumberOf(va);
    const form = await sb.http.get(`/webview/bank-simulator?virtualAccountNo=${number}`);
    expect(form.status).toBe(200);
    expect(form.text).toContain(String(va.trxId));
    expect(form.text).toContain('25000.00');
    const wrong = await sb.http.post('/webview/bank-simulator').type('form').send({ virtualAccountNo: number, amount: '1.00' });
    expect(wrong.status).toBe(404);
    expect(wrong.text).toContain('4042513 Invalid Amount');
    const paid = await sb.http.post('/webview/bank-simulator').type('form').send({ virtualAccountNo: number, senderName: 'Budi' });
    expect(paid.status).toBe(200);
    expect(paid.text).toContain('Payment successful');
    const view = await sb.http.get(`/admin/virtual-accounts/${number}`);
    expect(view.body).toMatchObject({ status: 'PAID', payments: [{ via: 'bank-simulator', paidAmount: { value: '25000.00' } }] });
    expect((await sb.http.post('/webview/bank-simulator').type('form').send({ virtualAccountNo: 'abc' })).status).toBe(400);
  });
});
