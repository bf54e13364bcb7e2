import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AdminRequestError, startSandbox, type SandboxHandle } from '../../src/index.js';

/** Every method of the typed admin client against the real admin API (shapes from spec/admin/). */
let sandbox: SandboxHandle;
beforeAll(async () => {
  sandbox = await startSandbox({ adminToken: 'admin-client-token' });
});
afterAll(() => sandbox.stop());

describe('AdminClient', () => {
  it('reads health, partners and accounts', async () => {
    expect(await sandbox.admin.health()).toMatchObject({ status: 'ok', store: 'memory' });
    expect((await sandbox.admin.partners())[0]).toMatchObject({ clientId: sandbox.credentials.clientId, tokenPolicy: 'latest-only', notificationTokenUrl: null });
    expect(await sandbox.admin.dokuPublicKey()).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+-----END PUBLIC KEY-----\n$/);
    const accounts = await sandbox.admin.accounts();
    expect(accounts.map((a) => a.accountId)).toEqual(expect.arrayContaining(['1140340010', '1140340011', '1140340012', '1140340013']));
    expect(await sandbox.admin.account('1140340010')).toMatchObject({ accountId: '1140340010', balance: expect.stringMatching(/^\d+\.\d\d$/), bindings: expect.any(Array) });
    await expect(sandbox.admin.account('9999999999')).rejects.toMatchObject({ name: 'AdminRequestError', status: 404 });
  });

  it('creates a bound account whose authCode buys a customer token', async () => {
    const created = await sandbox.admin.createAccount({ name: 'Client Test', phoneNo: '6281277770001', pin: '135790', balance: '1000.00', bindTo: sandbox.credentials.clientId });
    expect(created).toMatchObject({ balance: '1000.00', authCode: expect.any(String), linkId: expect.any(String) });
    const partner = sandbox.partnerClient();
    await expect(partner.getCustomerToken(created.authCode!)).resolves.toEqual(expect.any(String));
  });

  it('reads the OTP a registration sent, by referenceNo', async () => {
    const partner = sandbox.partnerClient();
    await partner.getB2bToken();
    const reply = await partner.post<{ referenceNo: string }>('/snap-adapter/b2b/v1.0/registration-account-creation', {
      partnerReferenceNo: 'ADMIN-CLIENT-REG', name: 'Otp Reader', email: 'otp@example.com', phoneNo: '6281277770002', redirectUrl: 'https://partner.example/cb',
    });
    const otp = await sandbox.admin.otpFor(reply.body.referenceNo!);
    expect(otp).toMatch(/^\d{6}$/);
    expect((await sandbox.admin.otps({ phoneNo: '6281277770002' }))[0]).toMatchObject({ otp, purpose: 'REGISTRATION', blocked: false });
    await expect(sandbox.admin.otpFor('NO-SUCH-REFERENCE')).rejects.toBeInstanceOf(AdminRequestError);
  });

  it('moves, pins and resets the clock', async () => {
    const before = await sandbox.admin.clock();
    const moved = await sandbox.admin.advanceClock(3600);
    expect(moved.offsetSeconds).toBeGreaterThanOrEqual(3599);
    const pinned = await sandbox.admin.setClock('2030-01-01T09:00:00+07:00');
    expect(pinned.nowWib.startsWith('2030-01-01T09:00')).toBe(true);
    expect(Math.round((await sandbox.admin.resetClock()).offsetSeconds)).toBe(0);
    expect(before.nowWib).toMatch(/\+07:00$/);
  });

  it('loads scenarios from an object, YAML text and by name, lists and clears them', async () => {
    expect(await sandbox.admin.scenarioLibrary()).toContain('token-down');
    await sandbox.admin.loadScenario({ name: 'obj-scenario', rules: [{ name: 'r1', match: { endpoint: 'topUp' }, effect: { gateway: 503 } }] });
    await sandbox.admin.loadScenario('name: yaml-scenario\nrules:\n  - name: r2\n    match: { endpoint: topUp }\n    effect: { gateway: 502 }\n');
    await sandbox.admin.loadScenario({ name: 'token-down' });
    const names = (await sandbox.admin.scenarios()).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['obj-scenario', 'yaml-scenario', 'token-down']));
    await sandbox.admin.clearScenario('yaml-scenario');
    expect((await sandbox.admin.scenarios()).map((s) => s.name)).not.toContain('yaml-scenario');
    await sandbox.admin.clearScenarios();
    expect((await sandbox.admin.scenarios()).map((s) => s.name)).not.toContain('obj-scenario');
    await expect(sandbox.admin.loadScenario({ name: 'bad', rules: [{ name: 'x', effect: { snapError: { kind: 'Nope' } } }] })).rejects.toMatchObject({ status: 400 });
  });

  it('lists the QR codes QR MPM Generate issued', async () => {
    const partner = sandbox.partnerClient();
    await partner.getB2bToken();
    const reply = await partner.post<{ referenceNo: string; qrContent: string }>('/snap-adapter/b2b/v1.0/qr/qr-mpm-generate', { partnerReferenceNo: 'ADMIN-CLIENT-QR', merchantId: 'M-SANDBOX-0001', amount: { value: '10000.00', currency: 'IDR' } });
    const [qr] = await sandbox.admin.qrCodes({ status: '03', limit: 1 });
    expect(qr).toMatchObject({ referenceNo: reply.body.referenceNo, qrContent: reply.body.qrContent, type: 'DYNAMIC', imageUrl: `/admin/qris/${reply.body.referenceNo}/image.png` });
  });

  it('reads transactions, notifications, the journal and the ledger check, then resets', async () => {
    const partner = sandbox.partnerClient();
    await partner.getB2bToken();
    await partner.post('/snap-adapter/b2b/v1.0/emoney/topup', { partnerReferenceNo: 'ADMIN-CLIENT-TOPUP', customerNumber: '1140340011', amount: { value: '10000.00', currency: 'IDR' } });
    expect((await sandbox.admin.transactions({ accountId: '1140340011' }))[0]).toMatchObject({ partnerReferenceNo: 'ADMIN-CLIENT-TOPUP', type: 'TOP_UP', status: '00' });
    expect(await sandbox.admin.notifications()).toEqual(expect.any(Array));
    expect((await sandbox.admin.journal({ path: '/emoney/topup', limit: 1 }))[0]).toMatchObject({ responseCode: '2003800' });
    expect((await sandbox.admin.verifyLedger()).ok).toBe(true);
    await sandbox.admin.clearJournal();
    expect(await sandbox.admin.journal()).toEqual([]);
    const reset = await sandbox.admin.reset();
    expect(reset.partners).toBeGreaterThan(0);
    expect(await sandbox.admin.transactions()).toEqual([]);
  });
});
