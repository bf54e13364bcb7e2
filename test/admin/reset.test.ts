import { describe, expect, it } from '@jest/globals';
import { walletAccount } from '../../src/ledger/accounts.js';
import { balanceOf } from '../../src/ledger/ledger.js';
import { clientFor, signedClient, testSandbox } from '../helpers/harness.js';
import { RICH } from '../helpers/personas.js';
import { BALANCE, RICH_ACCOUNT, TOKEN_B2B } from '../helpers/scenarios.js';

describe('POST /admin/reset', () => {
  it('puts state, scenarios, clock and journal back as they were at boot', async () => {
    const sb = await testSandbox({ SCENARIOS: 'token-down-once' });
    const seededBalance = balanceOf(sb.ctx.store, walletAccount(RICH_ACCOUNT));

    // Change everything: the startup scenario is used up, a QA scenario is loaded, a token issued,
    // money moved, a partner registered, the clock moved.
    expect((await clientFor(sb).tokenRequest(TOKEN_B2B, { grantType: 'client_credentials' })).status).toBe(503);
    const c = await signedClient(sb, RICH);
    const topUp = await c.post('/snap-adapter/b2b/v1.0/emoney/topup', { partnerReferenceNo: 'RESET-1', customerNumber: RICH_ACCOUNT, amount: { value: '25000.00', currency: 'IDR' } });
    expect(topUp.status).toBe(200);
    expect(balanceOf(sb.ctx.store, walletAccount(RICH_ACCOUNT))).toBe(seededBalance + 2_500_000);
    const seed = sb.ctx.seed.partners[0]!;
    await sb.http.post('/admin/partners').send({ clientId: 'BRN-0009-1732500000009', clientSecret: 'SK-TEST-ONLY-partner-nine', publicKey: seed.publicKeyPem });
    await sb.http.post('/admin/scenarios').send({ name: 'rate-limited' });
    await sb.http.post('/admin/clock').send({ advanceSeconds: 86_400 });

    const res = await sb.http.post('/admin/reset');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ at: expect.any(String), partners: sb.ctx.seed.partners.length, wallets: sb.ctx.seed.wallets.length, scenarios: ['token-down-once', 'magic-values'] });

    // State: fixtures again.
    expect(balanceOf(sb.ctx.store, walletAccount(RICH_ACCOUNT))).toBe(seededBalance);
    expect((await sb.http.get('/admin/partners')).body.partners.map((p: { clientId: string }) => p.clientId)).toEqual(sb.ctx.seed.partners.map((p) => p.clientId));
    // Tokens issued before are gone.
    const stale = await c.post(BALANCE, { partnerReferenceNo: 'AFTER-RESET' });
    expect([stale.status, stale.body.responseCode]).toEqual([401, '4011101']);
    // Clock: real time.
    expect((await sb.http.get('/admin/clock')).body.offsetSeconds).toBe(0);
    // Scenarios: the boot set, counters at zero, so the startup scenario fires again.
    const scenarios = (await sb.http.get('/admin/scenarios')).body.scenarios;
    expect(scenarios.map((s: { id: string }) => s.id)).toEqual(['token-down-once', 'magic-values']);
    expect(scenarios[0].rules[0]).toMatchObject({ matched: 0, uses: 0, exhausted: false });
    expect((await clientFor(sb).tokenRequest(TOKEN_B2B, { grantType: 'client_credentials' })).status).toBe(503);
    // Journal: only what came after the reset.
    const journal = (await sb.http.get('/admin/journal')).body.entries as { path: string }[];
    expect(journal.map((e) => e.path)).toEqual([TOKEN_B2B, BALANCE, '/admin/reset']);
  });

  it('after a reset, a partnerReferenceNo used before is fresh again (idempotency records are state too)', async () => {
    const sb = await testSandbox();
    const body = { partnerReferenceNo: 'RESET-IDEM', customerNumber: RICH_ACCOUNT, amount: { value: '10000.00', currency: 'IDR' } };
    const c = await signedClient(sb);
    expect((await c.post('/snap-adapter/b2b/v1.0/emoney/topup', body)).status).toBe(200);
    await sb.http.post('/admin/reset');
    await c.getB2bToken();
    const again = await c.post('/snap-adapter/b2b/v1.0/emoney/topup', { ...body, amount: { value: '20000.00', currency: 'IDR' } });
    expect([again.status, again.body.responseCode]).toEqual([200, '2003800']);
  });
});
