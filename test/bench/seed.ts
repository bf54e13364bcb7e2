import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { bodyHash, idempotencyId, remember } from '../../src/ledger/idempotency.js';
import { capture, writeSnapshot } from '../../src/storage/data-file/snapshot.js';
import { silentLogger } from '../../src/lib/logger.js';
import { buildSandbox } from '../../src/server.js';
import { topUp } from '../../src/snap/topup/topup.service.js';

/**
 * What the benchmark starts from: a fixtures folder (the default partner with room for a
 * benchmark's worth of top-ups, plus 1,000 extra wallets) and a DATA_FILE snapshot holding N
 * completed top-ups made by the real top-up service (transaction, posting, balances and the
 * idempotency record each), written directly instead of N HTTP calls.
 */
export const ROOT = new URL('../../', import.meta.url).pathname;
export const EXTRA_WALLETS = 1000;

export function writeBenchFixtures(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const source = join(ROOT, 'fixtures');
  cpSync(join(source, 'keys'), join(dir, 'keys'), { recursive: true });
  cpSync(join(source, 'bank-accounts.json'), join(dir, 'bank-accounts.json'));
  const partners = JSON.parse(readFileSync(join(source, 'partners.json'), 'utf8')) as { partners: Record<string, unknown>[] };
  partners.partners[0] = {
    ...partners.partners[0],
    corporateBalance: '9000000000000.00',
    limits: { ...(partners.partners[0]!.limits as object), walletBalanceCapMinor: '9000000000000.00' },
  };
  writeFileSync(join(dir, 'partners.json'), JSON.stringify(partners, null, 2));
  const wallets = JSON.parse(readFileSync(join(source, 'wallets.json'), 'utf8')) as { wallets: Record<string, unknown>[] };
  for (let i = 0; i < EXTRA_WALLETS; i++) {
    const n = String(i).padStart(5, '0');
    wallets.wallets.push({ accountId: `12000${n}`, name: `Bench Customer ${n}`, phoneNo: `6281399${n}`, pin: '135790', balance: '0.00' });
  }
  writeFileSync(join(dir, 'wallets.json'), JSON.stringify(wallets, null, 2));
}

/** Builds the seed store in memory with the real services, then writes it as a snapshot file. */
export async function writeSeedSnapshot(file: string, fixturesDir: string, transactions: number): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const sandbox = await buildSandbox(loadConfig({ FIXTURES_DIR: fixturesDir, LOG_LEVEL: 'silent' }), { log: silentLogger });
  const { store } = sandbox.ctx;
  const partner = store.partners.get(sandbox.ctx.seed.partners[0]!.clientId)!;
  const wallets = [...store.wallets.values()].filter((w) => w.status === 'ACTIVE');
  const end = Date.now() - 60_000;
  for (let i = 0; i < transactions; i++) {
    const now = end - (transactions - i) * 20;
    const body = { partnerReferenceNo: `SEED-${i}`, customerNumber: wallets[i % wallets.length]!.id, amount: { value: '10000.00', currency: 'IDR' as const } };
    store.atomically(() => {
      const data = topUp({ operationId: 'topUp', serviceCode: '38', partner, body, headers: {}, externalId: String(1e12 + i), now }, sandbox.ctx);
      const reply = { responseCode: '2003800', responseMessage: 'Successful', ...data };
      remember(store, { id: idempotencyId(partner.id, 'topUp', body.partnerReferenceNo), bodyHash: bodyHash(body), status: 200, body: reply, at: now });
    });
  }
  const bytes = await writeSnapshot(file, capture(store, 0), { sliceMs: 1000 });
  return { ms: Math.round(performance.now() - started), bytes };
}
