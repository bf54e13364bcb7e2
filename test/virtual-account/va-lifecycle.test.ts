import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { bankNumberOf, createdVa, PSID, VA_PATHS, vaBody, vaKey } from '../helpers/virtual-account.js';

/** Create, update, delete and status of virtual accounts, and every refusal on the way. */
let sb: TestSandbox;
let client: SnapClient;
beforeAll(async () => {
  ({ sb, client } = await signedIn());
});
afterAll(() => sb.ctx.store.close());

describe('create-va', () => {
  it('MGPC keeps the merchant\'s number; DGPC (no customerNo) gets a 12-digit one from the sandbox', async () => {
    const mgpc = vaBody();
    const made = await client.post(VA_PATHS.create, mgpc);
    expect(made.status).toBe(200);
    expect(made.body.virtualAccountData).toMatchObject({ virtualAccountNo: mgpc.virtualAccountNo, customerNo: mgpc.customerNo, virtualAccountTrxType: 'C' });

    const { customerNo: _c, virtualAccountNo: _v, ...dgpc } = vaBody();
    const generated = await client.post(VA_PATHS.create, dgpc);
    expect(generated.status).toBe(200);
    const data = generated.body.virtualAccountData as Record<string, string>;
    expect(data.customerNo).toMatch(/^\d{12}$/);
    expect(data.virtualAccountNo).toBe(`${PSID}${data.customerNo}`);
  });

  it('refuses a number that is not partnerServiceId + customerNo, naming virtualAccountNo', async () => {
    const res = await client.post(VA_PATHS.create, vaBody({ virtualAccountNo: `${PSID}999` }));
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ responseCode: '4002701', responseMessage: 'Invalid Field Format virtualAccountNo' });
  });

  it('refuses an amount over the partner\'s per-transaction limit (4032702) and a closed bill of 0.00 (4042713)', async () => {
    const over = await client.post(VA_PATHS.create, vaBody({ totalAmount: { value: '10000000.01', currency: 'IDR' } }));
    expect(over.body).toEqual({ responseCode: '4032702', responseMessage: 'Exceeds Transaction Amount Limit' });
    const zero = await client.post(VA_PATHS.create, vaBody({ totalAmount: { value: '0.00', currency: 'IDR' } }));
    expect(zero.body).toEqual({ responseCode: '4042713', responseMessage: 'Invalid Amount' });
  });

  it('open amounts with bounds: V needs minAmount and maxAmount, min below max', async () => {
    const noMin = await client.post(VA_PATHS.create, vaBody({ virtualAccountTrxType: 'V', totalAmount: { value: '0', currency: 'IDR' } }, { maxAmount: '500000.00' }));
    expect(noMin.body).toEqual({ responseCode: '4002702', responseMessage: 'Invalid Mandatory Field additionalInfo.virtualAccountConfig.minAmount' });
    const upsideDown = await client.post(VA_PATHS.create, vaBody({ virtualAccountTrxType: 'O', totalAmount: { value: '0', currency: 'IDR' } }, { minAmount: '5000', maxAmount: '1000' }));
    expect(upsideDown.body).toEqual({ responseCode: '4002701', responseMessage: 'Invalid Field Format additionalInfo.virtualAccountConfig.maxAmount' });
    const ok = await client.post(VA_PATHS.create, vaBody({ virtualAccountTrxType: 'V', totalAmount: { value: '0', currency: 'IDR' } }, { minAmount: '10000', maxAmount: '500000.00', reusableStatus: true }));
    expect(ok.status).toBe(200);
    expect(ok.body.virtualAccountData).toMatchObject({
      totalAmount: { value: '0.00', currency: 'IDR' },
      additionalInfo: { virtualAccountConfig: { reusableStatus: true, minAmount: '10000.00', maxAmount: '500000.00' } },
    });
  });

  it('refuses an expiredDate that is not in the future (sandbox clock)', async () => {
    const res = await client.post(VA_PATHS.create, vaBody({ expiredDate: '2020-01-01T00:00:00+07:00' }));
    expect(res.body).toEqual({ responseCode: '4002701', responseMessage: 'Invalid Field Format expiredDate' });
  });

  it('duplicate references: a live number → 4092700, a live trxId of the partner → 4092701; nothing is stored', async () => {
    const first = await createdVa(client);
    const sameNumber = await client.post(VA_PATHS.create, { ...vaBody(), customerNo: first.customerNo, virtualAccountNo: first.virtualAccountNo });
    expect(sameNumber.body).toEqual({ responseCode: '4092700', responseMessage: 'Conflict' });
    const before = sb.ctx.store.virtualAccounts.size;
    const sameTrx = await client.post(VA_PATHS.create, vaBody({ trxId: first.trxId }));
    expect(sameTrx.body).toEqual({ responseCode: '4092701', responseMessage: 'Duplicate partnerReferenceNo' });
    expect(sb.ctx.store.virtualAccounts.size).toBe(before);
  });

  it('refuses what the SDK\'s rules refuse, before anything else: bad partnerServiceId, name, email, channel', async () => {
    for (const [field, value] of [
      ['partnerServiceId', '12345'],
      ['virtualAccountName', 'Budi <script>'],
      ['virtualAccountEmail', 'not-an-email'],
      ['virtualAccountTrxType', 'X'],
    ] as const) {
      const res = await client.post(VA_PATHS.create, vaBody({ [field]: value }));
      expect({ field, status: res.status, code: res.body.responseCode, message: res.body.responseMessage }).toMatchObject({ field, status: 400, code: '4002701', message: expect.stringContaining(field) });
    }
    const channel = await client.post(VA_PATHS.create, vaBody({ additionalInfo: { channel: 'VIRTUAL_ACCOUNT_NOWHERE' } }));
    expect(channel.body).toMatchObject({ responseCode: '4002701', responseMessage: expect.stringContaining('additionalInfo.channel') });
    const missing = await client.post(VA_PATHS.create, { ...vaBody(), trxId: undefined });
    expect(missing.body).toMatchObject({ responseCode: '4002702', responseMessage: expect.stringContaining('trxId') });
  });
});

