import { describe, expect, it } from '@jest/globals';
import { signedIn } from '../helpers/harness.js';
import { RICH } from '../helpers/personas.js';
import { DECODE, generate, idr, moneyFingerprint, pay, query, walletBalance } from '../helpers/qris.js';

describe('QRIS scenarios and magic values', () => {
  it('qris-paid-then-timeout: the first payment debits the wallet but answers 5045000; Query shows it paid; the same request again replays the success; a new partnerReferenceNo is 4045014', async () => {
    const { sb, client } = await signedIn({ env: { SCENARIOS: 'qris-paid-then-timeout' }, customer: RICH });
    const qr = await generate(client, 'QR-TO', { amount: idr('30000.00') });
    const before = walletBalance(sb, RICH.accountId);
    const first = await pay(client, 'PAY-TO', qr.qrContent, '30000.00');
    expect([first.status, first.body.responseCode]).toEqual([504, '5045000']);
    expect(walletBalance(sb, RICH.accountId)).toBe(before - 30_000_00);
    expect((await query(client, { originalReferenceNo: qr.referenceNo })).body.latestTransactionStatus).toBe('00');
    const retry = await pay(client, 'PAY-TO', qr.qrContent, '30000.00');
    expect([retry.status, retry.body.responseCode]).toEqual([200, '2005000']);
    expect((await pay(client, 'PAY-TO-AGAIN', qr.qrContent, '30000.00')).body.responseCode).toBe('4045014');
    expect(walletBalance(sb, RICH.accountId)).toBe(before - 30_000_00);
  });

  it('qris-expired: Decode answers 4034800 and Payment 4035000, and nothing is paid', async () => {
    const { sb, client } = await signedIn({ env: { SCENARIOS: 'qris-expired' }, customer: RICH });
    const qr = await generate(client, 'QR-EXP', { amount: idr('30000.00') });
    const before = moneyFingerprint(sb);
    expect((await client.post(DECODE, { partnerReferenceNo: 'DEC-EXP', qrContent: qr.qrContent })).body).toMatchObject({ responseCode: '4034800', responseMessage: 'Transaction Expired' });
    expect((await pay(client, 'PAY-EXP', qr.qrContent, '30000.00')).body).toMatchObject({ responseCode: '4035000', responseMessage: 'Transaction Expired' });
    expect(moneyFingerprint(sb)).toBe(before);
  });

  it.each([
    ['20000.14', 403, '4035014', false],
    ['20000.02', 403, '4035002', false],
    ['20000.04', 504, '5045000', true],
  ])('magic value: a QR payment of %s answers %s %s; paid: %s', async (amount, status, code, paid) => {
    const { sb, client } = await signedIn({ customer: RICH });
    const qr = await generate(client, `QR-MAGIC-${code}`, { amount: idr(amount) });
    const before = walletBalance(sb, RICH.accountId);
    const res = await pay(client, `PAY-MAGIC-${code}`, qr.qrContent, amount);
    expect([res.status, res.body.responseCode]).toEqual([status, code]);
    expect(walletBalance(sb, RICH.accountId)).toBe(paid ? before - 20_000_00 - Number(amount.slice(-2)) : before);
  });
});
