import { SnapError } from '../errors/snap-error.js';
import { hashPin, safeEqual } from '../lib/crypto.js';
import { digits, referenceNo, uuid } from '../lib/ids.js';
import { walletAccount } from './accounts.js';
import type { Binding, Wallet } from './model.js';
import { credit } from './seed.js';
import { revokeBindingSessions } from './sessions.js';
import type { Store } from './store.js';

/** The wallet a customer call acts on: unknown → 404xx11, not ACTIVE → 403xx18. */
export function activeWallet(wallet: Wallet | undefined, hint = 'no such wallet'): Wallet {
  if (!wallet) throw new SnapError('InvalidAccount').withDiagnostics({ hint });
  if (wallet.status !== 'ACTIVE') throw new SnapError('InactiveAccount').withDiagnostics({ hint: `wallet ${wallet.id} is ${wallet.status}` });
  return wallet;
}

/** Wrong PINs in a row before the wallet is locked for PIN_LOCK_SECONDS. */
export const PIN_MAX_FAILURES = 3;

export interface NewWallet {
  name: string;
  phoneNo: string;
  email?: string;
  pin: string;
  now: number;
  /** Opening balance in minor units, issued through the ledger (admin only; DOKU opens at 0.00). */
  openingMinor?: number;
}

/** A new wallet: 10-digit accountId (no leading zero, unused), publicUserId, balance 0.00 unless told. */
export function createWallet(store: Store, input: NewWallet): Wallet {
  let id = digits(10);
  while (store.wallets.has(id)) id = digits(10);
  return store.atomically(() => {
    const wallet = store.wallets.put({
      id,
      publicUserId: `PU${id}`,
      name: input.name,
      email: input.email,
      phoneNo: input.phoneNo,
      pinHash: hashPin(id, input.pin),
      status: 'ACTIVE',
      pinFailures: 0,
      createdAt: input.now,
    });
    if (input.openingMinor) credit(store, walletAccount(id), input.openingMinor, `ADMIN-OPEN-${id}`, input.now);
    return wallet;
  });
}

/** Why DOKU's app would refuse this PIN (all one digit, or a run like 123456 / 654321); undefined when fine. */
export function weakPinReason(pin: string): string | undefined {
  if (/^(\d)\1+$/.test(pin)) return 'The PIN cannot be one digit repeated.';
  const steps = [...pin].slice(1).map((d, i) => Number(d) - Number(pin[i]));
  if (steps.every((s) => s === 1) || steps.every((s) => s === -1)) return 'The PIN cannot be a sequence such as 123456 or 654321.';
  return undefined;
}

export type PinCheck =
  | { ok: true }
  | { ok: false; locked: false; attemptsLeft: number }
  | { ok: false; locked: true; lockedUntil: number };

export function pinLockedUntil(wallet: Wallet, now: number): number | undefined {
  return wallet.lockedUntil !== undefined && wallet.lockedUntil > now ? wallet.lockedUntil : undefined;
}

/**
 * Checks a PIN typed on a sandbox page. Wrong PINs count up; the third locks the wallet for
 * lockSeconds (the count then starts again). A locked wallet refuses even the right PIN.
 */
export function verifyPin(store: Store, wallet: Wallet, pin: string, now: number, lockSeconds: number): PinCheck {
  const lockedUntil = pinLockedUntil(wallet, now);
  if (lockedUntil !== undefined) return { ok: false, locked: true, lockedUntil };
  if (safeEqual(hashPin(wallet.id, pin), wallet.pinHash)) {
    if (wallet.pinFailures !== 0 || wallet.lockedUntil !== undefined) store.wallets.put({ ...wallet, pinFailures: 0, lockedUntil: undefined });
    return { ok: true };
  }
  const failures = wallet.pinFailures + 1;
  if (failures >= PIN_MAX_FAILURES) {
    const until = now + lockSeconds * 1000;
    store.wallets.put({ ...wallet, pinFailures: 0, lockedUntil: until });
    return { ok: false, locked: true, lockedUntil: until };
  }
  store.wallets.put({ ...wallet, pinFailures: failures });
  return { ok: false, locked: false, attemptsLeft: PIN_MAX_FAILURES - failures };
}

export function isLiveBinding(binding: Binding): boolean {
  return binding.status === 'ACTIVE' || binding.status === 'UNBINDING';
}

/** The binding that currently works for this partner and wallet (ACTIVE, or UNBINDING until the OTP). */
export function liveBindingOf(store: Store, clientId: string, accountId: string): Binding | undefined {
  return store.bindings.allBy('clientAccount', `${clientId}|${accountId}`).find(isLiveBinding);
}

export interface NewBinding {
  clientId: string;
  accountId: string;
  partnerReferenceNo: string;
  redirectUrl: string;
  now: number;
}

/** A binding waiting for the customer's consent (PENDING); its authCode works only once ACTIVE. */
export function openBinding(store: Store, input: NewBinding): Binding {
  return store.bindings.put({
    id: `LNK${referenceNo()}`,
    clientId: input.clientId,
    accountId: input.accountId,
    authCode: uuid(),
    status: 'PENDING',
    partnerReferenceNo: input.partnerReferenceNo,
    referenceNo: referenceNo(),
    redirectUrl: input.redirectUrl,
    createdAt: input.now,
  });
}

/** Ends a binding: its authCode stops working and every customer/refresh token of it is revoked. */
export function endBinding(store: Store, binding: Binding, now: number): Binding {
  revokeBindingSessions(store, binding.id);
  return store.bindings.put({ ...binding, status: 'UNBOUND', unboundAt: now });
}

/**
 * Makes a binding ACTIVE. One live binding per partner and wallet: an earlier one is ended, so
 * binding again replaces the old authCode and its tokens.
 */
export function activateBinding(store: Store, binding: Binding, now: number): Binding {
  return store.atomically(() => {
    for (const other of store.bindings.allBy('clientAccount', `${binding.clientId}|${binding.accountId}`)) {
      if (other.id !== binding.id && isLiveBinding(other)) endBinding(store, other, now);
    }
    return store.bindings.put({ ...binding, status: 'ACTIVE' });
  });
}
