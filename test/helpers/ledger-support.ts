import { generateKeyPairSync } from 'node:crypto';
import { corporateAccount, walletAccount } from '../../src/ledger/accounts.js';
import { balanceOf } from '../../src/ledger/ledger.js';
import { formatMinor } from '../../src/lib/money.js';
import { SnapClient, type TestSandbox } from './harness.js';

/** Seeded personas (fixtures/wallets.json). */
export const RICH = { accountId: '1140340010', phoneNo: '6281212340010', authCode: 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed' };
export const EMPTY = { accountId: '1140340011', phoneNo: '6281212340011', authCode: '0d3c2f1e-5b6a-4c7d-8e9f-a0b1c2d3e4f5' };
export const BLOCKED = { accountId: '1140340013', authCode: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d' };

export const idr = (value: string) => ({ value, currency: 'IDR' });

export function walletBalance(sb: TestSandbox, accountId: string): string {
  return formatMinor(balanceOf(sb.ctx.store, walletAccount(accountId)));
}

export function corporateBalance(sb: TestSandbox, clientId: string): string {
  return formatMinor(balanceOf(sb.ctx.store, corporateAccount(clientId)));
}

let partnerCounter = 0;

/** Registers another partner through POST /admin/partners, with a fresh key pair, and returns its signed client. */
export async function registerPartner(sb: TestSandbox, corporateBalanceValue: string, clientId?: string): Promise<SnapClient> {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  partnerCounter += 1;
  const partner = {
    clientId: clientId ?? `BRN-0002-17325000000${String(partnerCounter).padStart(2, '0')}`,
    clientSecret: `SK-TEST-ONLY-second-partner-${partnerCounter}`,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
  const res = await sb.http.post('/admin/partners').send({
    clientId: partner.clientId,
    clientSecret: partner.clientSecret,
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    corporateBalance: corporateBalanceValue,
  });
  if (res.status !== 201) throw new Error(`partner registration failed: ${JSON.stringify(res.body)}`);
  const client = new SnapClient(sb.app, partner, () => sb.clock.now());
  await client.getB2bToken();
  return client;
}
