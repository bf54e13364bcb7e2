import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, createHmac } from 'node:crypto';
import { settlementAccount } from '../../src/ledger/accounts.js';
import { balanceOf } from '../../src/ledger/ledger.js';
import { signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { partnerServer } from '../helpers/partner-server.js';
import { bankNumberOf, createdVa, PSID, VA_PATHS, vaKey } from '../helpers/virtual-account.js';

/** Paying virtual accounts through the admin API: money to the settlement, the VA's state, the notification. */
let sb: TestSandbox;
let client: SnapClient;
let partner: Awaited<ReturnType<typeof partnerServer>>;
beforeAll(async () => {
  ({ sb, client } = await signedIn());
  partner = await partnerServer();
  const seed = sb.ctx.seed.partners[0]!;
  await sb.http.post('/admin/partners').send({ clientId: seed.clientId, clientSecret: seed.clientSecret, publicKey: seed.publicKeyPem, notificationUrl: partner.url.replace('/v1.0/debit/notify', '/v1.1/transfer-va/payment') }).expect(201);
});
afterAll(async () => {
  await partner.close();
  await sb.ctx.store.close();
});

const pay = (number: string, body: Record<string, unknown> = {}) => sb.http.post(`/admin/virtual-accounts/${number}/pay`).send(body);
const status = (va: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  client.post(VA_PATHS.status, { partnerServiceId: va.partnerServiceId, customerNo: va.customerNo, virtualAccountNo: va.virtualAccountNo, ...extra });

describe('POST /admin/virtual-accounts/{virtualAccountNo}/pay', () => {
  it('pays a closed VA in full: settlement +25,000.00, the VA PAID, the status check paid, the ledger consistent', async () => {
    const va = await createdVa(client);
    const settlement = settlementAccount(sb.partner.clientId);
    const before = balanceOf(sb.ctx.store, settlement);
    const res = await pay(bankNumberOf(va), { senderName: 'Siti' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ responseCode: '2002500', virtualAccountNo: va.virtualAccountNo, trxId: va.trxId, paidAmount: { value: '25000.00', currency: 'IDR' }, virtualAccountStatus: 'PAID' });
    expect(balanceOf(sb.ctx.store, settlement) - before).toBe(2_500_000);

    const checked = await status(va);
    expect(checked.body.virtualAccountData).toMatchObject({
      paymentFlagStatus: '00',
      paymentFlagReason: { english: 'Success', indonesia: 'Sukses' },
      paymentRequestId: res.body.paymentRequestId,
      paidAmount: { value: '25000.00', currency: 'IDR' },
    });
    expect(checked.body.additionalInfo).toMatchObject({ virtualAccountStatus: 'PAID' });
    expect((await sb.http.get('/admin/ledger/verify')).body.ok).toBe(true);
    const transactions = await sb.http.get(`/admin/transactions?type=VA_PAYMENT&clientId=${sb.partner.clientId}`);
    expect(transactions.body.transactions[0]).toMatchObject({ referenceNo: res.body.referenceNo, type: 'VA_PAYMENT', partnerReferenceNo: va.trxId, status: '00' });
  });

  it('a paid closed VA takes no second payment (4042514), no update (4042814) and no delete (4043114)', async () => {
    const va = await createdVa(client);
    await pay(bankNumberOf(va)).expect(200);
    expect((await pay(bankNumberOf(va))).body).toEqual({ responseCode: '4042514', responseMessage: 'Paid Bill' });
    const update = await client.send('PUT', VA_PATHS.update, { ...vaKey(va), totalAmount: { value: null, currency: null }, additionalInfo: { channel: 'VIRTUAL_ACCOUNT_BNI' }, virtualAccountTrxType: 'C' });
    expect(update.body).toEqual({ responseCode: '4042814', responseMessage: 'Paid Bill' });
    const del = await client.send('DELETE', VA_PATHS.delete, { ...vaKey(va), additionalInfo: { channel: 'VIRTUAL_ACCOUNT_BNI' } });
    expect(del.body).toEqual({ responseCode: '4043114', responseMessage: 'Paid Bill' });
  });

  it('a closed VA refuses another amount (4042513); an open one takes amounts within its bounds', async () => {
    const closed = await createdVa(client);
    expect((await pay(bankNumberOf(closed), { amount: '24999.99' })).body).toEqual({ responseCode: '4042513', responseMessage: 'Invalid Amount' });
    const open = await createdVa(client, { virtualAccountTrxType: 'V', totalAmount: { value: '0', currency: 'IDR' } }, { minAmount: '10000', maxAmount: '50000', reusableStatus: true });
    expect((await pay(bankNumberOf(open), { amount: '9999.99' })).body).toEqual({ responseCode: '4042513', responseMessage: 'Invalid Amount' });
    expect((await pay(bankNumberOf(open), { amount: '50000.01' })).body).toEqual({ responseCode: '4042513', responseMessage: 'Invalid Amount' });
    expect((await pay(bankNumberOf(open))).body).toEqual({ responseCode: '4002502', responseMessage: 'Invalid Mandatory Field amount' });
    const first = await pay(bankNumberOf(open), { amount: '10000' });
    const second = await pay(bankNumberOf(open), { amount: '42000.50' });
    expect(second.body).toMatchObject({ paidAmount: { value: '42000.50' }, virtualAccountStatus: 'ACTIVE' });
    // The status check names the latest payment, or the one asked for.
    expect((await status(open)).body.virtualAccountData).toMatchObject({ paymentRequestId: second.body.paymentRequestId, paidAmount: { value: '42000.50' } });
    expect((await status(open, { paymentRequestId: first.body.paymentRequestId })).body.virtualAccountData).toMatchObject({ paidAmount: { value: '10000.00' } });
    expect((await status(open, { paymentRequestId: '9999' })).body).toEqual({ responseCode: '4042601', responseMessage: 'Transaction Not Found' });
    const view = await sb.http.get(`/admin/virtual-accounts/${bankNumberOf(open)}`);
    expect(view.body).toMatchObject({ status: 'ACTIVE', paidAmount: { value: '52000.50' }, payments: [{ paidAmount: { value: '10000.00' } }, { paidAmount: { value: '42000.50' } }] });
  });

  it('an open VA without a maximum still stops at the partner\'s per-transaction limit (4032502)', async () => {
    const open = await createdVa(client, { virtualAccountTrxType: 'O', totalAmount: { value: '0', currency: 'IDR' } });
    expect((await pay(bankNumberOf(open), { amount: '10000000.01' })).body).toEqual({ responseCode: '4032502', responseMessage: 'Exceeds Transaction Amount Limit' });
  });

  it('unknown, inactive, deleted and expired VAs take no payment, and nothing is posted', async () => {
    const postings = sb.ctx.store.postings.size;
    expect((await pay('7778899999999999')).body).toEqual({ responseCode: '4042512', responseMessage: 'Invalid Bill/Virtual Account not found' });
    const inactive = await createdVa(client);
    await client.send('PUT', VA_PATHS.update, { ...vaKey(inactive), totalAmount: { value: null, currency: null }, additionalInfo: { channel: 'VIRTUAL_ACCOUNT_BNI', virtualAccountConfig: { status: 'INACTIVE' } }, virtualAccountTrxType: 'C' }).expect(200);
    expect((await pay(bankNumberOf(inactive))).body).toEqual({ responseCode: '4042512', responseMessage: 'Invalid Bill/Virtual Account inactive' });
    const deleted = await createdVa(client);
    await client.send('DELETE', VA_PATHS.delete, { ...vaKey(deleted), additionalInfo: { channel: 'VIRTUAL_ACCOUNT_BNI' } }).expect(200);
    expect((await pay(bankNumberOf(deleted))).body).toEqual({ responseCode: '4042512', responseMessage: 'Invalid Bill/Virtual Account not found' });
    const expiring = await createdVa(client, { expiredDate: new Date(sb.clock.now() + 60_000).toISOString().replace(/\.\d{3}Z$/, '+00:00') });
    sb.clock.advance(61);
    expect((await pay(bankNumberOf(expiring))).body).toEqual({ responseCode: '4042519', responseMessage: 'Invalid Bill/Virtual Account' });
    expect(sb.ctx.store.postings.size).toBe(postings);
    expect((await pay('7778899999999999', { amount: '1e5' })).body).toMatchObject({ responseCode: '4000001' });
    await client.getB2bToken();
  });

  it('the merchant gets DOKU\'s VA notification, signed with its secret over its own path', async () => {
    const va = await createdVa(client);
    const paid = await pay(bankNumberOf(va), { senderName: 'Siti' });
    await sb.notifier.runDue();
    const got = partner.received.find((r) => JSON.parse(r.rawBody).paymentRequestId === paid.body.paymentRequestId)!;
    expect(got.path).toBe('/v1.1/transfer-va/payment');
    expect(JSON.parse(got.rawBody)).toEqual({
      partnerServiceId: PSID,
      customerNo: va.customerNo,
      virtualAccountNo: va.virtualAccountNo,
      virtualAccountName: 'Budi Santoso',
      virtualAccountEmail: 'budi@example.com',
      virtualAccountPhone: '6281298765432',
      trxId: va.trxId,
      paymentRequestId: paid.body.paymentRequestId,
      paidAmount: { value: '25000.00', currency: 'IDR' },
      trxDateTime: expect.stringMatching(/\+07:00$/),
      virtualAccountTrxType: 'C',
      additionalInfo: { channel: 'VIRTUAL_ACCOUNT_BNI', virtualAccountConfig: { reusableStatus: false }, senderName: 'Siti', sourceAccountNo: '', sourceBankCode: '', sourceBankName: 'BNI' },
    });
    const token = String(got.headers.authorization).replace(/^Bearer /, '');
    const stringToSign = `POST:/v1.1/transfer-va/payment:${token}:${createHash('sha256').update(got.rawBody).digest('hex')}:${String(got.headers['x-timestamp'])}`;
    expect(got.headers['x-signature']).toBe(createHmac('sha512', sb.partner.clientSecret).update(stringToSign).digest('base64'));
    const log = await sb.http.get(`/admin/notifications?transactionId=${paid.body.referenceNo}`);
    expect(log.body.notifications[0]).toMatchObject({ status: 'DELIVERED' });
  });
});
