import { beforeEach, describe, expect, it } from '@jest/globals';
import { addMonthsWib, historyRange } from '../../src/snap/history/history.service.js';
import { clientFor, testSandbox, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { idr, registerPartner } from '../helpers/ledger-support.js';
import { EMPTY, RICH } from '../helpers/personas.js';
import { CANCEL, REFUND, openPurchase, submitPin } from '../helpers/purchase.js';

const LIST = '/snap-adapter/b2b2c/v1.0/transaction-history-list';
const LIST_B2B = '/snap-adapter/b2b/v1.0/transaction-history-list';
const DETAIL = '/snap-adapter/b2b2c/v1.0/transaction-history-detail';
const TOPUP = '/snap-adapter/b2b/v1.0/emoney/topup';
const TRANSFER = '/snap-adapter/b2b2c/v1.0/emoney/transfer-bank';
const START = Date.parse('2026-01-10T10:00:00+07:00');

let sb: TestSandbox;
let c: SnapClient;
let seq = 0;
const ref = (p = 'H') => `${p}-${++seq}`;

async function topUp(client: SnapClient, accountId: string, value: string, partnerReferenceNo = ref('TOP')) {
  const res = await client.post(TOPUP, { partnerReferenceNo, customerNumber: accountId, amount: idr(value) });
  expect(res.body.responseCode).toBe('2003800');
  return res.body as { referenceNo: string; partnerReferenceNo: string };
}

async function tokens(persona: { authCode: string } = EMPTY) {
  await c.getB2bToken();
  await c.getCustomerToken(persona.authCode);
}

beforeEach(async () => {
  sb = await testSandbox();
  sb.clock.set(START);
  c = clientFor(sb);
  await tokens();
});

describe('Transaction History List (transaction-history-list, 12)', () => {
  it("when the customer has a top-up and a bank transfer, then 2001200 lists both, newest first, with SNAP type, status and the balance effect", async () => {
    const top = await topUp(c, EMPTY.accountId, '100000.00');
    sb.clock.advance(60);
    const trf = await c.post(TRANSFER, { partnerReferenceNo: 'TRF-1', beneficiaryAccountNumber: '8377388292', beneficiaryBankCode: '014', amount: idr('40000.00') });
    expect(trf.body.responseCode).toBe('2004300');

    const res = await c.post(LIST, { partnerReferenceNo: 'LIST-1' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      responseCode: '2001200',
      responseMessage: 'Successful',
      referenceNo: expect.stringMatching(/^[0-9A-Z]{20}$/),
      partnerReferenceNo: 'LIST-1',
      detailData: [
        {
          dateTime: expect.stringMatching(/^2026-01-10T10:01:\d\d\+07:00$/),
          amount: idr('40000.00'),
          remark: 'Transfer to Bank Central Asia (BCA) 8377388292',
          sourceOfFunds: [{ source: 'BALANCE', amount: idr('40000.00') }],
          status: 'SUCCESS',
          type: 'SEND_MONEY',
          additionalInfo: { referenceNo: trf.body.referenceNo, partnerReferenceNo: 'TRF-1', latestTransactionStatus: '00', debitCredit: 'DEBIT' },
        },
        {
          dateTime: expect.stringMatching(/^2026-01-10T10:00:\d\d\+07:00$/),
          amount: idr('100000.00'),
          remark: 'Top up from Sandbox Test Merchant (TEST-ONLY)',
          sourceOfFunds: [{ source: 'PARTNER_DEPOSIT', amount: idr('100000.00') }],
          status: 'SUCCESS',
          type: 'TOP_UP',
          additionalInfo: { referenceNo: top.referenceNo, partnerReferenceNo: top.partnerReferenceNo, latestTransactionStatus: '00', debitCredit: 'CREDIT' },
        },
      ],
      additionalInfo: { pageNumber: 0, pageSize: 10, totalData: 2, totalPage: 1 },
    });
    const b2b = await c.post(LIST_B2B, {});
    expect(b2b.body.detailData).toEqual(res.body.detailData);
  });

  it("when another partner topped up the same wallet, then it is listed too; another customer's transactions are not", async () => {
    const other = await registerPartner(sb, '1000000.00');
    await topUp(other, EMPTY.accountId, '20000.00');
    await topUp(c, RICH.accountId, '30000.00');
    const res = await c.post(LIST, {});
    expect(res.body.detailData).toHaveLength(1);
    expect(res.body.detailData[0]).toMatchObject({ amount: idr('20000.00'), remark: `Top up from ${other.partner.clientId}` });
  });

  it('when there are 12 transactions, then pageSize 5 gives pages of 5, 5 and 2 and pageNumber 3 is empty', async () => {
    for (let i = 1; i <= 12; i += 1) {
      await topUp(c, EMPTY.accountId, `${10000 + i}.00`);
      sb.clock.advance(1);
    }
    const pages = [];
    for (let pageNumber = 0; pageNumber <= 3; pageNumber += 1) pages.push((await c.post(LIST, { pageSize: 5, pageNumber })).body);
    expect(pages.map((p) => p.detailData.length)).toEqual([5, 5, 2, 0]);
    expect(pages[0].additionalInfo).toEqual({ pageNumber: 0, pageSize: 5, totalData: 12, totalPage: 3 });
    const values = pages.flatMap((p) => p.detailData.map((d: { amount: { value: string } }) => d.amount.value));
    expect(values).toEqual(Array.from({ length: 12 }, (_, i) => `${10012 - i}.00`));
  });

  it('when pageSize is over 100 or 0, or pageNumber is negative, then 4001201 naming it', async () => {
    for (const [body, field] of [[{ pageSize: 101 }, 'pageSize'], [{ pageSize: 0 }, 'pageSize'], [{ pageNumber: -1 }, 'pageNumber']] as const) {
      const res = await c.post(LIST, body);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ responseCode: '4001201', responseMessage: `Invalid Field Format ${field}` });
    }
  });

  it('when the clock moves on, then the default window is the last month and older transactions need fromDateTime/toDateTime', async () => {
    await topUp(c, EMPTY.accountId, '11111.00');
    sb.clock.advance(40 * 24 * 3600);
    await tokens();
    await topUp(c, EMPTY.accountId, '22222.00');
    const recent = await c.post(LIST, {});
    expect(recent.body.detailData.map((d: { amount: { value: string } }) => d.amount.value)).toEqual(['22222.00']);
    const old = await c.post(LIST, { fromDateTime: '2026-01-10T00:00:00+07:00', toDateTime: '2026-01-11T00:00:00+07:00' });
    expect(old.body.detailData.map((d: { amount: { value: string } }) => d.amount.value)).toEqual(['11111.00']);
    const fromOnly = await c.post(LIST, { fromDateTime: '2026-01-01T00:00:00+07:00' });
    expect(fromOnly.body.detailData).toHaveLength(1);
  });

  it('when the range is over one month, starts more than a year back, or runs backwards, then 4001201 naming the field', async () => {
    const long = await c.post(LIST, { fromDateTime: '2025-12-01T00:00:00+07:00', toDateTime: '2026-01-01T00:00:01+07:00' });
    expect(long.body).toEqual({ responseCode: '4001201', responseMessage: 'Invalid Field Format toDateTime' });
    const exactMonth = await c.post(LIST, { fromDateTime: '2025-12-01T00:00:00+07:00', toDateTime: '2026-01-01T00:00:00+07:00' });
    expect(exactMonth.body.responseCode).toBe('2001200');
    const ancient = await c.post(LIST, { fromDateTime: '2025-01-09T00:00:00+07:00', toDateTime: '2025-01-20T00:00:00+07:00' });
    expect(ancient.body).toEqual({ responseCode: '4001201', responseMessage: 'Invalid Field Format fromDateTime' });
    const backwards = await c.post(LIST, { fromDateTime: '2026-01-05T00:00:00+07:00', toDateTime: '2026-01-04T00:00:00+07:00' });
    expect(backwards.body).toEqual({ responseCode: '4001201', responseMessage: 'Invalid Field Format fromDateTime' });
    const malformed = await c.post(LIST, { fromDateTime: '2026-01-05' });
    expect(malformed.body).toEqual({ responseCode: '4001201', responseMessage: 'Invalid Field Format fromDateTime' });
  });

  it('when there is no customer token, then 4011201 Invalid Customer Token', async () => {
    c.customerToken = undefined;
    const res = await c.post(LIST, {});
    expect(res.body).toEqual({ responseCode: '4011201', responseMessage: 'Invalid Customer Token' });
  });
});