describe('update-va and delete-va', () => {
  it('update-va (PUT) keeps what is null or absent and changes the rest; INACTIVE shows in the answer', async () => {
    const va = await createdVa(client);
    const res = await client.send('PUT', VA_PATHS.update, {
      ...vaKey(va),
      virtualAccountName: null,
      totalAmount: { value: '30000.00', currency: 'IDR' },
      additionalInfo: { channel: 'VIRTUAL_ACCOUNT_BNI', virtualAccountConfig: { status: 'INACTIVE' } },
      virtualAccountTrxType: 'C',
      expiredDate: null,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      responseCode: '2002800',
      virtualAccountData: { virtualAccountName: 'Budi Santoso', totalAmount: { value: '30000.00' }, expiredDate: '2099-01-01T10:00:00+07:00', additionalInfo: { virtualAccountConfig: { status: 'INACTIVE' } } },
    });
  });

  it('update-va of an unknown VA, another trxId or another channel → 4042812 naming why', async () => {
    const va = await createdVa(client);
    const update = (over: Record<string, unknown>) =>
      client.send('PUT', VA_PATHS.update, { ...vaKey(va), totalAmount: { value: null, currency: null }, additionalInfo: { channel: 'VIRTUAL_ACCOUNT_BNI' }, virtualAccountTrxType: 'C', ...over });
    expect((await update({ customerNo: '1', virtualAccountNo: `${PSID}1` })).body).toEqual({ responseCode: '4042812', responseMessage: 'Invalid Bill/Virtual Account not found' });
    expect((await update({ trxId: 'SOMETHING-ELSE' })).body).toEqual({ responseCode: '4042812', responseMessage: 'Invalid Bill/Virtual Account trxId does not match' });
    expect((await update({ additionalInfo: { channel: 'VIRTUAL_ACCOUNT_BCA' } })).body).toEqual({ responseCode: '4042812', responseMessage: 'Invalid Bill/Virtual Account channel does not match' });
  });

  it('update-va signed as POST is refused: the method is part of the signature', async () => {
    const va = await createdVa(client);
    const body = { ...vaKey(va), totalAmount: { value: '1.00', currency: 'IDR' }, additionalInfo: { channel: 'VIRTUAL_ACCOUNT_BNI' }, virtualAccountTrxType: 'C' };
    const signedAsPost = client.headers(VA_PATHS.update, body)['X-SIGNATURE']!;
    const res = await client.send('PUT', VA_PATHS.update, body, { 'X-SIGNATURE': signedAsPost });
    expect(res.body).toEqual({ responseCode: '4012800', responseMessage: 'Unauthorized. Invalid Signature' });
  });

  it('delete-va (DELETE with a body) ends the VA: the number can be created again, a second delete is 4043112', async () => {
    const va = await createdVa(client);
    const del = await client.send('DELETE', VA_PATHS.delete, { ...vaKey(va), additionalInfo: { channel: 'VIRTUAL_ACCOUNT_BNI' } });
    expect(del.status).toBe(200);
    expect(del.body).toMatchObject({ responseCode: '2003100', virtualAccountData: { virtualAccountNo: va.virtualAccountNo, trxId: va.trxId } });
    const again = await client.send('DELETE', VA_PATHS.delete, { ...vaKey(va), additionalInfo: { channel: 'VIRTUAL_ACCOUNT_BNI' } });
    expect(again.body).toEqual({ responseCode: '4043112', responseMessage: 'Invalid Bill/Virtual Account not found' });
    const recreated = await client.post(VA_PATHS.create, { ...vaBody(), customerNo: va.customerNo, virtualAccountNo: va.virtualAccountNo, trxId: va.trxId });
    expect(recreated.status).toBe(200);
  });
});

