import { beforeEach, describe, expect, it } from '@jest/globals';
import { settlementAccount } from '../../src/ledger/accounts.js';
import { balanceOf } from '../../src/ledger/ledger.js';
import { verifyLedger } from '../../src/ledger/verify.js';
import { signedClient, signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { CANCEL, openPurchase, query, REFUND, STATUS, submitPin, walletBalance } from '../helpers/purchase.js';
import { RICH } from '../helpers/personas.js';

const START = 5_000_000_00;

describe('Query, Cancel and Refund Purchase', () => {
  let sb: TestSandbox;
  let client: SnapClient;
  beforeEach(async () => {
    ({ sb, client } = await signedIn({ customer: RICH }));
  });

  async function paid(ref: string, value = '100000.00') {
    const opened = await openPurchase(client, ref, value);
    const res = await submitPin(sb, opened.token, RICH.pin);
    if (res.status !== 302) throw new Error(`PIN page answered ${res.status}`);
    return opened;
  }

  const refund = (body: Record<string, unknown>) => client.post(REFUND, body);
  const settlement = () => balanceOf(sb.ctx.store, settlementAccount(sb.partner.clientId));

  describe('Query Purchase (debit/status, 55)', () => {
    it('when found by either reference, then 2005500 with serviceCode 54, amounts, refundHistory and paidTime', async () => {
      const { referenceNo } = await paid('INV-Q');
      const refs: Record<string, string>[] = [{ originalPartnerReferenceNo: 'INV-Q' }, { originalReferenceNo: referenceNo }, { originalReferenceNo: referenceNo, originalPartnerReferenceNo: 'INV-Q' }];
      for (const ref of refs) {
        const res = await query(client, ref);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          responseCode: '2005500',
          responseMessage: 'Successful',
          originalPartnerReferenceNo: 'INV-Q',
          originalReferenceNo: referenceNo,
          serviceCode: '54',
          latestTransactionStatus: '00',
          transactionStatusDesc: 'Success',
          originalResponseCode: '2005400',
          refundHistory: [],
          transAmount: { value: '100000.00', currency: 'IDR' },
          feeAmount: { value: '0.00', currency: 'IDR' },
        });
        expect(res.body.originalExternalId).toMatch(/^\d+$/);
      }
    });

    it('when the purchase is unknown, or the references disagree, then 4045501 Transaction Not Found', async () => {
      const { referenceNo } = await paid('INV-Q2');
      const unknown = await query(client, { originalPartnerReferenceNo: 'NOPE' });
      expect(unknown.status).toBe(404);
      expect(unknown.body).toEqual({ responseCode: '4045501', responseMessage: 'Transaction Not Found', originalPartnerReferenceNo: 'NOPE' });
      const mixed = await query(client, { originalReferenceNo: referenceNo, originalPartnerReferenceNo: 'OTHER' });
      expect(mixed.body.responseCode).toBe('4045501');
    });

    it('when neither reference is sent, then 4005502; when serviceCode is not 54, then 4005501', async () => {
      expect((await client.post(STATUS, { serviceCode: '54' })).body).toEqual({ responseCode: '4005502', responseMessage: 'Invalid Mandatory Field originalPartnerReferenceNo' });
      expect((await client.post(STATUS, { originalPartnerReferenceNo: 'X', serviceCode: '38' })).body).toEqual({ responseCode: '4005501', responseMessage: 'Invalid Field Format serviceCode' });
    });

    it('when asked under /b2b2c/ with the customer token of another customer, then 4045501', async () => {
      await paid('INV-OTHER');
      const other = await signedClient(sb, { authCode: '0d3c2f1e-5b6a-4c7d-8e9f-a0b1c2d3e4f5' });
      const res = await other.post('/snap-adapter/b2b2c/v1.0/debit/status', { originalPartnerReferenceNo: 'INV-OTHER', serviceCode: '54' });
      expect(res.body.responseCode).toBe('4045501');
    });
  });

  describe('Cancel Purchase (debit/cancel, 57)', () => {
    it('when the purchase is paid, then it is reversed in full (settlement → wallet) and reports 05', async () => {
      const { referenceNo } = await paid('INV-C');
      expect(walletBalance(sb, RICH.accountId)).toBe(START - 100_000_00);
      const res = await client.post(CANCEL, { originalPartnerReferenceNo: 'INV-C', reason: 'changed mind' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ responseCode: '2005700', responseMessage: 'Successful', originalPartnerReferenceNo: 'INV-C', originalReferenceNo: referenceNo });
      expect(res.body.cancelTime).toMatch(/\+07:00$/);
      expect(walletBalance(sb, RICH.accountId)).toBe(START);
      expect(settlement()).toBe(0);
      expect((await query(client, { originalReferenceNo: referenceNo })).body).toMatchObject({ latestTransactionStatus: '05', transactionStatusDesc: 'Canceled' });
      expect(verifyLedger(sb.ctx.store).ok).toBe(true);
    });

    it('when the purchase still waits for the PIN, then it is closed (05) and its PIN page stops working', async () => {
      const { token, referenceNo } = await openPurchase(client, 'INV-CP');
      const res = await client.post(CANCEL, { originalPartnerReferenceNo: 'INV-CP' });
      expect(res.body.responseCode).toBe('2005700');
      expect((await query(client, { originalReferenceNo: referenceNo })).body).toMatchObject({ latestTransactionStatus: '05', originalResponseCode: '4045404' });
      const page = await submitPin(sb, token, RICH.pin);
      expect(page.status).toBe(410);
      expect(page.text).toContain('cancelled');
      expect(walletBalance(sb, RICH.accountId)).toBe(START);
    });

    it('when cancelled twice, or cancelled after a refund, then 4045700 Invalid Transaction Status', async () => {
      await paid('INV-C2');
      expect((await client.post(CANCEL, { originalPartnerReferenceNo: 'INV-C2' })).body.responseCode).toBe('2005700');
      const twice = await client.post(CANCEL, { originalPartnerReferenceNo: 'INV-C2' });
      expect(twice.status).toBe(404);
      expect(twice.body).toMatchObject({ responseCode: '4045700', responseMessage: 'Invalid Transaction Status', originalPartnerReferenceNo: 'INV-C2' });
      expect(walletBalance(sb, RICH.accountId)).toBe(START);

      await paid('INV-C3');
      await refund({ originalPartnerReferenceNo: 'INV-C3', partnerRefundNo: 'R-C3', refundAmount: { value: '1.00', currency: 'IDR' } });
      expect((await client.post(CANCEL, { originalPartnerReferenceNo: 'INV-C3' })).body.responseCode).toBe('4045700');
    });

    it('when the amount sent differs from the purchase, then 4045713; unknown purchase, then 4045701', async () => {
      await paid('INV-C4');
      expect((await client.post(CANCEL, { originalPartnerReferenceNo: 'INV-C4', amount: { value: '1.00', currency: 'IDR' } })).body.responseCode).toBe('4045713');
      expect((await client.post(CANCEL, { originalPartnerReferenceNo: 'NOPE' })).body.responseCode).toBe('4045701');
    });

    it('when the purchase expired unpaid, then it cannot be cancelled (4045700)', async () => {
      await openPurchase(client, 'INV-CE', '1000.00', { validUpTo: new Date(sb.clock.now() + 60_000).toISOString() });
      sb.clock.advance(61);
      await client.getB2bToken();
      expect((await client.post(CANCEL, { originalPartnerReferenceNo: 'INV-CE' })).body.responseCode).toBe('4045700');
    });
  });

  describe('Refund Purchase (debit/refund, 58)', () => {
    it('when refunded in parts up to the paid amount, then each part is 2005800, refundHistory lists them and the purchase ends 04', async () => {
      const { referenceNo } = await paid('INV-R', '100000.00');
      const r1 = await refund({ originalPartnerReferenceNo: 'INV-R', partnerRefundNo: 'R-1', refundAmount: { value: '30000.00', currency: 'IDR' }, reason: 'one item' });
      expect(r1.status).toBe(200);
      expect(r1.body).toMatchObject({ responseCode: '2005800', originalPartnerReferenceNo: 'INV-R', originalReferenceNo: referenceNo, partnerRefundNo: 'R-1', refundAmount: { value: '30000.00', currency: 'IDR' } });
      expect(r1.body.refundNo).toMatch(/^[0-9A-Z]{20}$/);
      expect((await query(client, { originalReferenceNo: referenceNo })).body.latestTransactionStatus).toBe('00');
      expect(walletBalance(sb, RICH.accountId)).toBe(START - 70_000_00);

      const r2 = await refund({ originalPartnerReferenceNo: 'INV-R', partnerRefundNo: 'R-2', refundAmount: { value: '20000.00', currency: 'IDR' } });
      expect(r2.body.responseCode).toBe('2005800');
      const rest = await refund({ originalPartnerReferenceNo: 'INV-R', partnerRefundNo: 'R-3' });
      expect(rest.body.refundAmount).toEqual({ value: '50000.00', currency: 'IDR' });

      const status = await query(client, { originalPartnerReferenceNo: 'INV-R' });
      expect(status.body).toMatchObject({ latestTransactionStatus: '04', transactionStatusDesc: 'Refunded' });
      expect(status.body.refundHistory.map((r: { partnerRefundNo: string; refundAmount: { value: string }; refundStatus: string }) => [r.partnerRefundNo, r.refundAmount.value, r.refundStatus])).toEqual([
        ['R-1', '30000.00', '00'],
        ['R-2', '20000.00', '00'],
        ['R-3', '50000.00', '00'],
      ]);
      expect(status.body.refundHistory[0].reason).toBe('one item');
      expect(walletBalance(sb, RICH.accountId)).toBe(START);
      expect(settlement()).toBe(0);
      expect(verifyLedger(sb.ctx.store).ok).toBe(true);
    });

    it('when a refund asks for more than is left, then 4045813 Invalid Amount and nothing moves', async () => {
      await paid('INV-RO', '10000.00');
      const over = await refund({ originalPartnerReferenceNo: 'INV-RO', partnerRefundNo: 'R-O1', refundAmount: { value: '10000.01', currency: 'IDR' } });
      expect(over.status).toBe(404);
      expect(over.body).toMatchObject({ responseCode: '4045813', responseMessage: 'Invalid Amount', partnerRefundNo: 'R-O1' });
      await refund({ originalPartnerReferenceNo: 'INV-RO', partnerRefundNo: 'R-O2', refundAmount: { value: '6000.00', currency: 'IDR' } });
      const more = await refund({ originalPartnerReferenceNo: 'INV-RO', partnerRefundNo: 'R-O3', refundAmount: { value: '4000.01', currency: 'IDR' } });
      expect(more.body.responseCode).toBe('4045813');
      await refund({ originalPartnerReferenceNo: 'INV-RO', partnerRefundNo: 'R-O4' });
      const after = await refund({ originalPartnerReferenceNo: 'INV-RO', partnerRefundNo: 'R-O5', refundAmount: { value: '0.01', currency: 'IDR' } });
      expect(after.body.responseCode).toBe('4045813');
      expect(walletBalance(sb, RICH.accountId)).toBe(START);
    });

    it('when the purchase is not paid (waiting, failed, cancelled), then 4045800 Invalid Transaction Status', async () => {
      await openPurchase(client, 'INV-RU');
      const unpaid = await refund({ originalPartnerReferenceNo: 'INV-RU', partnerRefundNo: 'R-U1' });
      expect(unpaid.status).toBe(404);
      expect(unpaid.body).toMatchObject({ responseCode: '4045800', responseMessage: 'Invalid Transaction Status' });
      await paid('INV-RC');
      await client.post(CANCEL, { originalPartnerReferenceNo: 'INV-RC' });
      expect((await refund({ originalPartnerReferenceNo: 'INV-RC', partnerRefundNo: 'R-U2' })).body.responseCode).toBe('4045800');
    });

    it('when a partnerRefundNo is repeated with the same body, then the original refund comes back; with another body, then 4095801', async () => {
      await paid('INV-RD', '10000.00');
      const body = { originalPartnerReferenceNo: 'INV-RD', partnerRefundNo: 'R-D', refundAmount: { value: '1000.00', currency: 'IDR' } };
      const first = await refund(body);
      const again = await refund(body);
      expect(again.body).toEqual(first.body);
      const other = await refund({ ...body, refundAmount: { value: '2000.00', currency: 'IDR' } });
      expect(other.status).toBe(409);
      expect(other.body).toMatchObject({ responseCode: '4095801', partnerRefundNo: 'R-D' });
      expect(walletBalance(sb, RICH.accountId)).toBe(START - 9_000_00);
    });

    it('when the purchase is unknown, then 4045801', async () => {
      expect((await refund({ originalPartnerReferenceNo: 'NOPE', partnerRefundNo: 'R-N' })).body.responseCode).toBe('4045801');
    });

    it('when sent to the /b2b2c/ path, then it is the same operation', async () => {
      await paid('INV-RB', '10000.00');
      const res = await client.post('/snap-adapter/b2b2c/v1.0/debit/refund', { originalPartnerReferenceNo: 'INV-RB', partnerRefundNo: 'R-B' });
      expect(res.body.responseCode).toBe('2005800');
    });
  });
});
