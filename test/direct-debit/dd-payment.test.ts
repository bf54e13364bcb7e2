import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { channelAccount, settlementAccount } from '../../src/ledger/accounts.js';
import { balanceOf } from '../../src/ledger/ledger.js';
import { clientFor, signedClient, testSandbox, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { RICH } from '../helpers/personas.js';
import { partnerServer } from '../helpers/partner-server.js';
import { answerPayment, boundCustomer, danaJumpAppBody, DD, ovoPaymentBody, ref } from '../helpers/direct-debit.js';

/** Direct-debit payments, refunds, status and balance: the money, the pages, the notification, every refusal. */
let sb: TestSandbox;
let client: SnapClient;
let partner: Awaited<ReturnType<typeof partnerServer>>;
beforeAll(async () => {
  sb = await testSandbox();
  client = clientFor(sb);
  partner = await partnerServer();
  const seed = sb.ctx.seed.partners[0]!;
  await sb.http.post('/admin/partners').send({ clientId: seed.clientId, clientSecret: seed.clientSecret, publicKey: seed.publicKeyPem, notificationUrl: partner.url }).expect(201);
});
beforeEach(async () => {
  await boundCustomer(sb, client, 'EMONEY_OVO_SNAP');
});
afterAll(async () => {
  await partner.close();
  await sb.ctx.store.close();
});

const accountOf = () => sb.ctx.store.debitBindings.get(sb.ctx.store.accessTokens.get(JSON.parse(Buffer.from(client.customerToken!.split('.')[1]!, 'base64url').toString()).jti)!.bindingId!)!.accountId;
const status = (body: Record<string, unknown>) => client.post(DD.status, { serviceCode: '55', additionalInfo: { channel: 'EMONEY_OVO_SNAP' }, ...body });

async function paidOvo(value = '50000.00') {
  const partnerReferenceNo = ref('OVO');
  const opened = await client.post(DD.payment, ovoPaymentBody(partnerReferenceNo, value));
  expect(opened.status).toBe(200);
  const done = await answerPayment(sb, opened.body.webRedirectUrl, { action: 'pay' });
  expect(done.status).toBe(302);
  return { partnerReferenceNo, referenceNo: opened.body.referenceNo as string };
}

describe('host-to-host payment', () => {
  it('opens pending (03); the page debits the OVO account into the settlement (00); the merchant is notified', async () => {
    const account = accountOf();
    const settlement = balanceOf(sb.ctx.store, settlementAccount(sb.partner.clientId));
    const partnerReferenceNo = ref('OVO');
    const opened = await client.post(DD.payment, ovoPaymentBody(partnerReferenceNo, '75000.00'));
    expect(opened.body).toMatchObject({ responseCode: '2005400', partnerReferenceNo, additionalInfo: { channel: 'EMONEY_OVO_SNAP' } });
    expect((await status({ originalReferenceNo: opened.body.referenceNo })).body).toMatchObject({ latestTransactionStatus: '03', transactionStatusDesc: 'Pending' });
    expect(balanceOf(sb.ctx.store, channelAccount(account))).toBe(500_000_000);

    const page = await sb.http.get(`/webview/direct-debit/pay?token=${new URL(opened.body.webRedirectUrl).searchParams.get('token')}`);
    expect(page.text).toContain('Rp 75.000,00');
    const done = await answerPayment(sb, opened.body.webRedirectUrl, { action: 'pay' });
    expect(done.headers.location).toBe(`https://merchant.example/pay/success?partnerReferenceNo=${partnerReferenceNo}&referenceNo=${opened.body.referenceNo}&status=SUCCESS&responseCode=2005400`);
    expect(balanceOf(sb.ctx.store, channelAccount(account))).toBe(500_000_000 - 7_500_000);
    expect(balanceOf(sb.ctx.store, settlementAccount(sb.partner.clientId)) - settlement).toBe(7_500_000);
    expect((await status({ originalPartnerReferenceNo: partnerReferenceNo })).body).toMatchObject({ latestTransactionStatus: '00', transactionStatusDesc: 'Success', paidTime: expect.any(String), approvalCode: expect.stringMatching(/^\d{6}$/) });

    await sb.notifier.runDue();
    const note = partner.received.map((r) => JSON.parse(r.rawBody)).find((b) => b.originalReferenceNo === opened.body.referenceNo);
    expect(note).toMatchObject({
      originalPartnerReferenceNo: partnerReferenceNo,
      latestTransactionStatus: '00',
      amount: { value: '75000.00', currency: 'IDR' },
      lineItems: [],
      additionalInfo: { channelId: 'EMONEY_OVO_SNAP', acquirerId: 'OVO', custIdMerchant: 'cust-001', accountType: 'EMONEY' },
    });
    expect((await sb.http.get('/admin/ledger/verify')).body.ok).toBe(true);
  });

  it('refusals: no customer token on OVO (4015401: every token refusal is case 01), a DOKU Wallet customer (4045411), another channel (4045411), over the limit (4035402), short (4035414)', async () => {
    const body = ovoPaymentBody(ref('OVO'));
    expect((await client.post(DD.payment, body, { 'Authorization-Customer': undefined })).body).toMatchObject({ responseCode: '4015401', responseMessage: 'Invalid Customer Token' });
    const cimb = { ...body, additionalInfo: { channel: 'DIRECT_DEBIT_CIMB_SNAP', remarks: 'r', successPaymentUrl: 'https://a.example', failedPaymentUrl: 'https://b.example' }, partnerReferenceNo: 'CIMB1' };
    expect((await client.post(DD.payment, cimb)).body).toMatchObject({ responseCode: '4045411', responseMessage: 'Invalid Card/Account/Customer bound on EMONEY_OVO_SNAP' });
    expect((await client.post(DD.payment, ovoPaymentBody(ref('OVO'), '10000000.01'))).body).toMatchObject({ responseCode: '4035402', responseMessage: 'Exceeds Transaction Amount Limit' });
    expect((await client.post(DD.payment, ovoPaymentBody(ref('OVO'), '5000000.01'))).body).toMatchObject({ responseCode: '4035414', responseMessage: 'Insufficient Funds' });
    const wallet = await signedClient(sb, RICH);
    expect((await wallet.post(DD.payment, ovoPaymentBody(ref('OVO')))).body).toMatchObject({ responseCode: '4045411', responseMessage: 'Invalid Card/Account/Customer no direct-debit binding' });
  });

  it('the channel\'s own rules: OVO needs payOptionDetails, OVO references are at most 32 characters', async () => {
    const { payOptionDetails: _p, ...withoutOptions } = ovoPaymentBody(ref('OVO'));
    expect((await client.post(DD.payment, withoutOptions)).body).toMatchObject({ responseCode: '4005402', responseMessage: 'Invalid Mandatory Field payOptionDetails' });
    expect((await client.post(DD.payment, ovoPaymentBody('X'.repeat(33)))).body).toMatchObject({ responseCode: '4005401', responseMessage: 'Invalid Field Format partnerReferenceNo' });
    const noUrl = ovoPaymentBody(ref('OVO'));
    delete (noUrl.additionalInfo as Record<string, unknown>).failedPaymentUrl;
    expect((await client.post(DD.payment, noUrl)).body).toMatchObject({ responseCode: '4005402', responseMessage: 'Invalid Mandatory Field additionalInfo.failedPaymentUrl' });
  });

  it('duplicate references: the same body gets the first answer again, another body 4095401; nothing is paid twice', async () => {
    const body = ovoPaymentBody(ref('OVO'));
    const first = await client.post(DD.payment, body);
    const again = await client.post(DD.payment, body);
    expect(again.body).toEqual(first.body);
    expect((await client.post(DD.payment, { ...body, amount: { value: '1.00', currency: 'IDR' } })).body).toMatchObject({ responseCode: '4095401', responseMessage: 'Duplicate partnerReferenceNo' });
    expect(sb.ctx.store.transactions.allBy('partnerRef', body.partnerReferenceNo as string)).toHaveLength(1);
  });

  it('cancelled on the page → 05 and failedPaymentUrl; past validUpTo → 06 and the page is gone', async () => {
    const opened = await client.post(DD.payment, ovoPaymentBody(ref('OVO')));
    const cancelled = await answerPayment(sb, opened.body.webRedirectUrl, { action: 'cancel' });
    expect(cancelled.headers.location).toMatch(/^https:\/\/merchant\.example\/pay\/failed\?.*status=FAILED&responseCode=4045404$/);
    expect((await status({ originalReferenceNo: opened.body.referenceNo })).body).toMatchObject({ latestTransactionStatus: '05', transactionStatusDesc: 'Cancelled by customer' });

    const late = await client.post(DD.payment, ovoPaymentBody(ref('OVO'), '1000.00', {}));
    sb.clock.advance(31 * 60);
    await client.getB2bToken();
    expect((await status({ originalReferenceNo: late.body.referenceNo })).body).toMatchObject({ latestTransactionStatus: '06', transactionStatusDesc: 'Expired', originalResponseCode: '4035400' });
    expect((await answerPayment(sb, late.body.webRedirectUrl, { action: 'pay' })).status).toBe(410);
  });

  it('the magic amount .14 is refused with 4035414 like every payment of the sandbox', async () => {
    expect((await client.post(DD.payment, ovoPaymentBody(ref('OVO'), '10000.14'))).body).toMatchObject({ responseCode: '4035414' });
  });
});

describe('jump app (DANA, ShopeePay)', () => {
  it('needs no binding: the customer types the DANA number on the page, whose account pays', async () => {
    const partnerReferenceNo = ref('DANA');
    const opened = await client.post(DD.payment, danaJumpAppBody(partnerReferenceNo), { 'Authorization-Customer': undefined });
    expect(opened.body).toMatchObject({ responseCode: '2005400', webRedirectUrl: expect.any(String) });
    const typo = await answerPayment(sb, opened.body.webRedirectUrl, { action: 'pay', phoneNo: '0812' });
    expect(typo.status).toBe(400);
    expect(typo.text).toContain('DANA number');
    const paid = await answerPayment(sb, opened.body.webRedirectUrl, { action: 'pay', phoneNo: '6281288880000' });
    expect(paid.headers.location).toMatch(/^https:\/\/merchant\.example\/return\?.*status=SUCCESS/);
    const tx = sb.ctx.store.transactions.get(opened.body.referenceNo)!;
    expect(balanceOf(sb.ctx.store, channelAccount(tx.accountId!))).toBe(500_000_000 - 3_000_000);
  });

  it('without urlParam PAY_RETURN → 4005402; a host-to-host channel without a customer token → 4015401', async () => {
    const { urlParam: _u, ...noReturn } = danaJumpAppBody(ref('DANA'));
    expect((await client.post(DD.payment, noReturn, { 'Authorization-Customer': undefined })).body).toMatchObject({ responseCode: '4005402', responseMessage: 'Invalid Mandatory Field urlParam' });
    const ovo = danaJumpAppBody(ref('OVO'), '1000.00', { additionalInfo: { channel: 'EMONEY_OVO_SNAP' } });
    expect((await client.post(DD.payment, ovo, { 'Authorization-Customer': undefined })).body).toMatchObject({ responseCode: '4015401' });
  });
});

describe('refund', () => {
  it('in parts up to what was paid; 04 once all is back; the OVO account gets it', async () => {
    const account = accountOf();
    const { partnerReferenceNo, referenceNo } = await paidOvo('50000.00');
    const refund = (value: string, partnerRefundNo = ref('RF')) =>
      client.post(DD.refund, { originalPartnerReferenceNo: partnerReferenceNo, refundAmount: { value, currency: 'IDR' }, partnerRefundNo, reason: 'returned', additionalInfo: { channel: 'EMONEY_OVO_SNAP' } });
    const first = await refund('20000.00');
    expect(first.body).toMatchObject({ responseCode: '2005800', originalReferenceNo: referenceNo, refundAmount: { value: '20000.00' } });
    expect((await refund('30000.01')).body).toMatchObject({ responseCode: '4045813', responseMessage: 'Invalid Amount' });
    expect((await refund('30000')).body).toMatchObject({ responseCode: '2005800', refundAmount: { value: '30000.00' } });
    expect(balanceOf(sb.ctx.store, channelAccount(account))).toBe(500_000_000);
    const after = await status({ originalReferenceNo: referenceNo });
    expect(after.body).toMatchObject({ latestTransactionStatus: '04', refundHistory: [{ refundAmount: { value: '20000.00' }, reason: 'returned' }, { refundAmount: { value: '30000.00' } }] });
    expect((await refund('1.00')).body).toMatchObject({ responseCode: '4045800' });
    expect((await sb.http.get('/admin/ledger/verify')).body.ok).toBe(true);
  });

  it('refusals: unknown payment (4045801), not paid (4045800), another channel (4005801), no customer token (4015801), a duplicate partnerRefundNo (4095801)', async () => {
    const body = (over: Record<string, unknown>) => ({ originalPartnerReferenceNo: 'NOPE', refundAmount: { value: '1.00', currency: 'IDR' }, partnerRefundNo: ref('RF'), additionalInfo: { channel: 'EMONEY_OVO_SNAP' }, ...over });
    expect((await client.post(DD.refund, body({}))).body).toMatchObject({ responseCode: '4045801', responseMessage: 'Transaction Not Found' });
    const pending = await client.post(DD.payment, ovoPaymentBody(ref('OVO')));
    expect((await client.post(DD.refund, body({ originalPartnerReferenceNo: pending.body.partnerReferenceNo }))).body).toMatchObject({ responseCode: '4045800' });
    const { partnerReferenceNo } = await paidOvo();
    expect((await client.post(DD.refund, body({ originalPartnerReferenceNo: partnerReferenceNo, additionalInfo: { channel: 'EMONEY_DANA_SNAP' } }), { 'X-DEVICE-ID': 'd' })).body).toMatchObject({ responseCode: '4005801', responseMessage: 'Invalid Field Format additionalInfo.channel' });
    expect((await client.post(DD.refund, body({ originalPartnerReferenceNo: partnerReferenceNo }), { 'Authorization-Customer': undefined })).body).toMatchObject({ responseCode: '4015801', responseMessage: 'Invalid Customer Token' });
    const once = body({ originalPartnerReferenceNo: partnerReferenceNo });
    expect((await client.post(DD.refund, once)).body.responseCode).toBe('2005800');
    expect((await client.post(DD.refund, { ...once, reason: 'other' })).body).toMatchObject({ responseCode: '4095801' });
    expect((await client.post(DD.refund, body({ originalPartnerReferenceNo: 'X'.repeat(33) }))).body).toMatchObject({ responseCode: '4005801', responseMessage: 'Invalid Field Format originalPartnerReferenceNo' });
  });
});

describe('status and balance', () => {
  it('status: no reference → 4005502; unknown → 4045501; serviceCode other than 55 → 4005501', async () => {
    expect((await client.post(DD.status, { serviceCode: '55' })).body).toEqual({ responseCode: '4005502', responseMessage: 'Invalid Mandatory Field originalPartnerReferenceNo' });
    expect((await status({ originalReferenceNo: 'UNKNOWN' })).body).toEqual({ responseCode: '4045501', responseMessage: 'Transaction Not Found' });
    expect((await client.post(DD.status, { serviceCode: '54', originalReferenceNo: 'X' })).body).toMatchObject({ responseCode: '4005501', responseMessage: expect.stringContaining('serviceCode') });
  });

  it('balance: the bound account; another channel → 4041111; no customer token → 4011101', async () => {
    const res = await client.post(DD.balance, { additionalInfo: { channel: 'EMONEY_OVO_SNAP' } });
    expect(res.body).toMatchObject({ responseCode: '2001100', accountInfos: [{ balanceType: 'Cash', amount: { value: '5000000.00' } }] });
    expect((await client.post(DD.balance, { additionalInfo: { channel: 'EMONEY_DANA_SNAP' } })).body).toMatchObject({ responseCode: '4041111' });
    expect((await client.post(DD.balance, { additionalInfo: { channel: 'EMONEY_OVO_SNAP' } }, { 'Authorization-Customer': undefined })).body).toEqual({ responseCode: '4011101', responseMessage: 'Invalid Customer Token' });
    // DOKU's Node SDK sends the customer token without "Bearer ".
    expect((await client.post(DD.balance, { additionalInfo: { channel: 'EMONEY_OVO_SNAP' } }, { 'Authorization-Customer': client.customerToken })).body.responseCode).toBe('2001100');
  });
});
