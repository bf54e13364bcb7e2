import { beforeEach, describe, expect, it } from '@jest/globals';
import { settlementAccount, walletAccount } from '../../src/ledger/accounts.js';
import { credit } from '../../src/ledger/seed.js';
import { balanceOf } from '../../src/ledger/ledger.js';
import { verifyLedger } from '../../src/ledger/verify.js';
import { signedClient, testSandbox, type TestSandbox } from '../helpers/harness.js';
import { openPurchase, outcomeOf, query, RETURN_URL, submitPin, walletBalance } from '../helpers/purchase.js';
import { EMPTY, RICH } from '../helpers/personas.js';

describe('the purchase PIN page (webRedirectUrl)', () => {
  let sb: TestSandbox;
  beforeEach(async () => {
    sb = await testSandbox();
  });

  it('when opened, then it shows the merchant, the amount and a PIN form that needs no JavaScript', async () => {
    const client = await signedClient(sb, RICH);
    const { token } = await openPurchase(client, 'INV-PAGE', '10000.00');
    const res = await sb.http.get(`/webview/purchase?token=${token}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toContain('Sandbox Test Merchant (TEST-ONLY)');
    expect(res.text).toContain('Rp 10.000,00');
    expect(res.text).toContain('INV-PAGE');
    expect(res.text).toMatch(/<form method="post" action="purchase">/);
    expect(res.text).toMatch(/name="pin"/);
    expect(res.text).not.toMatch(/<script/);
  });

  it('when the right PIN is entered, then the wallet is debited into settlement, the purchase is 00 and the browser goes to the return URL with the outcome', async () => {
    const client = await signedClient(sb, RICH);
    const { token, referenceNo } = await openPurchase(client, 'INV-PAY', '10000.00');
    const res = await submitPin(sb, token, RICH.pin);
    expect(res.status).toBe(302);
    expect(res.headers.location!.startsWith(`${RETURN_URL}?`)).toBe(true);
    expect(outcomeOf(res.headers.location!)).toEqual({ partnerReferenceNo: 'INV-PAY', referenceNo, status: 'SUCCESS', responseCode: '2005400' });
    expect(walletBalance(sb, RICH.accountId)).toBe(4_990_000_00);
    expect(balanceOf(sb.ctx.store, settlementAccount(sb.partner.clientId))).toBe(10_000_00);
    const status = await query(client, { originalPartnerReferenceNo: 'INV-PAY' });
    expect(status.body).toMatchObject({ latestTransactionStatus: '00', transactionStatusDesc: 'Success', originalResponseCode: '2005400', originalResponseMessage: 'Successful' });
    expect(status.body.approvalCode).toMatch(/^\d{6}$/);
    expect(status.body.paidTime).toMatch(/\+07:00$/);
    expect(verifyLedger(sb.ctx.store).ok).toBe(true);
  });

  it('when the page is submitted again after paying, then it refuses (410) and nothing is debited twice', async () => {
    const client = await signedClient(sb, RICH);
    const { token } = await openPurchase(client, 'INV-TWICE', '10000.00');
    expect((await submitPin(sb, token, RICH.pin)).status).toBe(302);
    const again = await submitPin(sb, token, RICH.pin);
    expect(again.status).toBe(410);
    expect(again.text).toContain('already been processed');
    expect((await sb.http.get(`/webview/purchase?token=${token}`)).status).toBe(410);
    expect(walletBalance(sb, RICH.accountId)).toBe(4_990_000_00);
  });

  it('when the PIN is wrong, then the form says how many attempts are left; the third wrong PIN locks the wallet, even for the right PIN', async () => {
    const client = await signedClient(sb, RICH);
    const { token } = await openPurchase(client, 'INV-WRONG');
    const first = await submitPin(sb, token, '000000');
    expect(first.status).toBe(401);
    expect(first.text).toContain('Wrong PIN. 2 attempts left');
    expect((await submitPin(sb, token, '000000')).text).toContain('1 attempt left');
    const third = await submitPin(sb, token, '000000');
    expect(third.status).toBe(423);
    expect(third.text).toContain('locked until');
    const right = await submitPin(sb, token, RICH.pin);
    expect(right.status).toBe(423);
    expect(walletBalance(sb, RICH.accountId)).toBe(5_000_000_00);

    sb.clock.advance(sb.ctx.config.pinLockSeconds + 1);
    const client2 = await signedClient(sb, RICH);
    const later = await openPurchase(client2, 'INV-AFTER-LOCK');
    expect((await submitPin(sb, later.token, RICH.pin)).status).toBe(302);
  });

  it('when the PIN is not 6 digits, then the form asks again without counting a failure', async () => {
    const client = await signedClient(sb, RICH);
    const { token } = await openPurchase(client, 'INV-SHORT');
    const res = await submitPin(sb, token, '12');
    expect(res.status).toBe(400);
    expect(res.text).toContain('Enter your 6-digit');
    expect(sb.ctx.store.wallets.get(RICH.accountId)!.pinFailures).toBe(0);
  });

  it('when the wallet is short at PIN time, then the purchase fails 06 with 4035414 and the browser is told status=FAILED', async () => {
    const client = await signedClient(sb, RICH);
    const first = await openPurchase(client, 'INV-BIG-1', '3000000.00');
    const second = await openPurchase(client, 'INV-BIG-2', '3000000.00');
    expect((await submitPin(sb, first.token, RICH.pin)).status).toBe(302);
    const res = await submitPin(sb, second.token, RICH.pin);
    expect(res.status).toBe(302);
    expect(outcomeOf(res.headers.location!)).toMatchObject({ partnerReferenceNo: 'INV-BIG-2', status: 'FAILED', responseCode: '4035414' });
    const status = await query(client, { originalReferenceNo: second.referenceNo });
    expect(status.body).toMatchObject({ latestTransactionStatus: '06', transactionStatusDesc: 'Failed', originalResponseCode: '4035414', originalResponseMessage: 'Insufficient Funds' });
    expect(status.body.paidTime).toBeUndefined();
    expect(walletBalance(sb, RICH.accountId)).toBe(2_000_000_00);
    expect(verifyLedger(sb.ctx.store).ok).toBe(true);
  });

  it('when success and failed URLs are given in additionalInfo, then each outcome goes to its own URL', async () => {
    const client = await signedClient(sb, EMPTY);
    credit(sb.ctx.store, walletAccount(EMPTY.accountId), 10_000_00, 'TEST-CREDIT', sb.clock.now()); // exactly one purchase worth
    const extra = { urlParams: [], additionalInfo: { successPaymentUrl: 'https://m.example/ok', failedPaymentUrl: 'https://m.example/ko' } };
    const a = await openPurchase(client, 'INV-A', '10000.00', extra);
    const b = await openPurchase(client, 'INV-B', '10000.00', extra);
    expect((await submitPin(sb, a.token, EMPTY.pin)).headers.location).toMatch(/^https:\/\/m\.example\/ok\?.*status=SUCCESS/);
    expect((await submitPin(sb, b.token, EMPTY.pin)).headers.location).toMatch(/^https:\/\/m\.example\/ko\?.*status=FAILED/);
  });

  it('when no return URL was given, then the page itself shows the result', async () => {
    const client = await signedClient(sb, RICH);
    const { token } = await openPurchase(client, 'INV-NOURL', '10000.00', { urlParams: [] });
    const res = await submitPin(sb, token, RICH.pin);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Payment successful');
  });

  it('when validUpTo passes unpaid, then the page refuses and Query Purchase reports 06 expired (4035400)', async () => {
    sb.clock.set(Date.parse('2026-11-25T12:00:00+07:00'));
    const client = await signedClient(sb, RICH);
    const { token, referenceNo } = await openPurchase(client, 'INV-EXP', '10000.00', { validUpTo: '2026-11-25T12:10:00+07:00' });
    sb.clock.advance(9 * 60);
    expect((await sb.http.get(`/webview/purchase?token=${token}`)).status).toBe(200);
    sb.clock.advance(60);
    const page = await submitPin(sb, token, RICH.pin);
    expect(page.status).toBe(410);
    expect(page.text).toContain('Payment expired');
    await client.getB2bToken();
    const status = await query(client, { originalReferenceNo: referenceNo });
    expect(status.body).toMatchObject({ latestTransactionStatus: '06', transactionStatusDesc: 'Expired', originalResponseCode: '4035400', originalResponseMessage: 'Transaction Expired' });
    expect(walletBalance(sb, RICH.accountId)).toBe(5_000_000_00);
  });

  it('when the token is unknown, then 404', async () => {
    expect((await sb.http.get('/webview/purchase?token=nope')).status).toBe(404);
    expect((await submitPin(sb, 'nope', RICH.pin)).status).toBe(404);
  });

  it('when a payment reaches its outcome, then a notification is queued in the same step', async () => {
    const client = await signedClient(sb, RICH);
    const { token, referenceNo } = await openPurchase(client, 'INV-NOTE', '10000.00');
    await submitPin(sb, token, RICH.pin);
    const rows = [...sb.ctx.store.notifications.values()].filter((n) => n.transactionId === referenceNo);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.body).toMatchObject({ originalPartnerReferenceNo: 'INV-NOTE', originalReferenceNo: referenceNo, latestTransactionStatus: '00', amount: { value: '10000.00', currency: 'IDR' } });
    // the default partner has no notificationUrl
    expect(rows[0]!.status).toBe('SKIPPED');
  });
});