describe('transfer-va/status', () => {
  it('an unknown VA → 4042612; a deleted one is still found', async () => {
    const unknown = await client.post(VA_PATHS.status, { partnerServiceId: PSID, customerNo: '424242', virtualAccountNo: `${PSID}424242` });
    expect(unknown.body).toEqual({ responseCode: '4042612', responseMessage: 'Invalid Bill/Virtual Account not found' });
    const va = await createdVa(client);
    await client.send('DELETE', VA_PATHS.delete, { ...vaKey(va), additionalInfo: { channel: 'VIRTUAL_ACCOUNT_BNI' } });
    const status = await client.post(VA_PATHS.status, { partnerServiceId: PSID, customerNo: va.customerNo, virtualAccountNo: va.virtualAccountNo });
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ virtualAccountData: { trxId: va.trxId, paymentFlagReason: { english: 'Pending' } }, additionalInfo: { virtualAccountStatus: 'DELETED', acquirer: { id: 'BNI' } } });
  });

  it('an expired VA reads EXPIRED once the sandbox clock passes expiredDate', async () => {
    const va = await createdVa(client, { expiredDate: new Date(sb.clock.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, '+00:00') });
    sb.clock.advance(3601_000);
    await client.getB2bToken();
    const status = await client.post(VA_PATHS.status, { partnerServiceId: PSID, customerNo: va.customerNo, virtualAccountNo: va.virtualAccountNo });
    expect(status.body).toMatchObject({ additionalInfo: { virtualAccountStatus: 'EXPIRED' } });
    expect(bankNumberOf(va)).toMatch(/^77788\d+$/);
  });
});

describe('the guard on VA endpoints', () => {
  it('a bad signature → 4012700; an expired B2B token → 4012701; X-EXTERNAL-ID as DOKU\'s SDK makes it (UUID-timestamp) is accepted', async () => {
    const bad = await client.post(VA_PATHS.create, vaBody(), { 'X-SIGNATURE': 'AAAA' });
    expect(bad.body).toEqual({ responseCode: '4012700', responseMessage: 'Unauthorized. Invalid Signature' });
    const sdkStyle = await client.post(VA_PATHS.create, vaBody(), { 'X-EXTERNAL-ID': '3f2b8c1e-8d4a-4b6f-9c2d-1a2b3c4d5e6f-1732500000000' });
    expect(sdkStyle.status).toBe(200);
    sb.clock.advance(901_000);
    const expired = await client.post(VA_PATHS.status, { partnerServiceId: PSID, customerNo: '1', virtualAccountNo: `${PSID}1` });
    expect(expired.body).toEqual({ responseCode: '4012601', responseMessage: 'Invalid Token (B2B)' });
  });
});