describe('history date arithmetic', () => {
  it('adds calendar months in Jakarta time, clamping to the month end', () => {
    expect(new Date(addMonthsWib(Date.parse('2026-01-31T10:00:00+07:00'), 1)).toISOString()).toBe('2026-02-28T03:00:00.000Z');
    expect(new Date(addMonthsWib(Date.parse('2026-03-01T00:30:00+07:00'), -1)).toISOString()).toBe('2026-01-31T17:30:00.000Z');
    expect(new Date(addMonthsWib(Date.parse('2024-02-29T12:00:00+07:00'), -12)).toISOString()).toBe('2023-02-28T05:00:00.000Z');
  });

  it('defaults toDateTime to now and fromDateTime to one month before', () => {
    expect(historyRange({}, START)).toEqual({ from: Date.parse('2025-12-10T10:00:00+07:00'), to: START });
  });
});

describe('Transaction History Detail (transaction-history-detail, 13)', () => {
  it("when asked for one of this partner's transactions of the customer, then 2001300 with amount, type, status and refundAmount", async () => {
    const top = await topUp(c, EMPTY.accountId, '75000.00', 'TOP-DETAIL');
    const res = await c.post(DETAIL, { originalPartnerReferenceNo: 'TOP-DETAIL' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      responseCode: '2001300',
      responseMessage: 'Successful',
      referenceNo: top.referenceNo,
      partnerReferenceNo: 'TOP-DETAIL',
      amount: idr('75000.00'),
      dateTime: expect.stringMatching(/^2026-01-10T10:00:\d\d\+07:00$/),
      refundAmount: idr('0.00'),
      remark: 'Top up from Sandbox Test Merchant (TEST-ONLY)',
      sourceOfFunds: [{ source: 'PARTNER_DEPOSIT', amount: idr('75000.00') }],
      status: 'SUCCESS',
      type: 'TOP_UP',
      additionalInfo: { referenceNo: top.referenceNo, partnerReferenceNo: 'TOP-DETAIL', latestTransactionStatus: '00', debitCredit: 'CREDIT' },
    });
  });

  it("when the reference is unknown, another customer's or another partner's, then 4041301 Transaction Not Found", async () => {
    const unknown = await c.post(DETAIL, { originalPartnerReferenceNo: 'NOPE' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ responseCode: '4041301', responseMessage: 'Transaction Not Found', originalPartnerReferenceNo: 'NOPE' });
    await topUp(c, RICH.accountId, '10000.00', 'RICH-TOP');
    expect((await c.post(DETAIL, { originalPartnerReferenceNo: 'RICH-TOP' })).body.responseCode).toBe('4041301');
    const other = await registerPartner(sb, '100000.00');
    await topUp(other, EMPTY.accountId, '10000.00', 'OTHER-TOP');
    expect((await c.post(DETAIL, { originalPartnerReferenceNo: 'OTHER-TOP' })).body.responseCode).toBe('4041301');
  });

  it('when a purchase is pending, paid and partly refunded, or cancelled, then history maps it to PAYMENT with INIT/SUCCESS/CANCELLED and the right balance effect', async () => {
    await tokens(RICH);
    const pending = await openPurchase(c, 'PUR-PENDING', '15000.00');
    const paid = await openPurchase(c, 'PUR-PAID', '20000.00');
    expect((await submitPin(sb, paid.token, '135790')).status).toBe(302);
    const refund = await c.post(REFUND, { originalPartnerReferenceNo: 'PUR-PAID', originalReferenceNo: paid.referenceNo, partnerRefundNo: 'RF-1', refundAmount: idr('5000.00') });
    expect(refund.body.responseCode).toBe('2005800');
    const cancelled = await openPurchase(c, 'PUR-CANCEL', '7000.00');
    expect((await submitPin(sb, cancelled.token, '135790')).status).toBe(302);
    expect((await c.post(CANCEL, { originalPartnerReferenceNo: 'PUR-CANCEL', originalReferenceNo: cancelled.referenceNo })).body.responseCode).toBe('2005700');

    const list = (await c.post(LIST, { pageSize: 100 })).body.detailData as { type: string; status: string; amount: { value: string }; additionalInfo: { partnerReferenceNo: string; debitCredit: string } }[];
    const view = list.map((d) => `${d.additionalInfo.partnerReferenceNo} ${d.type} ${d.status} ${d.amount.value} ${d.additionalInfo.debitCredit}`).sort();
    expect(view).toEqual([
      'PUR-CANCEL CANCEL SUCCESS 7000.00 CREDIT',
      'PUR-CANCEL PAYMENT CANCELLED 7000.00 DEBIT',
      'PUR-PAID PAYMENT SUCCESS 20000.00 DEBIT',
      'PUR-PENDING PAYMENT INIT 15000.00 NONE',
      'RF-1 REFUND SUCCESS 5000.00 CREDIT',
    ]);

    const detail = await c.post(DETAIL, { originalPartnerReferenceNo: 'PUR-PAID' });
    expect(detail.body).toMatchObject({ type: 'PAYMENT', status: 'SUCCESS', amount: idr('20000.00'), refundAmount: idr('5000.00') });
    const cancelDetail = await c.post(DETAIL, { originalPartnerReferenceNo: 'PUR-CANCEL' });
    expect(cancelDetail.body).toMatchObject({ type: 'PAYMENT', status: 'CANCELLED', referenceNo: cancelled.referenceNo, cancelledTime: expect.stringMatching(/^2026-01-10T10:00:\d\d\+07:00$/) });
    expect(pending.referenceNo).toBeDefined();
  });
});
