import { beforeEach, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { externalId } from '../../src/client/signing.js';
import { readQris, writeQris } from '../../src/snap/qris/qris-payload.js';
import { signedClient, signedIn, SnapClient, type TestSandbox } from '../helpers/harness.js';
import { EMPTY, RICH } from '../helpers/personas.js';
import { CANCEL, DECODE, GENERATE, generate, idr, ledgerFingerprint, MERCHANT_ID, moneyFingerprint, pay, query, REFUND, walletBalance } from '../helpers/qris.js';

describe('QRIS rules', () => {
  let sb: TestSandbox;
  let client: SnapClient;
  beforeEach(async () => {
    ({ sb, client } = await signedIn({ customer: RICH }));
  });
  const decode = (qrContent: string) => client.post(DECODE, { partnerReferenceNo: 'DEC-R', qrContent, scanTime: '2024-11-25T10:00:00+07:00' });

  describe('Generate', () => {
    it.each([
      ['another merchantId', '4044708', 'Invalid Merchant', { merchantId: 'M-SOMEONE-ELSE' }],
      ['a terminal the merchant does not have', '4044717', 'Invalid Terminal', { terminalId: 'Z99' }],
      ['feeType 2 without feeAmount', '4004702', 'Invalid Mandatory Field feeAmount', { amount: idr('1000.00'), additionalInfo: { feeType: '2' } }],
      ['a feeAmount with feeType 1', '4004701', 'Invalid Field Format feeAmount', { amount: idr('1000.00'), feeAmount: idr('500.00'), additionalInfo: { feeType: '1' } }],
      ['a validityPeriod in the past', '4004701', 'Invalid Field Format validityPeriod', { amount: idr('1000.00'), validityPeriod: '2000-01-01T00:00:00+07:00' }],
      ['an amount above the partner maximum', '4034702', 'Exceeds Transaction Amount Limit', { amount: idr('10000000.01') }],
    ])('when it names %s, then it is refused with %s %s and no QR is stored', async (_what, code, message, extra) => {
      const res = await client.post(GENERATE, { partnerReferenceNo: 'QR-BAD', merchantId: MERCHANT_ID, ...extra });
      expect(res.body).toMatchObject({ responseCode: code, responseMessage: message, partnerReferenceNo: 'QR-BAD' });
      expect(sb.ctx.store.qrCodes.size).toBe(0);
    });

    it('when a partnerReferenceNo is sent again, then the same body replays the same QR and another body is 4094701', async () => {
      const body = { partnerReferenceNo: 'QR-TWICE', merchantId: MERCHANT_ID, amount: idr('5000.00') };
      const first = await client.post(GENERATE, body);
      const again = await client.post(GENERATE, body);
      expect(again.body).toEqual(first.body);
      const other = await client.post(GENERATE, { ...body, amount: idr('6000.00') });
      expect(other.body).toMatchObject({ responseCode: '4094701' });
      expect(sb.ctx.store.qrCodes.size).toBe(1);
    });
  });

  describe('Payment', () => {
    it('when the wallet is short, then 4035014 Insufficient Funds and nothing moves', async () => {
      const qr = await generate(client, 'QR-SHORT', { amount: idr('10000.00') });
      const empty = await signedClient(sb, EMPTY);
      const before = ledgerFingerprint(sb);
      const res = await pay(empty, 'PAY-SHORT', qr.qrContent, '10000.00');
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ responseCode: '4035014', responseMessage: 'Insufficient Funds', partnerReferenceNo: 'PAY-SHORT' });
      expect(ledgerFingerprint(sb)).toBe(before);
    });

    it('when the wallet is blocked after the customer token was issued, then 4035018 and nothing moves', async () => {
      const qr = await generate(client, 'QR-BLOCKED', { amount: idr('10000.00') });
      const wallet = sb.ctx.store.wallets.get(RICH.accountId)!;
      sb.ctx.store.wallets.put({ ...wallet, status: 'BLOCKED' });
      const before = ledgerFingerprint(sb);
      expect((await pay(client, 'PAY-BLOCKED', qr.qrContent, '10000.00')).body).toMatchObject({ responseCode: '4035018', responseMessage: 'Inactive Card/Account/Customer' });
      expect(ledgerFingerprint(sb)).toBe(before);
    });

    it.each([
      ['an amount other than the dynamic QR asks', '4045013', '9999.00', '1000.00'],
      ['a fee other than the QR fixes', '4045013', '10000.00', '0.00'],
    ])('when the request sends %s, then %s Invalid Amount and nothing moves', async (_what, code, amount, fee) => {
      const qr = await generate(client, 'QR-FEE', { amount: idr('10000.00'), feeAmount: idr('1000.00'), additionalInfo: { feeType: '2' } });
      const before = ledgerFingerprint(sb);
      expect((await pay(client, 'PAY-FEE', qr.qrContent, amount, fee)).body).toMatchObject({ responseCode: code, responseMessage: 'Invalid Amount' });
      expect(ledgerFingerprint(sb)).toBe(before);
    });

    it('when the QR is not one this sandbox generated, or one of its QRs edited and re-signed, then 4045008 Invalid Merchant', async () => {
      const external = writeQris({ dynamic: false, accounts: [{ tag: '26', globalId: 'ID.CO.OTHER.WWW', pan: '9360000011112222333', merchantId: 'X1', criteria: 'UMI' }], mcc: '5411', tip: { kind: 'none' }, merchantName: 'TOKO LAIN', merchantCity: 'SURABAYA' });
      expect((await decode(external)).body.responseCode).toBe('2004800');
      expect((await pay(client, 'PAY-EXT', external, '5000.00')).body).toMatchObject({ responseCode: '4045008', responseMessage: 'Invalid Merchant' });

      const qr = await generate(client, 'QR-EDIT', { amount: idr('50000.00') });
      const cheaper = writeQris({ ...readQris(qr.qrContent, 'x'), amountMinor: 100 });
      expect((await pay(client, 'PAY-EDIT', cheaper, '1.00')).body).toMatchObject({ responseCode: '4045008' });
    });

    it('when a dynamic QR is paid, then paying it again is 4045014 Paid Bill, decoding it is 4044814, and a replay of the first payment answers as before', async () => {
      const qr = await generate(client, 'QR-ONCE', { amount: idr('7000.00') });
      const first = await pay(client, 'PAY-ONCE-1', qr.qrContent, '7000.00');
      expect(first.body.responseCode).toBe('2005000');
      const replay = await pay(client, 'PAY-ONCE-1', qr.qrContent, '7000.00');
      expect(replay.body).toEqual(first.body);
      expect((await pay(client, 'PAY-ONCE-1', qr.qrContent, '7000.00', '0.00')).body.responseCode).toBe('4095001');
      expect((await pay(client, 'PAY-ONCE-2', qr.qrContent, '7000.00')).body).toMatchObject({ responseCode: '4045014', responseMessage: 'Paid Bill' });
      expect((await decode(qr.qrContent)).body).toMatchObject({ responseCode: '4044814' });
    });

    it('when an X-EXTERNAL-ID is reused the same day, then 4095000 Conflict and nothing moves', async () => {
      const qr = await generate(client, 'QR-XID', { amount: idr('3000.00') });
      const other = await generate(client, 'QR-XID-2', { amount: idr('3000.00') });
      const id = externalId();
      expect((await pay(client, 'PAY-XID-1', qr.qrContent, '3000.00', undefined, { 'X-EXTERNAL-ID': id })).body.responseCode).toBe('2005000');
      const before = ledgerFingerprint(sb);
      expect((await pay(client, 'PAY-XID-2', other.qrContent, '3000.00', undefined, { 'X-EXTERNAL-ID': id })).body).toMatchObject({ responseCode: '4095000', responseMessage: 'Conflict' });
      expect(ledgerFingerprint(sb)).toBe(before);
    });

    it('when the customer token is missing, then 4015001 (the code DOKU\'s demo renews its customer token on) and nothing moves', async () => {
      const qr = await generate(client, 'QR-NOTOKEN', { amount: idr('3000.00') });
      const before = ledgerFingerprint(sb);
      const res = await pay(client, 'PAY-NOTOKEN', qr.qrContent, '3000.00', undefined, { 'Authorization-Customer': undefined });
      expect([res.status, res.body]).toEqual([401, { responseCode: '4015001', responseMessage: 'Invalid Customer Token' }]);
      expect(ledgerFingerprint(sb)).toBe(before);
    });
  });

  describe('expiry and cancel', () => {
    it('when a dynamic QR outlives QR_VALIDITY_SECONDS (1800) on the sandbox clock, then Decode 4034800, Payment 4035000 and Query 06 Expired; nothing moves', async () => {
      const qr = await generate(client, 'QR-OLD', { amount: idr('4000.00') });
      const later = async (seconds: number) => {
        sb.clock.advance(seconds);
        client = await signedClient(sb, RICH); // tokens live 900 s
      };
      await later(1799);
      expect((await decode(qr.qrContent)).body.responseCode).toBe('2004800');
      await later(2);
      const before = moneyFingerprint(sb);
      expect((await decode(qr.qrContent)).body).toMatchObject({ responseCode: '4034800', responseMessage: 'Transaction Expired' });
      expect((await pay(client, 'PAY-OLD', qr.qrContent, '4000.00')).body).toMatchObject({ responseCode: '4035000' });
      expect((await query(client, { originalReferenceNo: qr.referenceNo })).body).toMatchObject({ latestTransactionStatus: '06', transactionStatusDesc: 'Expired' });
      expect(moneyFingerprint(sb)).toBe(before);
    });

    it('when an unpaid QR is cancelled, then it cannot be decoded (4044804) or paid (4045004), Query says 05, and a second cancel is 4047700', async () => {
      const qr = await generate(client, 'QR-CXL', { amount: idr('4000.00') });
      expect((await client.post(CANCEL, { originalPartnerReferenceNo: 'QR-CXL', reason: 'order changed' })).body).toMatchObject({ responseCode: '2007700', originalReferenceNo: qr.referenceNo });
      expect((await decode(qr.qrContent)).body.responseCode).toBe('4044804');
      expect((await pay(client, 'PAY-CXL', qr.qrContent, '4000.00')).body.responseCode).toBe('4045004');
      expect((await query(client, { originalReferenceNo: qr.referenceNo })).body).toMatchObject({ latestTransactionStatus: '05' });
      expect((await client.post(CANCEL, { originalPartnerReferenceNo: 'QR-CXL' })).body.responseCode).toBe('4047700');
    });

    it('when a paid QR is cancelled, then amount and fee go back to the wallet, the payment reads 05, refunds are refused and the ledger verifies', async () => {
      const wallet0 = walletBalance(sb, RICH.accountId);
      const qr = await generate(client, 'QR-REV', { amount: idr('8000.00'), feeAmount: idr('500.00') });
      expect((await pay(client, 'PAY-REV', qr.qrContent, '8000.00', '500.00')).body.responseCode).toBe('2005000');
      expect(walletBalance(sb, RICH.accountId)).toBe(wallet0 - 8_500_00);
      expect((await client.post(CANCEL, { originalReferenceNo: qr.referenceNo })).body.responseCode).toBe('2007700');
      expect(walletBalance(sb, RICH.accountId)).toBe(wallet0);
      expect((await query(client, { originalReferenceNo: qr.referenceNo })).body).toMatchObject({ latestTransactionStatus: '05' });
      expect((await client.post(REFUND, { originalReferenceNo: qr.referenceNo, partnerRefundNo: 'RF-REV' })).body.responseCode).toBe('4047800');
      expect((await sb.http.get('/admin/ledger/verify')).body.ok).toBe(true);
    });
  });

  describe('Query', () => {
    it("when the QR is unknown, named by mismatching references, or another merchant's, then 4045101", async () => {
      const qr = await generate(client, 'QR-MINE', { amount: idr('1000.00') });
      expect((await query(client, { originalReferenceNo: 'NOPE' })).body).toMatchObject({ responseCode: '4045101', responseMessage: 'Transaction Not Found', originalReferenceNo: 'NOPE' });
      expect((await query(client, { originalReferenceNo: qr.referenceNo, originalPartnerReferenceNo: 'QR-OTHER' })).body.responseCode).toBe('4045101');
      expect((await client.post('/snap-adapter/b2b/v1.0/qr/qr-mpm-query', { originalReferenceNo: qr.referenceNo, serviceCode: '51', merchantId: 'M-X' })).body.responseCode).toBe('4045101');

      const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const other = { clientId: 'BRN-OTHER-1', clientSecret: 'SK-OTHER-MERCHANT-1', publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(), merchantId: 'M-OTHER' };
      expect((await sb.http.post('/admin/partners').send(other)).status).toBe(201);
      const stranger = new SnapClient(sb.app, { clientId: other.clientId, clientSecret: other.clientSecret, privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() }, () => sb.clock.now());
      await stranger.getB2bToken();
      expect((await query(stranger, { originalReferenceNo: qr.referenceNo })).body.responseCode).toBe('4045101');
      expect((await stranger.post(REFUND, { originalReferenceNo: qr.referenceNo, partnerRefundNo: 'RF-X' })).body.responseCode).toBe('4047801');
      expect((await stranger.post(GENERATE, { partnerReferenceNo: 'QR-O', merchantId: 'M-OTHER', amount: idr('1000.00') })).body).toMatchObject({ responseCode: '2004700', merchantName: 'BRN-OTHER-1' });
    });

    it('when the demo apps name the original with serviceCode 51 (Android) or 50 (iOS), then it is echoed as sent', async () => {
      const qr = await generate(client, 'QR-SC', { amount: idr('1000.00') });
      for (const serviceCode of ['47', '50', '51']) {
        const res = await client.post('/snap-adapter/b2b/v1.0/qr/qr-mpm-query', { originalReferenceNo: qr.referenceNo, originalPartnerReferenceNo: 'QR-SC', serviceCode, merchantId: MERCHANT_ID });
        expect(res.body).toMatchObject({ responseCode: '2005100', serviceCode, latestTransactionStatus: '03' });
      }
    });
  });
});
