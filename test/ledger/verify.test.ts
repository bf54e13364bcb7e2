import { describe, expect, it } from '@jest/globals';
import { corporateAccount, walletAccount } from '../../src/ledger/accounts.js';
import { post } from '../../src/ledger/ledger.js';
import type { Transaction } from '../../src/ledger/model.js';
import { credit } from '../../src/ledger/seed.js';
import { Store } from '../../src/ledger/store.js';
import { verifyLedger } from '../../src/ledger/verify.js';
import { testSandbox } from '../helpers/harness.js';

const NOW = Date.parse('2026-03-02T10:00:00+07:00');

function tx(overrides: Partial<Transaction>): Transaction {
  return { id: 'T1', type: 'TOP_UP', clientId: 'C1', accountId: 'A1', partnerReferenceNo: 'P1', status: '00', amountMinor: 100_00, createdAt: NOW, updatedAt: NOW, data: {}, ...overrides };
}

/** A small healthy ledger: a funded partner and one top-up into a wallet. */
function healthyStore(): Store {
  const store = new Store();
  credit(store, corporateAccount('C1'), 1_000_00, 'SEED-C1', NOW);
  store.transactions.put(tx({}));
  post(store, { transactionId: 'T1', at: NOW, entries: [{ account: corporateAccount('C1'), amountMinor: -100_00 }, { account: walletAccount('A1'), amountMinor: 100_00 }] });
  return store;
}

const failing = (store: Store) => verifyLedger(store).checks.filter((c) => !c.ok);

describe('verifyLedger', () => {
  it('when every posting is balanced and every money transaction is posted, then every check is ok', () => {
    const report = verifyLedger(healthyStore());
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.name)).toEqual([
      'postings-balanced',
      'no-negative-balance',
      'transactions-have-postings',
      'postings-have-transactions',
      'balances-match-entries',
    ]);
  });

  it('when a posting does not sum to zero, then postings-balanced fails naming the posting and its transaction', () => {
    const store = healthyStore();
    store.postings.put({ id: 'BAD', transactionId: 'T1', at: NOW, entries: [walletAccount('A1'), 5_00, corporateAccount('C1'), -4_00] });
    const failed = failing(store);
    expect(failed.map((c) => c.name)).toContain('postings-balanced');
    expect(failed.find((c) => c.name === 'postings-balanced')!.detail).toBe('posting BAD (transaction T1) has 2 entries summing to 1.00');
  });

  it('when a wallet balance is negative, then no-negative-balance fails naming the account (issuance may be negative)', () => {
    const store = healthyStore();
    store.balances.put({ id: walletAccount('A2'), balanceMinor: -5_00, postings: 0 });
    const failed = failing(store);
    expect(failed.find((c) => c.name === 'no-negative-balance')!.detail).toBe('wallet:A2 is -5.00');
    expect(store.balances.get('issuance')!.balanceMinor).toBeLessThan(0);
  });

  it('when a successful transaction has no posting, then transactions-have-postings fails naming it', () => {
    const store = healthyStore();
    store.transactions.put(tx({ id: 'T2', type: 'TRANSFER_BANK', amountMinor: 50_00 }));
    expect(failing(store)).toEqual([
      { name: 'transactions-have-postings', ok: false, detail: 'TRANSFER_BANK T2 (status 00, 50.00) has no posting' },
    ]);
  });

  it('when a failed or pending transaction has postings, then transactions-have-postings fails', () => {
    const store = healthyStore();
    store.transactions.put(tx({ status: '06' }));
    expect(failing(store)[0]).toMatchObject({ name: 'transactions-have-postings', detail: 'TOP_UP T1 (status 06) moved no money but has postings' });
  });

  it('when a pending purchase is closed by a cancel, then neither needs a posting; a refunded purchase does', () => {
    const store = healthyStore();
    store.transactions.put(tx({ id: 'P', type: 'PURCHASE', status: '05' }));
    store.transactions.put(tx({ id: 'C', type: 'CANCEL', status: '00', parentId: 'P' }));
    expect(verifyLedger(store).ok).toBe(true);
    store.transactions.put(tx({ id: 'R', type: 'PURCHASE', status: '04' }));
    expect(failing(store)[0]!.detail).toBe('PURCHASE R (status 04, 100.00) has no posting');
  });

  it('when a posting names a transaction that does not exist, then postings-have-transactions fails', () => {
    const store = healthyStore();
    post(store, { transactionId: 'GHOST', at: NOW, entries: [{ account: walletAccount('A1'), amountMinor: -1_00 }, { account: corporateAccount('C1'), amountMinor: 1_00 }] });
    expect(failing(store)).toEqual([
      { name: 'postings-have-transactions', ok: false, detail: expect.stringContaining('names transaction GHOST, which does not exist') },
    ]);
  });

  it('when a SNAP transaction\'s posting touches issuance, then postings-have-transactions fails (money would be invented)', () => {
    const store = healthyStore();
    post(store, { transactionId: 'T1', at: NOW, entries: [{ account: 'issuance', amountMinor: -1 }, { account: walletAccount('A1'), amountMinor: 1 }] });
    expect(failing(store).map((c) => c.name)).toEqual(['postings-have-transactions']);
    expect(failing(store)[0]!.detail).toMatch(/of transaction T1 touches issuance/);
  });

  it('when a balance differs from the sum of its entries, then balances-match-entries fails naming the account', () => {
    const store = healthyStore();
    store.balances.put({ id: walletAccount('A1'), balanceMinor: 99_00, postings: 1 });
    expect(failing(store)).toEqual([
      { name: 'balances-match-entries', ok: false, detail: 'wallet:A1 balance 99.00 but its entries sum to 100.00' },
    ]);
  });
});

describe('GET /admin/ledger/verify', () => {
  it('when the sandbox is freshly seeded, then it answers ok with every check', async () => {
    const sb = await testSandbox();
    const res = await sb.http.get('/admin/ledger/verify');
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(true);
    expect(res.body.checks).toHaveLength(5);
  });

  it('when a balance was tampered with, then ok is false and the failing check names the account', async () => {
    const sb = await testSandbox();
    sb.ctx.store.balances.put({ id: walletAccount('1140340010'), balanceMinor: 1, postings: 1 });
    const res = await sb.http.get('/admin/ledger/verify');
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(false);
    expect(res.body.checks.filter((c: { ok: boolean }) => !c.ok)).toEqual([
      { name: 'balances-match-entries', ok: false, detail: 'wallet:1140340010 balance 0.01 but its entries sum to 5000000.00' },
    ]);
  });
});
