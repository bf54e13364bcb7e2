import { generateKeyPairSync } from 'node:crypto';
import { corporateAccount, walletAccount } from '../../src/ledger/accounts.js';
import { balanceOf } from '../../src/ledger/ledger.js';
import { formatMinor } from '../../src/lib/money.js';
import { SnapClient, type TestSandbox } from './harness.js';

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
