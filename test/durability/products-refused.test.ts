import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { answerBinding, bindingBody, boundCustomer, DD, ovoPaymentBody, pageToken } from '../helpers/direct-debit.js';
import { FaultyDisk } from '../helpers/faulty-disk.js';
import { signedClient, testSandbox, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { bankNumberOf, createdVa, VA_PATHS, vaBody } from '../helpers/virtual-account.js';

/**
 * Issue 21 for the products of issue 18: the writers outside the SNAP endpoints (paying a VA through
 * the admin API or the bank-simulator page, the direct-debit binding and payment pages) go through
 * store.transact. While the disk refuses, each answers a 5xx (the pages their 503 "Please try
 * again") and leaves the whole store as it was: no payment, no posting, no notification, the
 * binding still pending. Once the disk takes writes again, the same steps succeed.
 */
let dir: string;
let sb: TestSandbox;
let client: SnapClient;
const disk = new FaultyDisk();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'products-refused-'));
  sb = await testSandbox({ DATA_FILE: join(dir, 'data.json') }, { disk, retry: { firstMs: 0, maxMs: 0 } });
  client = await signedClient(sb);
});
afterAll(async () => {
  await sb.ctx.store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every row of every table, order aside. */
function dump(): Record<string, string[]> {
  return Object.fromEntries(sb.ctx.store.tables().map((t) => [t.name, [...t.values()].map((row) => JSON.stringify(row)).sort()]));
}

describe('virtual-account and direct-debit writes while the disk refuses', () => {
  it('when the disk refuses, then paying a VA (admin, bank simulator), creating one, and answering the binding and payment pages change nothing; afterwards they work', async () => {
    const va = await createdVa(client);
    const number = bankNumberOf(va);
    const bound = await boundCustomer(sb, client, 'EMONEY_OVO_SNAP');
    const opened = await client.post(DD.payment, ovoPaymentBody(`DD-REFUSED-${Date.now()}`, '30000.00'));
    expect(opened.status).toBe(200);
    const pending = await client.post(DD.binding, bindingBody('EMONEY_DANA_SNAP'), { 'X-DEVICE-ID': 'device-1' });
    expect(pending.status).toBe(200);

    disk.failEvery('ENOSPC');
    const before = dump();
    const adminPay = await sb.http.post(`/admin/virtual-accounts/${number}/pay`).send({ amount: '25000.00' });
    expect(adminPay.status).toBe(500);
    const simulator = await sb.http.post('/webview/bank-simulator').type('form').send({ virtualAccountNo: number });
    expect([simulator.status, simulator.text]).toEqual([503, expect.stringContaining('nothing was changed')]);
    const created = await client.post(VA_PATHS.create, vaBody());
    expect(created.status).toBe(500);
    const allow = await sb.http.post('/webview/direct-debit/binding').type('form').send({ token: pageToken(pending.body.redirectUrl), action: 'allow' });
    expect(allow.status).toBe(503);
    const payPage = await sb.http.post('/webview/direct-debit/pay').type('form').send({ token: pageToken(opened.body.webRedirectUrl), action: 'pay' });
    expect(payPage.status).toBe(503);
    expect(dump()).toEqual(before);

    disk.heal();
    expect((await sb.http.post(`/admin/virtual-accounts/${number}/pay`).send({ amount: '25000.00' })).body).toMatchObject({ responseCode: '2002500', virtualAccountStatus: 'PAID' });
    expect((await answerBinding(sb, pending.body.redirectUrl, 'allow')).startsWith('https://merchant.example/binding/success')).toBe(true);
    const paid = await sb.http.post('/webview/direct-debit/pay').type('form').send({ token: pageToken(opened.body.webRedirectUrl), action: 'pay' });
    expect(paid.status).toBe(302);
    const status = await bound.client.post(DD.status, { serviceCode: '55', originalReferenceNo: opened.body.referenceNo, additionalInfo: { channel: 'EMONEY_OVO_SNAP' } });
    expect(status.body).toMatchObject({ latestTransactionStatus: '00' });
    expect((await sb.http.get('/admin/ledger/verify')).body.ok).toBe(true);
  });
});
