import { Router } from 'express';
import type { SandboxContext } from '../context.js';
import { SnapError } from '../errors/snap-error.js';
import { holdAccount, walletAccount } from '../ledger/accounts.js';
import { balanceOf } from '../ledger/ledger.js';
import type { Binding, Wallet } from '../ledger/model.js';
import { activateBinding, createWallet, openBinding } from '../ledger/wallets.js';
import { formatMinor, parseMinor } from '../lib/money.js';

interface AccountRequest {
  name: string;
  phoneNo: string;
  email?: string;
  pin: string;
  balance?: string;
  bindTo?: string;
}

function accountView(ctx: SandboxContext, wallet: Wallet): Record<string, unknown> {
  const now = ctx.clock.now();
  return {
    accountId: wallet.id,
    publicUserId: wallet.publicUserId,
    name: wallet.name,
    email: wallet.email ?? null,
    phoneNo: wallet.phoneNo,
    status: wallet.status,
    balance: formatMinor(balanceOf(ctx.store, walletAccount(wallet.id))),
    holdAmount: formatMinor(balanceOf(ctx.store, holdAccount(wallet.id))),
    pinFailures: wallet.pinFailures,
    pinLockedUntil: wallet.lockedUntil !== undefined && wallet.lockedUntil > now ? new Date(wallet.lockedUntil).toISOString() : null,
    createdAt: new Date(wallet.createdAt).toISOString(),
    bindings: ctx.store.bindings.allBy('account', wallet.id).map((b: Binding) => ({
      linkId: b.id,
      clientId: b.clientId,
      authCode: b.authCode,
      status: b.status,
      createdAt: new Date(b.createdAt).toISOString(),
      unboundAt: b.unboundAt !== undefined ? new Date(b.unboundAt).toISOString() : null,
    })),
  };
}

/** QA shortcuts around the registration and binding journeys: create, list and inspect wallets. */
export function accountsRouter(ctx: SandboxContext): Router {
  const router = Router();
  router.get('/accounts', (_req, res) => {
    res.json({ accounts: [...ctx.store.wallets.values()].map((w) => accountView(ctx, w)) });
  });

  router.get('/accounts/:accountId', (req, res) => {
    const wallet = ctx.store.wallets.get(req.params.accountId as string);
    if (!wallet) throw new SnapError('InvalidAccount').withDiagnostics({ hint: `no wallet ${req.params.accountId}` });
    res.json(accountView(ctx, wallet));
  });

  router.post('/accounts', async (req, res) => {
    const input = req.body as AccountRequest;
    const { store } = ctx;
    if (store.wallets.by('phone', input.phoneNo)) throw new SnapError('DoNotHonor', 'Phone number already registered');
    if (input.bindTo && !store.partners.has(input.bindTo)) {
      throw new SnapError('PartnerNotFound').withDiagnostics({ hint: `no partner ${input.bindTo} (GET /admin/partners)` });
    }
    const now = ctx.clock.now();
    const { wallet, binding } = await store.transact(() => {
      const wallet = createWallet(store, { ...input, now, openingMinor: input.balance ? parseMinor(input.balance) : 0 });
      if (!input.bindTo) return { wallet, binding: undefined };
      const pending = openBinding(store, { clientId: input.bindTo, accountId: wallet.id, partnerReferenceNo: `ADMIN-${wallet.id}`, redirectUrl: '', now });
      return { wallet, binding: activateBinding(store, pending, now) };
    });
    res.status(201).json({ ...accountView(ctx, wallet), ...(binding ? { linkId: binding.id, authCode: binding.authCode } : {}) });
  });
  return router;
}
