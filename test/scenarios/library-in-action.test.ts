import { describe, expect, it } from '@jest/globals';
import { walletAccount } from '../../src/ledger/accounts.js';
import { balanceOf } from '../../src/ledger/ledger.js';
import { clientFor, signedIn, testSandbox } from '../helpers/harness.js';
import { RICH } from '../helpers/personas.js';
import { purchaseBody, PURCHASE } from '../helpers/purchase.js';
import { RICH_ACCOUNT, TOKEN_B2B } from '../helpers/scenarios.js';

const TOPUP = '/snap-adapter/b2b/v1.0/emoney/topup';
const TOPUP_STATUS = '/snap-adapter/b2b/v1.0/emoney/topup-status';
const idr = (value: string) => ({ value, currency: 'IDR' });

/** A few shipped scenarios, activated as QA would (SCENARIOS at boot), doing what their description says. */
describe('library scenarios in action', () => {
  it('token-down: both token endpoints answer a 503 HTML page', async () => {
    const sb = await testSandbox({ SCENARIOS: 'token-down' });
    const c = clientFor(sb);
    const b2b = await c.tokenRequest(TOKEN_B2B, { grantType: 'client_credentials' });
    const b2b2c = await c.tokenRequest('/authorization/v1/access-token/b2b2c', { grantType: 'authorization_code', authCode: 'x' });
    expect([b2b.status, b2b2c.status]).toEqual([503, 503]);
    expect(b2b.headers['content-type']).toMatch(/^text\/html/);
  });

  it('topup-timeout: the first top-up credits the wallet but answers 504xx00; the query shows success; a retry gets the original success', async () => {
    const { sb, client: c } = await signedIn({ env: { SCENARIOS: 'topup-timeout' } });
    const before = balanceOf(sb.ctx.store, walletAccount(RICH_ACCOUNT));
    const first = await c.post(TOPUP, { partnerReferenceNo: 'TOP-A', customerNumber: RICH_ACCOUNT, amount: idr('50000.00') });
    expect([first.status, first.body.responseCode]).toEqual([504, '5043800']);
    expect(balanceOf(sb.ctx.store, walletAccount(RICH_ACCOUNT))).toBe(before + 50_000_00);
    const status = await c.post(TOPUP_STATUS, { originalPartnerReferenceNo: 'TOP-A', serviceCode: '38' });
    expect(status.body.latestTransactionStatus).toBe('00');
    // The partner's safe retry (same partnerReferenceNo) now gets the original success, and no second credit.
    const retry = await c.post(TOPUP, { partnerReferenceNo: 'TOP-A', customerNumber: RICH_ACCOUNT, amount: idr('50000.00') });
    expect([retry.status, retry.body.responseCode]).toEqual([200, '2003800']);
    expect(balanceOf(sb.ctx.store, walletAccount(RICH_ACCOUNT))).toBe(before + 50_000_00);
  });

  it('purchase-insufficient-funds-third: purchases 1, 2 and 4 open; the 3rd gets 4035414', async () => {
    const { client: c } = await signedIn({ env: { SCENARIOS: 'purchase-insufficient-funds-third' }, customer: RICH });
    const codes: string[] = [];
    for (let i = 1; i <= 4; i++) codes.push((await c.post(PURCHASE, purchaseBody(`INV-${i}`))).body.responseCode);
    expect(codes).toEqual(['2005400', '2005400', '4035414', '2005400']);
  });

  it('rate-limited: every 5th SNAP call is 429xx00 Too Many Requests', async () => {
    const sb = await testSandbox({ SCENARIOS: 'rate-limited' });
    const c = clientFor(sb);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await c.tokenRequest(TOKEN_B2B, { grantType: 'client_credentials' })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 200, 200, 200, 200, 429]);
  });
});
