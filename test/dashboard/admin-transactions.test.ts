import { beforeEach, describe, expect, it } from '@jest/globals';
import { signedClient, testSandbox, type TestSandbox } from '../helpers/harness.js';

/** GET /admin/transactions feeds the dashboard's "Recent transactions"; responses are validated against spec/. */
describe('GET /admin/transactions', () => {
  let sb: TestSandbox;
  beforeEach(async () => {
    sb = await testSandbox();
  });

  async function topUp(ref: string, accountId: string, value: string) {
    const c = await signedClient(sb);
    const res = await c.post('/snap-adapter/b2b/v1.0/emoney/topup', { partnerReferenceNo: ref, customerNumber: accountId, amount: { value, currency: 'IDR' } });
    expect(res.body.responseCode).toBe('2003800');
    return res.body.referenceNo as string;
  }

  it('when nothing has happened, then the list is empty', async () => {
    const res = await sb.http.get('/admin/transactions');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ transactions: [] });
  });

  it('when wallets are topped up, then each top-up is listed newest first with its SNAP status and money', async () => {
    const first = await topUp('TX-1', '1140340011', '10000.00');
    sb.clock.advance(5);
    const second = await topUp('TX-2', '1140340012', '20000.00');
    const res = await sb.http.get('/admin/transactions');
    expect(res.status).toBe(200);
    expect(res.body.transactions.map((t: { referenceNo: string }) => t.referenceNo)).toEqual([second, first]);
    expect(res.body.transactions[1]).toMatchObject({
      referenceNo: first,
      type: 'TOP_UP',
      clientId: sb.partner.clientId,
      accountId: '1140340011',
      partnerReferenceNo: 'TX-1',
      status: '00',
      statusDesc: 'Success',
      amount: { value: '10000.00', currency: 'IDR' },
    });
  });

  it('when filtered by accountId, type or limit, then only those rows come back', async () => {
    await topUp('TX-A', '1140340011', '10000.00');
    sb.clock.advance(1);
    await topUp('TX-B', '1140340012', '10000.00');
    const byAccount = await sb.http.get('/admin/transactions?accountId=1140340012');
    expect(byAccount.body.transactions.map((t: { partnerReferenceNo: string }) => t.partnerReferenceNo)).toEqual(['TX-B']);
    expect((await sb.http.get('/admin/transactions?type=PURCHASE')).body.transactions).toEqual([]);
    expect((await sb.http.get('/admin/transactions?limit=1')).body.transactions).toHaveLength(1);
    expect((await sb.http.get('/admin/transactions?type=NOPE')).status).toBe(400);
  });
});
