// The README's tenants example ("Use from tests (in-process)"), verbatim except for the import path
// (a partner's project writes: import { startSandbox, … } from 'doku-snap-sandbox').
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startSandbox, type SandboxHandle, type TenantHandle } from '../../src/index.js';

let sandbox: SandboxHandle;
let world: TenantHandle;
beforeAll(async () => {
  sandbox = await startSandbox();
  world = await sandbox.createTenant({ name: 'checkout tests' }); // its own partner, wallets, clock, scenarios, journal
});
afterAll(() => sandbox.stop());

test('a scenario and a clock moved in one tenant leave the rest of the server alone', async () => {
  await world.admin.loadScenario({ name: 'topup-timeout' });
  await world.admin.advanceClock(3600); // world.partner signs X-TIMESTAMP by the tenant's clock
  const body = { partnerReferenceNo: 'TOPUP-0001', customerNumber: '1140340011', amount: { value: '50000.00', currency: 'IDR' } };
  await world.partner.getB2bToken();
  expect((await world.partner.post('/snap-adapter/b2b/v1.0/emoney/topup', body)).body.responseCode).toBe('5043800');

  await sandbox.partner.getB2bToken(); // the default tenant: no scenario, clock at real time
  expect((await sandbox.partner.post('/snap-adapter/b2b/v1.0/emoney/topup', body)).body.responseCode).toBe('2003800');
  expect((await sandbox.admin.clock()).offsetSeconds).toBe(0);
  await world.delete();
});
