import type { SandboxContext } from '../../context.js';
import { settlementAccount, walletAccount } from '../../ledger/accounts.js';
import type { Partner, Transaction, Wallet } from '../../ledger/model.js';
import { usePageToken } from '../../ledger/page-tokens.js';
import { collectPayment, openPagePayment, outcomeUrl, PAGE_CLOSED, type ClosedPage, type PageClosedWhy } from '../../ledger/page-payments.js';
import { verifyPin } from '../../ledger/wallets.js';
import { formatWib } from '../../lib/time.js';
import { queuePaymentNotification } from './purchase-notification.js';
import { PURCHASE_SERVICE, updatePurchase } from './purchase.model.js';

/** What the PIN page shows or does; purchase.pages.ts turns it into HTML or a redirect. */
export type PinPageView =
  | { kind: 'form'; status: number; token: string; tx: Transaction; partner: Partner; wallet: Wallet; error?: string }
  | { kind: 'closed'; status: number; title: string; message: string }
  | { kind: 'outcome'; tx: Transaction; location?: string };

const CLOSED: Record<PageClosedWhy | 'cancelled' | 'inactive', ClosedPage> = {
  ...PAGE_CLOSED,
  cancelled: { status: 410, title: 'Payment cancelled', message: 'The merchant cancelled this payment.' },
  inactive: { status: 403, title: 'Wallet not active', message: 'This DOKU Wallet cannot pay right now. Contact DOKU customer service.' },
};

type Opened = { ok: true; tx: Transaction; wallet: Wallet; partner: Partner } | { ok: false; view: PinPageView };

/** The purchase behind a page token, if it can still be paid; expires it when its time has passed. */
function openPurchase(ctx: SandboxContext, tokenId: unknown, now: number): Opened {
  const { store } = ctx;
  const closed = (why: keyof typeof CLOSED): Opened => ({ ok: false, view: { kind: 'closed', ...CLOSED[why] } });
  const opening = openPagePayment(store, 'purchase-pin', 'PURCHASE', tokenId, PURCHASE_SERVICE, now, (tx) => (tx.status === '05' ? ('cancelled' as const) : undefined));
  if (!opening.ok) return closed(opening.why);
  const { tx } = opening;
  const wallet = store.wallets.get(tx.accountId ?? '');
  const partner = store.partners.get(tx.clientId);
  if (!wallet || !partner) return closed('unknown');
  if (wallet.status !== 'ACTIVE') return closed('inactive');
  return { ok: true, tx, wallet, partner };
}

/** GET: the PIN form, or why the purchase cannot be paid. Run inside store.atomically (it may expire the purchase). */
export function showPinPage(ctx: SandboxContext, tokenId: unknown, now: number): PinPageView {
  const opened = openPurchase(ctx, tokenId, now);
  if (!opened.ok) return opened.view;
  return { kind: 'form', status: 200, token: tokenId as string, ...opened };
}

/**
 * POST: checks the PIN and, when right, pays: wallet → the partner's settlement in one posting,
 * the purchase becomes 00 (or 06 with 4035414 when the wallet is short now), the page token is
 * spent and the notification queued, all in the caller's atomic block. The status check and the
 * debit happen in that same synchronous block, so two submissions can never both pay.
 */
export function submitPin(ctx: SandboxContext, tokenId: unknown, pin: unknown, now: number): PinPageView {
  const { store } = ctx;
  const opened = openPurchase(ctx, tokenId, now);
  if (!opened.ok) return opened.view;
  const { wallet, partner } = opened;
  let { tx } = opened;
  const form = (status: number, error: string): PinPageView => ({ kind: 'form', status, token: tokenId as string, tx, partner, wallet: store.wallets.get(wallet.id)!, error });

  if (typeof pin !== 'string' || !/^\d{6}$/.test(pin)) return form(400, 'Enter your 6-digit DOKU Wallet PIN.');
  const check = verifyPin(store, wallet, pin, now, ctx.config.pinLockSeconds);
  if (!check.ok && check.locked) {
    return { kind: 'closed', status: 423, title: 'Wallet locked', message: `Too many wrong PINs. Your wallet is locked until ${formatWib(check.lockedUntil)}; try again later.` };
  }
  if (!check.ok) return form(401, `Wrong PIN. ${check.attemptsLeft} ${check.attemptsLeft === 1 ? 'attempt' : 'attempts'} left before your wallet is locked.`);

  const { status, outcome } = collectPayment(store, tx, walletAccount(wallet.id), settlementAccount(tx.clientId), PURCHASE_SERVICE, now);
  tx = updatePurchase(store, tx, status, outcome, now);
  usePageToken(store, store.pageTokens.get(tokenId as string)!, now);
  queuePaymentNotification(store, partner, tx, now);
  return { kind: 'outcome', tx, location: outcomeUrl(tx) };
}
