import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { externalId, snapTimestamp, transactionSignature } from '../../src/client/signing.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/lib/logger.js';
import { startServer, type RunningSandbox } from '../../src/server.js';
import { signedClient, type SnapClient } from '../helpers/harness.js';
import { generate, idr, PAYMENT, query } from '../helpers/qris.js';

/**
 * 20 payments of one dynamic QR, each its own partnerReferenceNo and X-EXTERNAL-ID, fired at once
 * over a real listening server from 20 wallets that can each afford it: exactly one pays.
 */
describe('one dynamic QR paid concurrently', () => {
  let sandbox: RunningSandbox;
  let merchant: SnapClient;
  const payers: { accountId: string; customerToken: string }[] = [];

  beforeAll(async () => {
    sandbox = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }), { log: silentLogger });
    const seed = sandbox.ctx.seed.partners[0]!;
    merchant = await signedClient(sandbox);
    for (let i = 0; i < 20; i++) {
      const created = await fetch(`${sandbox.url}/admin/accounts`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: `QR Racer ${i}`, phoneNo: `62812999901${String(i).padStart(2, '0')}`, pin: '580214', balance: '50000.00', bindTo: seed.clientId }),
      });
      expect(created.status).toBe(201);
      const account = (await created.json()) as { accountId: string; bindings: { authCode: string }[] };
      // Customer tokens of one partner for different wallets live side by side; the B2B token stays the merchant's.
      const token = await merchant.tokenRequest('/authorization/v1/access-token/b2b2c', { grantType: 'authorization_code', authCode: account.bindings[0]!.authCode });
      payers.push({ accountId: account.accountId, customerToken: token.body.accessToken });
    }
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  const balance = async (accountId: string) => ((await (await fetch(`${sandbox.url}/admin/accounts/${accountId}`)).json()) as { balance: string }).balance;

  it('when 20 wallets pay the same dynamic QR at once, then exactly one is paid (2005000), 19 get 4045014 Paid Bill, one wallet is debited and the ledger verifies', async () => {
    const qr = await generate(merchant, 'QR-RACE', { amount: idr('10000.00') });
    const answers = await Promise.all(
      payers.map((p, i) => {
        const body = { partnerReferenceNo: `PAY-RACE-${i}`, amount: idr('10000.00'), feeAmount: idr('0.00'), additionalInfo: { qrContent: qr.qrContent } };
        const text = JSON.stringify(body);
        const timestamp = snapTimestamp(new Date(sandbox.ctx.clock.now()));
        return fetch(`${sandbox.url}${PAYMENT}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${merchant.b2bToken}`,
            'Authorization-Customer': `Bearer ${p.customerToken}`,
            'X-PARTNER-ID': merchant.partner.clientId,
            'X-EXTERNAL-ID': externalId(),
            'X-TIMESTAMP': timestamp,
            'X-SIGNATURE': transactionSignature({ clientSecret: merchant.partner.clientSecret, method: 'POST', path: PAYMENT, accessToken: merchant.b2bToken!, body, timestamp }),
          },
          body: text,
          signal: AbortSignal.timeout(15_000),
        }).then(async (res) => ({ status: res.status, body: (await res.json()) as { responseCode: string; referenceNo?: string } }));
      }),
    );
    const codes = answers.map((a) => a.body.responseCode).sort();
    expect(codes).toEqual(['2005000', ...Array(19).fill('4045014')]);
    const winner = answers.find((a) => a.body.responseCode === '2005000')!;

    const balances = await Promise.all(payers.map((p) => balance(p.accountId)));
    expect(balances.filter((b) => b === '40000.00')).toHaveLength(1);
    expect(balances.filter((b) => b === '50000.00')).toHaveLength(19);
    const status = await query(merchant, { originalReferenceNo: qr.referenceNo });
    expect(status.body).toMatchObject({ latestTransactionStatus: '00', additionalInfo: { paymentReferenceNo: winner.body.referenceNo } });
    const verify = (await (await fetch(`${sandbox.url}/admin/ledger/verify`)).json()) as { ok: boolean; checks: { ok: boolean }[] };
    expect(verify.checks.filter((c) => !c.ok)).toEqual([]);
  });
});
