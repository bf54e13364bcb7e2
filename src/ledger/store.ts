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
import { isDerivedPostingId } from './posting-ids.js';
import { Table } from './table.js';
import { UnitOfWork } from './unit-of-work.js';

/**
 * A composite index key as one flat string. A template literal would make a V8 cons string,
 * which the map flattens into a second copy and keeps both: ~40 bytes more per row.
 */
export function key(...parts: (string | undefined)[]): string {
  return parts.join('|');
}

export type StoreSnapshot = Record<string, { id: string }[]>;

/**
 * All state of the sandbox: one set of tables. Domain code changes rows inside `atomically`, which
 * rolls every change back if the operation throws, so no request leaves half-written state.
 * Writers go through `transact` (unit-of-work.ts): atomically, then a durable commit, then the
 * answer; a commit the disk refuses is rolled back too, so memory never holds what the disk did
 * not take.
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
  // Found by id (<transaction id>, then <id>.2 …: postingsOf); only rows with ids of their own
  // (DATA_FILEs from before ids were derived) need an index entry, ~40 bytes per row otherwise.
  readonly postings = new Table<Posting>('postings', this, {
    legacyTransaction: (p) => (isDerivedPostingId(p) ? undefined : p.transactionId),
  });
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

  private byName: Map<string, Table<{ id: string }>> | undefined;

  tables(): Table<{ id: string }>[] {
    return [...this.tablesByName().values()];
  }

  table(name: string): Table<{ id: string }> {
    const found = this.tablesByName().get(name);
    if (!found) throw new Error(`no table ${name}`);
    return found;
  }

  /** Built on first use: the table fields are only all there once the constructor has run. */
  private tablesByName(): Map<string, Table<{ id: string }>> {
    this.byName ??= new Map(
      Object.values(this)
        .filter((v): v is Table<{ id: string }> => v instanceof Table)
        .map((t) => [t.name, t]),
    );
    return this.byName;
  }

  snapshot(): StoreSnapshot {
    const out: StoreSnapshot = {};
    for (const table of this.tables()) out[table.name] = [...table.values()];
    return out;
  }

  /**
   * Replaces all state with a snapshot; unknown tables are ignored. prepare may replace each row
   * before it is stored (rows from disk: shared strings, packed forms); tables go in store order.
   */
  restore(snapshot: StoreSnapshot, prepare: (table: string, row: { id: string }) => { id: string } = (_t, row) => row): void {
    for (const table of this.tables()) {
      table.clear();
      for (const row of snapshot[table.name] ?? []) {
        const ready = prepare(table.name, row);
        table.write(ready.id, ready);
      }
    }
  }

  /** Empties every table and marks them all dirty, so a reset is persisted like any change. */
  clearAll(): void {
    for (const table of this.tables()) {
      for (const row of [...table.values()]) table.delete(row.id);
    }
  }
}
