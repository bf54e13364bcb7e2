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

test('a purchase is paid on its PIN page without a browser, and the calls are checked', async () => {
  await sandbox.partner.getB2bToken();
  await sandbox.partner.getCustomerToken('cfb5de1a-6a40-40e0-8549-0634bcaed8ed'); // seeded wallet 1140340010, PIN 135790
  const purchase = await sandbox.partner.post('/snap-adapter/b2b2c/v1.0/debit/payment-host-to-host', {
    partnerReferenceNo: 'INV-0001', amount: { value: '25000.00', currency: 'IDR' },
    urlParams: [{ url: 'https://partner.example/pay/return', type: 'PAY_RETURN', isDeeplink: 'N' }],
  });
  const page = await sandbox.admin.completeWebview({ url: String(purchase.body.webRedirectUrl), pin: '135790' });
  expect(page).toMatchObject({ status: 302, redirect: expect.stringContaining('status=SUCCESS') });
  // Throws, listing what was called instead, unless exactly one purchase was opened with 2005400.
  await sandbox.admin.expectCalled({ operation: 'purchaseWeb', responseCode: '2005400', times: 1 });
  await sandbox.admin.reset();
});
