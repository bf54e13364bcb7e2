import type {
  AccessToken,
  Balance,
  Binding,
  ChannelAccount,
  DebitBinding,
  ExternalIdUse,
  IdempotencyRecord,
  Journey,
  Notification,
  Otp,
  PageToken,
  Partner,
  Posting,
  QrCode,
  RefreshToken,
  Transaction,
  TransactionType,
  VirtualAccount,
  Wallet,
} from './model.js';
import { StoreRefusedError } from './commits.js';
import { Table, UnitOfWork, type TablesSnapshot } from '../storage/index.js';

/**
 * A composite index key as one flat string. A template literal would make a V8 cons string,
 * which the map flattens into a second copy and keeps both: ~40 bytes more per row.
 */
export function key(...parts: (string | undefined)[]): string {
  return parts.join('|');
}

export type StoreSnapshot = TablesSnapshot;

/**
 * All state of the sandbox: one set of tables, on the storage engine (storage/: the unit of work,
 * memory or DATA_FILE). Domain code changes rows inside `atomically`, which rolls every change
 * back if the operation throws, so no request leaves half-written state. Writers go through
 * `transact`: atomically, then a durable commit, then the answer; a commit the disk refuses is
 * rolled back too, so memory never holds what the disk did not take.
 */
export class Store extends UnitOfWork {
  readonly partners = new Table<Partner>('partners', this);
  readonly accessTokens = new Table<AccessToken>('accessTokens', this, {
    b2bClient: (t) => (t.kind === 'b2b' ? t.clientId : undefined),
    b2b2cClientAccount: (t) => (t.kind === 'b2b2c' ? key(t.clientId, t.accountId) : undefined),
    binding: (t) => t.bindingId,
  });
  readonly refreshTokens = new Table<RefreshToken>('refreshTokens', this, {
    binding: (t) => t.bindingId,
  });
  readonly wallets = new Table<Wallet>('wallets', this, { phone: (w) => w.phoneNo });
  readonly bindings = new Table<Binding>('bindings', this, {
    authCode: (b) => b.authCode,
    clientAccount: (b) => key(b.clientId, b.accountId),
    account: (b) => b.accountId,
  });
  readonly journeys = new Table<Journey>('journeys', this, {
    phone: (j) => j.phoneNo,
    partnerRef: (j) => key(j.clientId, j.partnerReferenceNo),
  });
  readonly otps = new Table<Otp>('otps', this, { phone: (o) => o.phoneNo });
  readonly pageTokens = new Table<PageToken>('pageTokens', this);
  readonly transactions = new Table<Transaction>('transactions', this, {
    // The reference alone: a composite key string would cost ~55 bytes per row; the rare rows
    // sharing a reference (other partners, other types) are told apart by transactionByPartnerRef.
    partnerRef: (t) => t.partnerReferenceNo,
    account: (t) => t.accountId,
    parent: (t) => t.parentId,
  });
  readonly qrCodes = new Table<QrCode>('qrCodes', this, { partnerRef: (q) => key(q.clientId, q.partnerReferenceNo) });
  // Found by id (<transaction id>, then <id>.2 …: postingsOf), no index: ~40 bytes per row less.
  readonly postings = new Table<Posting>('postings', this);
  readonly balances = new Table<Balance>('balances', this);
  readonly externalIds = new Table<ExternalIdUse>('externalIds', this);
  readonly idempotency = new Table<IdempotencyRecord>('idempotency', this);
  readonly notifications = new Table<Notification>('notifications', this, {
    status: (n) => n.status,
  });
  readonly virtualAccounts = new Table<VirtualAccount>('virtualAccounts', this, {
    number: (va) => va.number,
    partnerTrx: (va) => key(va.clientId, va.trxId),
  });
  readonly debitBindings = new Table<DebitBinding>('debitBindings', this, {
    authCode: (b) => b.authCode,
    account: (b) => b.accountId,
  });
  readonly channelAccounts = new Table<ChannelAccount>('channelAccounts', this);

  /** A partner's transaction of one type by its partnerReferenceNo (or partnerRefundNo, …). */
  transactionByPartnerRef(clientId: string, type: TransactionType, partnerReferenceNo: string): Transaction | undefined {
    for (const tx of this.transactions.allBy('partnerRef', partnerReferenceNo)) {
      if (tx.clientId === clientId && tx.type === type) return tx;
    }
    return undefined;
  }

  protected refusedError(reason: Error): StoreRefusedError {
    return new StoreRefusedError(reason);
  }
}
