// The README's "Use from tests (in-process)" example, verbatim except for the import path
// (a partner's project writes: import { startSandbox, type SandboxHandle } from 'doku-snap-sandbox').
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startSandbox, type SandboxHandle } from '../../src/index.js';

let sandbox: SandboxHandle;
beforeAll(async () => {
  sandbox = await startSandbox(); // random port, memory store, fixtures seeded
});
afterAll(() => sandbox.stop());

test('a bound wallet with money can be asked for its balance', async () => {
  const wallet = await sandbox.admin.createAccount({
    name: 'QA Tester', phoneNo: '6281299990001', pin: '147258', balance: '250000.00', bindTo: sandbox.credentials.clientId,
  });
  await sandbox.partner.getB2bToken();
  await sandbox.partner.getCustomerToken(wallet.authCode!);
  const reply = await sandbox.partner.post('/snap-adapter/b2b2c/v1.0/balance-inquiry', { partnerReferenceNo: 'BAL-0001' });
  expect(reply.status).toBe(200);
  expect(reply.body).toMatchObject({ responseCode: '2001100', accountNo: wallet.accountId });
});

test('a top-up that times out was still processed, so the partner must query before retrying', async () => {
  await sandbox.admin.loadScenario({ name: 'topup-timeout' });
  await sandbox.partner.getB2bToken();
  const topUp = await sandbox.partner.post('/snap-adapter/b2b/v1.0/emoney/topup', {
    partnerReferenceNo: 'TOPUP-0001', customerNumber: '1140340011', amount: { value: '50000.00', currency: 'IDR' },
  });
  expect(topUp.body.responseCode).toBe('5043800');
  const status = await sandbox.partner.post('/snap-adapter/b2b/v1.0/emoney/topup-status', { originalPartnerReferenceNo: 'TOPUP-0001', serviceCode: '38' });
  expect(status.body).toMatchObject({ responseCode: '2003900', latestTransactionStatus: '00' });
  await sandbox.admin.reset(); // fixtures, clock and scenarios as at boot, for the next test
});
