import { beforeEach, describe, expect, it } from '@jest/globals';
import { signedClient, testSandbox, type TestSandbox } from '../helpers/harness.js';
import { creationBody, P } from '../helpers/account-journey.js';
import { postingsOf } from '../../src/ledger/ledger.js';

describe('admin: /admin/accounts and /admin/otps', () => {
  let sb: TestSandbox;
  beforeEach(async () => {
    sb = await testSandbox();
  });

  it('when a wallet is created with a balance and bindTo, then 201 with accountId and an authCode that buys a customer token; the balance went through the ledger', async () => {
    const res = await sb.http.post('/admin/accounts').send({ name: 'QA Tester', phoneNo: '6281299990001', pin: '123456', balance: '250000.00', bindTo: sb.partner.clientId });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ accountId: expect.stringMatching(/^\d{10}$/), name: 'QA Tester', status: 'ACTIVE', balance: '250000.00', authCode: expect.any(String), linkId: expect.any(String) });
    expect(res.body.bindings).toEqual([expect.objectContaining({ clientId: sb.partner.clientId, authCode: res.body.authCode, status: 'ACTIVE' })]);

    const c = await signedClient(sb, res.body.authCode);
    const balance = await c.post(P.balance, {});
    expect(balance.body.accountInfos[0].availableBalance.value).toBe('250000.00');
    expect(postingsOf(sb.ctx.store, `ADMIN-OPEN-${res.body.accountId}`)).toHaveLength(1);

    const fetched = await sb.http.get(`/admin/accounts/${res.body.accountId}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toMatchObject({ accountId: res.body.accountId, balance: '250000.00', bindings: [expect.objectContaining({ status: 'ACTIVE' })] });
  });

  it('when a wallet is created without bindTo, then it has no binding and balance 0.00 by default', async () => {
    const res = await sb.http.post('/admin/accounts').send({ name: 'Plain', phoneNo: '6281299990004', pin: '147258' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ balance: '0.00', bindings: [] });
    expect(res.body.authCode).toBeUndefined();
  });

  it('when the list is asked for, then every wallet (fixtures included) is there', async () => {
    const res = await sb.http.get('/admin/accounts');
    expect(res.status).toBe(200);
    expect(res.body.accounts.map((a: { accountId: string }) => a.accountId)).toEqual(expect.arrayContaining(['1140340010', '1140340011', '1140340012', '1140340013']));
    expect(res.body.accounts.find((a: { accountId: string }) => a.accountId === '1140340010').balance).toBe('5000000.00');
  });

  it('when the phone already has a wallet, then 403 4030005 and nothing is created', async () => {
    const res = await sb.http.post('/admin/accounts').send({ name: 'Dup', phoneNo: '6281212340010', pin: '147258' });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ responseCode: '4030005', responseMessage: 'Do Not Honor. Phone number already registered' });
    expect(sb.ctx.store.wallets.size).toBe(4);
  });

  it('when bindTo names no partner, then 404 4040016 Partner Not Found and nothing is created', async () => {
    const res = await sb.http.post('/admin/accounts').send({ name: 'Lost', phoneNo: '6281299990005', pin: '147258', bindTo: 'BRN-9999' });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ responseCode: '4040016', responseMessage: 'Partner Not Found' });
    expect(sb.ctx.store.wallets.size).toBe(4);
  });

  it.each([
    ['no pin', { pin: undefined }, '4000002', 'Invalid Mandatory Field pin'],
    ['a 4-digit pin', { pin: '1234' }, '4000001', 'Invalid Field Format pin'],
    ['a local phone number', { phoneNo: '081299990006' }, '4000001', 'Invalid Field Format phoneNo'],
    ['a malformed balance', { balance: '10.5' }, '4000001', 'Invalid Field Format balance'],
    ['an unknown field', { colour: 'red' }, '4000001', 'Invalid Field Format colour'],
  ])('when the request has %s, then 400 %s (validated by spec/admin/accounts.yaml)', async (_what, change, code, message) => {
    const body: Record<string, unknown> = { name: 'Bad', phoneNo: '6281299990006', pin: '147258', ...change };
    for (const [k, v] of Object.entries(change)) if (v === undefined) delete body[k];
    const res = await sb.http.post('/admin/accounts').send(body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ responseCode: code, responseMessage: message });
  });

  it('when an unknown accountId is fetched, then 404 4040011', async () => {
    const res = await sb.http.get('/admin/accounts/9999999999');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ responseCode: '4040011', responseMessage: 'Invalid Card/Account/Customer' });
  });

  it('when OTPs are listed, then they can be filtered by phoneNo or referenceNo, newest first', async () => {
    const c = await signedClient(sb);
    const a = creationBody();
    const b = creationBody();
    const ra = await c.post(P.create, a);
    sb.clock.advance(1);
    const rb = await c.post(P.create, b);
    const all = (await sb.http.get('/admin/otps')).body.otps;
    expect(all.map((o: { referenceNo: string }) => o.referenceNo)).toEqual([rb.body.referenceNo, ra.body.referenceNo]);
    const byPhone = (await sb.http.get(`/admin/otps?phoneNo=${a.phoneNo}`)).body.otps;
    expect(byPhone).toEqual([expect.objectContaining({ referenceNo: ra.body.referenceNo, partnerReferenceNo: a.partnerReferenceNo, clientId: sb.partner.clientId })]);
    expect((await sb.http.get(`/admin/otps?referenceNo=${rb.body.referenceNo}`)).body.otps).toHaveLength(1);
    expect((await sb.http.get('/admin/otps?phoneNo=6289999999999')).body.otps).toEqual([]);
  });

  it('when ADMIN_TOKEN is set, then /admin/otps needs it', async () => {
    const locked = await testSandbox({ ADMIN_TOKEN: 'qa-secret' });
    expect((await locked.http.get('/admin/otps')).status).toBe(401);
    expect((await locked.http.get('/admin/otps').set('Authorization', 'Bearer qa-secret')).status).toBe(200);
  });
});
