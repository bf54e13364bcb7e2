import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash, createHmac } from 'node:crypto';
import { signedClient, testSandbox, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { partnerServer } from '../helpers/partner-server.js';
import { RICH } from '../helpers/personas.js';
import { DECODE, generate, idr, pay, query, REFUND, settlementBalance, walletBalance } from '../helpers/qris.js';

type PartnerServer = Awaited<ReturnType<typeof partnerServer>>;

describe('a QRIS payment from QR to refund', () => {
  let sb: TestSandbox;
  let merchant: SnapClient;
  let payer: SnapClient;
  let server: PartnerServer;

  beforeEach(async () => {
    sb = await testSandbox();
    server = await partnerServer();
    const partner = sb.ctx.store.partners.get(sb.partner.clientId)!;
    sb.ctx.store.partners.put({ ...partner, notificationUrl: server.url });
    // One partner is both the merchant and the wallet app here (a newer B2B token replaces the older).
    payer = await signedClient(sb, RICH);
    merchant = payer;
  });
  afterEach(async () => {
    await sb.notifier.stop();
    await server.close();
  });

  it('when a dynamic QR with a fixed fee is generated, decoded, paid, queried and refunded in two parts, then the wallet, the settlement, the notification, history and the ledger agree at every step', async () => {
    const wallet0 = walletBalance(sb, RICH.accountId);
    const settlement0 = settlementBalance(sb);

    const qr = await generate(merchant, 'QR-J-1', { amount: idr('25000.00'), feeAmount: idr('1500.00'), terminalId: 'A02', additionalInfo: { feeType: '2' } });
    expect(qr.qrContent).toMatch(/^000201010212/);
    expect(qr.qrContent).toContain(`0520${qr.referenceNo}0703A02`);

    const decoded = await payer.post(DECODE, { partnerReferenceNo: 'DEC-J-1', qrContent: qr.qrContent, scanTime: '2024-11-25T10:00:00+07:00' });
    expect(decoded.status).toBe(200);
    expect(decoded.body).toMatchObject({
      responseCode: '2004800',
      referenceNo: qr.referenceNo,
      partnerReferenceNo: 'DEC-J-1',
      merchantName: 'SANDBOX TEST MERCHANT',
      merchantCategory: '5812',
      merchantLocation: 'JAKARTA SELATAN',
      transactionAmount: { value: 25000, currency: 'IDR' },
      feeAmount: { value: 1500, currency: 'IDR' },
      additionalInfo: { pointOfInitiationMethod: '12', pointOfInitiationMethodDescription: 'DYNAMIC', feeType: '2', feeTypeDescription: 'FIX_TIPS', terminalId: 'A02', merchantId: 'M-SANDBOX-0001', postalCode: '12190' },
    });

    const before = await query(merchant, { originalReferenceNo: qr.referenceNo });
    expect(before.body).toMatchObject({ responseCode: '2005100', latestTransactionStatus: '03', transactionStatusDesc: 'Pending', amount: { value: 25000 }, feeAmount: { value: 1500 } });
    expect(before.body.paidTime).toBeUndefined();

    const paid = await pay(payer, 'PAY-J-1', qr.qrContent, '25000.00', '1500.00');
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({ responseCode: '2005000', partnerReferenceNo: 'PAY-J-1', amount: { value: 25000, currency: 'IDR' }, feeAmount: { value: 1500, currency: 'IDR' } });
    expect(paid.body.additionalInfo.approvalCode).toMatch(/^\d{6}$/);
    expect(paid.body.transactionDate).toMatch(/\+07:00$/);
    expect(walletBalance(sb, RICH.accountId)).toBe(wallet0 - 26_500_00);
    expect(settlementBalance(sb)).toBe(settlement0 + 26_500_00);

    const after = await query(merchant, { originalPartnerReferenceNo: 'QR-J-1' });
    expect(after.body).toMatchObject({
      originalReferenceNo: qr.referenceNo,
      originalPartnerReferenceNo: 'QR-J-1',
      serviceCode: '47',
      latestTransactionStatus: '00',
      transactionStatusDesc: 'Success',
      approvalCode: paid.body.additionalInfo.approvalCode,
      additionalInfo: { approvalCode: paid.body.additionalInfo.approvalCode, paymentReferenceNo: paid.body.referenceNo },
    });
    expect(after.body.paidTime).toBe(paid.body.transactionDate);

    // The merchant partner is told, signed with its own secret over its own path.
    expect(await sb.notifier.runDue()).toBe(1);
    expect(server.received).toHaveLength(1);
    const note = server.received[0]!;
    const body = JSON.parse(note.rawBody);
    expect(body).toMatchObject({
      originalReferenceNo: qr.referenceNo,
      originalPartnerReferenceNo: 'QR-J-1',
      latestTransactionStatus: '00',
      amount: { value: '25000.00', currency: 'IDR' },
      feeAmount: { value: '1500.00', currency: 'IDR' },
      additionalInfo: { paymentReferenceNo: paid.body.referenceNo, approvalCode: paid.body.additionalInfo.approvalCode, terminalId: 'A02' },
    });
    const token = /^Bearer (.+)$/.exec(note.headers.authorization!)![1]!;
    const hash = createHash('sha256').update(note.rawBody).digest('hex');
    const expected = createHmac('sha512', sb.partner.clientSecret).update(`POST:${note.path}:${token}:${hash}:${note.headers['x-timestamp']}`).digest('base64');
    expect(note.headers['x-signature']).toBe(expected);

    // History: the payer's wallet shows the payment.
    const list = await payer.post('/snap-adapter/b2b2c/v1.0/transaction-history-list', { partnerReferenceNo: 'HIST-J-1' });
    const entry = list.body.detailData.find((d: { additionalInfo: { referenceNo: string } }) => d.additionalInfo.referenceNo === paid.body.referenceNo);
    expect(entry).toMatchObject({ type: 'PAYMENT', status: 'SUCCESS', amount: { value: '26500.00' }, remark: 'QRIS payment to SANDBOX TEST MERCHANT', additionalInfo: { debitCredit: 'DEBIT' } });

    const partial = await merchant.post(REFUND, { originalReferenceNo: qr.referenceNo, partnerRefundNo: 'QRF-J-1', refundAmount: idr('6500.00'), reason: 'tip returned' });
    expect(partial.body).toMatchObject({ responseCode: '2007800', originalReferenceNo: qr.referenceNo, partnerRefundNo: 'QRF-J-1', refundAmount: { value: '6500.00' } });
    expect(walletBalance(sb, RICH.accountId)).toBe(wallet0 - 20_000_00);
    const stillPaid = await query(merchant, { originalReferenceNo: qr.referenceNo });
    expect(stillPaid.body).toMatchObject({ latestTransactionStatus: '00', additionalInfo: { refundedAmount: '6500.00' } });

    const tooMuch = await merchant.post(REFUND, { originalReferenceNo: qr.referenceNo, partnerRefundNo: 'QRF-J-2', refundAmount: idr('20000.01') });
    expect(tooMuch.body).toMatchObject({ responseCode: '4047813', responseMessage: 'Invalid Amount' });

    const rest = await merchant.post(REFUND, { originalPartnerReferenceNo: 'QR-J-1', partnerRefundNo: 'QRF-J-3' });
    expect(rest.body).toMatchObject({ responseCode: '2007800', refundAmount: { value: '20000.00' }, additionalInfo: { remainingAmount: { value: '0.00' } } });
    expect(walletBalance(sb, RICH.accountId)).toBe(wallet0);
    expect(settlementBalance(sb)).toBe(settlement0);
    expect((await query(merchant, { originalReferenceNo: qr.referenceNo })).body).toMatchObject({ latestTransactionStatus: '04', transactionStatusDesc: 'Refunded' });

    const detail = await payer.post('/snap-adapter/b2b2c/v1.0/transaction-history-detail', { originalPartnerReferenceNo: 'PAY-J-1' });
    expect(detail.body).toMatchObject({ responseCode: '2001300', referenceNo: paid.body.referenceNo, type: 'PAYMENT', status: 'REFUNDED', amount: { value: '26500.00' }, refundAmount: { value: '26500.00' } });

    const verify = await sb.http.get('/admin/ledger/verify');
    expect(verify.body.checks.filter((c: { ok: boolean }) => !c.ok)).toEqual([]);
    expect(verify.body.ok).toBe(true);
  });

  it('when a static QR asks for a tip, then each payment takes its amount and tip from the request, the QR stays payable, and Query reports the latest payment', async () => {
    const qr = await generate(merchant, 'QR-S-1', { additionalInfo: { feeType: '3' } });
    expect(qr.qrContent).toMatch(/^000201010211/);
    const decoded = await payer.post(DECODE, { partnerReferenceNo: 'DEC-S-1', qrContent: qr.qrContent, scanTime: '2024-11-25T10:00:00+07:00' });
    expect(decoded.body.transactionAmount).toBeUndefined();
    expect(decoded.body).toMatchObject({ feeAmount: { value: 0 }, additionalInfo: { pointOfInitiationMethod: '11', feeType: '3', feeTypeDescription: 'OPEN_TIPS' } });
    expect((await query(merchant, { originalReferenceNo: qr.referenceNo })).body.amount).toBeUndefined();

    const wallet0 = walletBalance(sb, RICH.accountId);
    const first = await pay(payer, 'PAY-S-1', qr.qrContent, '12345.00', '2000.00');
    expect(first.body).toMatchObject({ responseCode: '2005000', amount: { value: 12345 }, feeAmount: { value: 2000 } });
    const second = await pay(payer, 'PAY-S-2', qr.qrContent, '5000.50');
    expect(second.body).toMatchObject({ responseCode: '2005000', amount: { value: 5000.5 }, feeAmount: { value: 0 } });
    expect(walletBalance(sb, RICH.accountId)).toBe(wallet0 - 14_345_00 - 5_000_50);

    const latest = await query(merchant, { originalReferenceNo: qr.referenceNo });
    expect(latest.body).toMatchObject({ latestTransactionStatus: '00', amount: { value: 5000.5 }, additionalInfo: { paymentReferenceNo: second.body.referenceNo } });
    // The payer can ask about its own payment by its own references.
    const mine = await query(payer, { originalPartnerReferenceNo: 'PAY-S-1' });
    expect(mine.body).toMatchObject({ originalReferenceNo: first.body.referenceNo, originalPartnerReferenceNo: 'PAY-S-1', amount: { value: 12345 }, feeAmount: { value: 2000 } });
  });
});
