import type { Seed } from '../fixtures/seed.js';
import { hashPin } from '../lib/crypto.js';
import { parseMinor } from '../lib/money.js';
import { corporateAccount, ISSUANCE, walletAccount } from './accounts.js';
import { moveMoney } from './ledger.js';
import { partnerProfile } from './partner-profile.js';
import type { Store } from './store.js';

/** Fills an empty store with the fixtures: partners with their corporate balance, wallets, bindings. */
export function applySeed(store: Store, seed: Seed, now: number): void {
  store.atomically(() => {
    for (const p of seed.partners) {
      store.partners.put({
        id: p.clientId,
        name: p.name,
        clientSecret: p.clientSecret,
        publicKeyPem: p.publicKeyPem,
        ...partnerProfile(p),
        limits: p.limits,
        createdAt: now,
      });
      credit(store, corporateAccount(p.clientId), parseMinor(p.corporateBalance) ?? 0, `SEED-${p.clientId}`, now);
    }
    for (const w of seed.wallets) {
      store.wallets.put({
        id: w.accountId,
        publicUserId: `PU${w.accountId}`,
        name: w.name,
        email: w.email,
        phoneNo: w.phoneNo,
        pinHash: hashPin(w.accountId, w.pin),
        status: w.status ?? 'ACTIVE',
        pinFailures: 0,
        createdAt: now,
      });
      credit(store, walletAccount(w.accountId), parseMinor(w.balance) ?? 0, `SEED-${w.accountId}`, now);
      for (const b of w.bindings ?? []) {
        store.bindings.put({
          id: b.linkId ?? `LNK${w.accountId}${b.clientId.slice(-4)}`,
          clientId: b.clientId,
          accountId: w.accountId,
          authCode: b.authCode,
          status: 'ACTIVE',
          partnerReferenceNo: `SEED-${w.accountId}`,
          referenceNo: `SEED-${w.accountId}`,
          redirectUrl: '',
          createdAt: now,
        });
      }
    }
  });
}

/** Issues e-money into an account (seeds and admin credits): a posting from the issuance account. */
export function credit(store: Store, account: string, amountMinor: number, transactionId: string, at: number): void {
  if (amountMinor <= 0) return;
  moveMoney(store, { transactionId, at, from: ISSUANCE, to: account, amountMinor });
}
