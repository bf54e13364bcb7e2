import { beforeEach, describe, expect, it } from '@jest/globals';
import { signedClient, testSandbox, type TestSandbox } from '../helpers/harness.js';
import { openPurchase, PURCHASE, PURCHASE_B2B, purchaseBody, query } from '../helpers/purchase.js';
import { EMPTY, RICH } from '../helpers/personas.js';

describe('Purchase Web (debit/payment-host-to-host, service 54)', () => {
  let sb: TestSandbox;
  beforeEach(async () => {
    sb = await testSandbox();
  });

  it('when the customer can cover the amount, then 2005400 with referenceNo and a PIN-page webRedirectUrl, and the purchase waits as 03', async () => {
    const client = await signedClient(sb, RICH);
    const res = await client.post(PURCHASE, purchaseBody('INV-1', '10000.00', { validUpTo: '2099-01-01T10:00:00+07:00' }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ responseCode: '2005400', responseMessage: 'Successful', partnerReferenceNo: 'INV-1', approvalCode: '' });
    expect(res.body.referenceNo).toMatch(/^[0-9A-Z]{20}$/);
    expect(res.body.webRedirectUrl).toMatch(new RegExp(`^${sb.ctx.publicBaseUrl()}/webview/purchase\\?token=[\\w-]+$`));
    expect(res.body.appRedirectUrl).toBe(res.body.webRedirectUrl);
    expect(res.body.additionalInfo).toEqual({ validUpTo: '2099-01-01T10:00:00+07:00' });
    const status = await query(client, { originalReferenceNo: res.body.referenceNo });
    expect(status.body).toMatchObject({ latestTransactionStatus: '03', transactionStatusDesc: 'Pending', originalResponseCode: '2025400' });
  });

  it('when sent to the /b2b/ path as well, then it is the same operation (the reference path is a guess)', async () => {
    const client = await signedClient(sb, RICH);
    const res = await client.post(PURCHASE_B2B, purchaseBody('INV-B2B'));
    expect(res.body.responseCode).toBe('2005400');
  });

  it('when validUpTo is absent, then the purchase is payable for 30 minutes', async () => {
    sb.clock.set(Date.parse('2026-11-25T12:00:00+07:00'));
    const client = await signedClient(sb, RICH);
    const res = await client.post(PURCHASE, purchaseBody('INV-DEFAULT'));
    expect(res.body.additionalInfo.validUpTo).toBe('2026-11-25T12:30:00+07:00');
  });

  it('when the wallet cannot cover the amount now, then 4035414 Insufficient Funds echoing partnerReferenceNo', async () => {
    const client = await signedClient(sb, EMPTY);
    const res = await client.post(PURCHASE, purchaseBody('INV-POOR'));
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ responseCode: '4035414', responseMessage: 'Insufficient Funds', partnerReferenceNo: 'INV-POOR' });
  });

  it("when the amount is above the partner's transaction maximum, then 4035402 Exceeds Transaction Amount Limit", async () => {
    const client = await signedClient(sb, RICH);
    const res = await client.post(PURCHASE, purchaseBody('INV-BIG', '10000000.01'));
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ responseCode: '4035402', responseMessage: 'Exceeds Transaction Amount Limit' });
  });

  it('when the amount is 0.00, then 4045413 Invalid Amount; when malformed or not IDR, then 4005401', async () => {
    const client = await signedClient(sb, RICH);
    expect((await client.post(PURCHASE, purchaseBody('INV-ZERO', '0.00'))).body).toMatchObject({ responseCode: '4045413', responseMessage: 'Invalid Amount' });
    expect((await client.post(PURCHASE, purchaseBody('INV-MAL', '10000'))).body).toEqual({ responseCode: '4005401', responseMessage: 'Invalid Field Format amount.value' });
    const usd = { ...purchaseBody('INV-USD'), amount: { value: '10.00', currency: 'USD' } };
    expect((await client.post(PURCHASE, usd)).body).toEqual({ responseCode: '4005401', responseMessage: 'Invalid Field Format amount.currency' });
  });

  it('when validUpTo is in the past, then 4005401 naming validUpTo', async () => {
    const client = await signedClient(sb, RICH);
    const res = await client.post(PURCHASE, purchaseBody('INV-PAST', '10000.00', { validUpTo: '2020-01-01T00:00:00+07:00' }));
    expect(res.body).toMatchObject({ responseCode: '4005401', responseMessage: 'Invalid Field Format validUpTo' });
  });

  it('when a return URL is not an absolute URL, then 4005401 naming it', async () => {
    const client = await signedClient(sb, RICH);
    const res = await client.post(PURCHASE, { partnerReferenceNo: 'INV-URL', amount: { value: '1.00', currency: 'IDR' }, additionalInfo: { successPaymentUrl: '/relative' } });
    expect(res.body).toMatchObject({ responseCode: '4005401', responseMessage: 'Invalid Field Format additionalInfo.successPaymentUrl' });
  });

  it('when partnerReferenceNo or amount is missing, then 4005402 naming it', async () => {
    const client = await signedClient(sb, RICH);
    expect((await client.post(PURCHASE, { amount: { value: '1.00', currency: 'IDR' } })).body).toEqual({ responseCode: '4005402', responseMessage: 'Invalid Mandatory Field partnerReferenceNo' });
    expect((await client.post(PURCHASE, { partnerReferenceNo: 'X' })).body).toEqual({ responseCode: '4005402', responseMessage: 'Invalid Mandatory Field amount' });
  });

  it('when the same partnerReferenceNo comes again with the same body, then the original answer; with another body, then 4095401', async () => {
    const client = await signedClient(sb, RICH);
    const first = await client.post(PURCHASE, purchaseBody('INV-IDEM'));
    const again = await client.post(PURCHASE, purchaseBody('INV-IDEM'));
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const other = await client.post(PURCHASE, purchaseBody('INV-IDEM', '20000.00'));
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ responseCode: '4095401', partnerReferenceNo: 'INV-IDEM' });
  });

  it('when there is no customer token, then 4015401 Invalid Customer Token', async () => {
    const client = await signedClient(sb, RICH);
    client.customerToken = undefined;
    const res = await client.post(PURCHASE, purchaseBody('INV-NOCUST'));
    expect(res.body).toEqual({ responseCode: '4015401', responseMessage: 'Invalid Customer Token' });
  });

  it('when the wallet is blocked after the customer token was issued, then 4035418 Inactive Card/Account/Customer', async () => {
    const client = await signedClient(sb, RICH);
    const wallet = sb.ctx.store.wallets.get(RICH.accountId)!;
    sb.ctx.store.wallets.put({ ...wallet, status: 'BLOCKED' });
    const res = await client.post(PURCHASE, purchaseBody('INV-BLOCKED'));
    expect(res.body).toMatchObject({ responseCode: '4035418', partnerReferenceNo: 'INV-BLOCKED' });
  });

  it('when a purchase is opened, then no money moves until the PIN', async () => {
    const client = await signedClient(sb, RICH);
    await openPurchase(client, 'INV-NOMOVE', '25000.00');
    const bal = await client.post('/snap-adapter/b2b2c/v1.0/balance-inquiry', {});
    expect(bal.body.accountInfos[0].availableBalance.value).toBe('5000000.00');
    expect(RICH.accountId).toBe(bal.body.accountNo);
  });
});
