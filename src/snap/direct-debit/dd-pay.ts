import type { SandboxContext } from '../../context.js';
import { snapCode } from '../../errors/snap-error.js';
import { channelAccount, settlementAccount } from '../../ledger/accounts.js';
import type { Partner, Transaction } from '../../ledger/model.js';
import { usePageToken } from '../../ledger/page-tokens.js';
import { collectPayment, openPagePayment, outcomeUrl, PAGE_CLOSED, paymentNotificationHead, type PageClosedWhy } from '../../ledger/page-payments.js';
import type { Store } from '../../ledger/store.js';
import { enqueueNotification } from '../../notify/outbox.js';
import { channelRules, DEBIT_SERVICE, debitData, openChannelAccount, statusDesc, updateDebit } from './dd.model.js';

/** What the channel's payment page shows or does; dd.pages.ts turns it into HTML or a redirect. */
export type DebitPageView =
  | { kind: 'form'; status: number; token: string; tx: Transaction; partner: Partner; error?: string }
  | { kind: 'closed'; status: number; title: string; message: string }
  | { kind: 'outcome'; tx: Transaction; location?: string };

type Opened = { ok: true; tx: Transaction; partner: Partner } | { ok: false; view: DebitPageView };

function openPayment(ctx: SandboxContext, tokenId: unknown, now: number): Opened {
  const { store } = ctx;
  const closed = (why: PageClosedWhy): Opened => ({ ok: false, view: { kind: 'closed', ...PAGE_CLOSED[why] } });
  const opening = openPagePayment(store, 'debit-payment', 'DIRECT_DEBIT', tokenId, DEBIT_SERVICE, now);
  if (!opening.ok) return closed(opening.why);
  const { tx } = opening;
  const partner = store.partners.get(tx.clientId);
  if (!partner) return closed('unknown');
  return { ok: true, tx, partner };
}

/** GET: the confirmation form, or why the payment cannot be made. Run inside store.transact (it may expire the payment). */
export function showDebitPage(ctx: SandboxContext, tokenId: unknown, now: number): DebitPageView {
  const opened = openPayment(ctx, tokenId, now);
  return opened.ok ? { kind: 'form', status: 200, token: tokenId as string, ...opened } : opened.view;
}

/**
 * POST: the customer pays or cancels. Paying debits the customer's channel account into the
 * merchant's settlement in one posting (jump app: the account of the phone typed on the page) and
 * the payment becomes 00, or 06 with 4035414 when the account is short; cancelling makes it 05.
 * The page token is spent and the notification queued, in the caller's store.transact.
 */
export function submitDebitPage(ctx: SandboxContext, tokenId: unknown, form: { action?: unknown; phoneNo?: unknown }, now: number): DebitPageView {
  const { store } = ctx;
  const opened = openPayment(ctx, tokenId, now);
  if (!opened.ok) return opened.view;
  const { partner } = opened;
  let { tx } = opened;
  const data = debitData(tx);

  if (form.action === 'cancel') {
    tx = updateDebit(store, tx, '05', { responseCode: snapCode('TransactionCancelled', DEBIT_SERVICE), responseMessage: 'Transaction Cancelled', statusDesc: 'Cancelled by customer' }, now);
  } else {
    let accountId = tx.accountId;
    if (data.flow === 'JUMP_APP') {
      if (typeof form.phoneNo !== 'string' || !/^62[0-9]{8,13}$/.test(form.phoneNo)) {
        return { kind: 'form', status: 400, token: tokenId as string, tx, partner, error: `Enter your ${channelRules(data.channel).label} number, 62 followed by 8 to 13 digits.` };
      }
      accountId = openChannelAccount(store, data.channel, form.phoneNo, form.phoneNo, now).id;
    }
    const { status, outcome } = collectPayment(store, tx, channelAccount(accountId!), settlementAccount(tx.clientId), DEBIT_SERVICE, now);
    tx = updateDebit(store, tx, status, outcome, now, accountId);
  }
  usePageToken(store, store.pageTokens.get(tokenId as string)!, now);
  queueDebitNotification(store, partner, tx, now);
  return { kind: 'outcome', tx, location: outcomeUrl(tx) };
}

/**
 * DOKU's direct-debit payment notification: the fields of the Node SDK's
 * PaymentNotifDirectDebitRequestDto (lineItems top level, additionalInfo channelId, acquirerId,
 * custIdMerchant, accountType) and of the Go SDK's (lineItems in additionalInfo, origin).
 */
export function queueDebitNotification(store: Store, partner: Partner, tx: Transaction, now: number): void {
  const data = debitData(tx);
  const rules = channelRules(data.channel);
  const body = {
    ...paymentNotificationHead(tx, statusDesc(tx), now),
    lineItems: data.lineItems,
    additionalInfo: {
      channelId: data.channel,
      acquirerId: rules.acquirer,
      custIdMerchant: data.custIdMerchant ?? '',
      accountType: rules.accountType,
      responseCode: data.responseCode,
      approvalCode: data.approvalCode ?? '',
      lineItems: data.lineItems,
      origin: { product: 'SNAP', source: 'doku-snap-sandbox', system: 'direct-debit', apiFormat: 'SNAP' },
    },
  };
  enqueueNotification(store, { clientId: partner.id, transactionId: tx.id, url: partner.notificationUrl, body, now });
}
