import { api, unavailable } from './api.js';
import { empty, firstArray, setBody, table, time, type Column } from './dom.js';

/** The panels that are one admin list drawn as a table: partners, wallets, transactions … */

type Row = Record<string, unknown>;

interface TablePanel {
  id: string;
  path: string;
  key: string;
  columns: Column<Row>[];
  filter?: (row: Row) => boolean;
}

interface Binding {
  clientId: string;
  status: string;
}

interface Attempt {
  status?: number;
  error?: string;
  fault?: string;
}

const col = (key: string, label: string, className?: string, value?: (row: Row) => unknown): Column<Row> => ({ key, label, className, value });

function boundTo(row: Row): string {
  const bindings = (row.bindings ?? []) as Binding[];
  return bindings
    .filter((b) => b.status !== 'UNBOUND')
    .map((b) => b.clientId + (b.status === 'ACTIVE' ? '' : ` (${b.status})`))
    .join(', ');
}

function lastAttempt(row: Row): string {
  const attempts = row.attempts;
  const a = Array.isArray(attempts) ? (attempts[attempts.length - 1] as Attempt | undefined) : undefined;
  return a ? String(a.status || a.error || '') + (a.fault ? ` [${a.fault}]` : '') : '';
}

const TABLES: TablePanel[] = [
  {
    id: 'partners', path: '/admin/partners', key: 'partners',
    columns: [col('clientId', 'Client ID', 'mono'), col('name', 'Name'), col('corporateBalance', 'Corporate balance', 'num'), col('notificationUrl', 'Notification URL'), col('merchantId', 'Merchant')],
  },
  {
    id: 'accounts', path: '/admin/accounts', key: 'accounts',
    columns: [col('accountId', 'Account', 'mono'), col('name', 'Name'), col('phoneNo', 'Phone', 'mono'), col('status', 'Status'), col('balance', 'Balance', 'num'), col('holdAmount', 'Held', 'num'), col('bindings', 'Bound to', 'mono', boundTo)],
  },
  {
    id: 'transactions', path: '/admin/transactions?limit=50', key: 'transactions',
    columns: [
      col('createdAt', 'Time', 'mono', (r) => time(r.createdAt)), col('type', 'Type'), col('referenceNo', 'Reference', 'mono'), col('partnerReferenceNo', 'Partner ref', 'mono'),
      col('accountId', 'Account', 'mono'), col('amount', 'Amount', 'num'), col('status', 'Status', '', (r) => String(r.status) + (r.statusDesc ? ` ${String(r.statusDesc)}` : '')), col('clientId', 'Partner', 'mono'),
    ],
  },
  {
    id: 'otps', path: '/admin/otps', key: 'otps',
    filter: (o) => !o.expired && !o.blocked && (!o.journeyStatus || o.journeyStatus === 'OTP_SENT'),
    columns: [col('phoneNo', 'Phone', 'mono'), col('otp', 'OTP', 'mono'), col('purpose', 'Purpose'), col('referenceNo', 'Reference', 'mono'), col('expiresAt', 'Expires', 'mono', (r) => time(r.expiresAt)), col('attemptsLeft', 'Attempts left', 'num')],
  },
  {
    id: 'virtual-accounts', path: '/admin/virtual-accounts?limit=50', key: 'virtualAccounts',
    columns: [
      col('number', 'VA number', 'mono'), col('trxId', 'Bill (trxId)', 'mono'), col('channel', 'Channel'), col('trxType', 'Type'),
      col('totalAmount', 'Amount', 'num'), col('paidAmount', 'Paid', 'num'), col('status', 'Status'), col('clientId', 'Partner', 'mono'),
    ],
  },
  {
    id: 'debit-bindings', path: '/admin/direct-debit/bindings?limit=50', key: 'bindings',
    columns: [
      col('channel', 'Channel'), col('kind', 'Kind'), col('phoneNo', 'Phone', 'mono'), col('card', 'Card', 'mono'), col('custIdMerchant', 'Customer (merchant)', 'mono'),
      col('status', 'Status'), col('balance', 'Balance', 'num'), col('clientId', 'Partner', 'mono'),
    ],
  },
  {
    id: 'notifications', path: '/admin/notifications?limit=50', key: 'notifications',
    columns: [
      col('createdAt', 'Time', 'mono', (r) => time(r.createdAt)), col('transactionId', 'Transaction', 'mono'), col('url', 'URL'), col('status', 'Status'),
      col('attempts', 'Attempts', 'num', (r) => (Array.isArray(r.attempts) ? r.attempts.length : r.attempts)), col('lastAttempt', 'Last answer', '', lastAttempt),
    ],
  },
];

async function loadTable(t: TablePanel): Promise<void> {
  const res = await api('GET', t.path);
  let rows = res.ok ? (firstArray(res.body, t.key) as Row[] | null) : null;
  if (!rows) return setBody(t.id, unavailable(t.path, res), null);
  if (t.filter) rows = rows.filter(t.filter);
  setBody(t.id, rows.length ? table(rows, t.columns) : empty('None.'), rows.length);
}

export function loadTables(): Promise<void>[] {
  return TABLES.map(loadTable);
}
