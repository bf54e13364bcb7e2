import { empty, setBody, table, type Column } from './dom.js';

/**
 * The request-rates panel, from GET /metrics (Prometheus text, no token needed): each operation's
 * change of requests_total since the previous refresh, per second.
 */

interface RateRow {
  operation: string;
  rate: string;
  total: number;
}

const COLUMNS: Column<RateRow>[] = [
  { key: 'operation', label: 'Operation', className: 'mono' },
  { key: 'rate', label: 'Requests/s', className: 'num' },
  { key: 'total', label: 'Total since start', className: 'num' },
];

const SERIES = /^doku_snap_sandbox_requests_total\{(.*)\} (\S+)$/;
const OPERATION = /(?:^|,)operation="((?:[^"\\]|\\.)*)"/;

let last: { at: number; totals: Record<string, number> } | undefined;

function totalsOf(text: string): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const series = SERIES.exec(line);
    const operation = series && OPERATION.exec(series[1]!)?.[1];
    if (operation) totals[operation] = (totals[operation] ?? 0) + Number(series[2]);
  }
  return totals;
}

export async function loadRates(): Promise<void> {
  const res = await fetch('/metrics');
  if (!res.ok) return setBody('request-rates', empty('GET /metrics is not available.'), null);
  const totals = totalsOf(await res.text());
  const now = Date.now();
  const seconds = last ? (now - last.at) / 1000 : 0;
  const rows = Object.entries(totals)
    .map(([operation, total]): RateRow => {
      const before = last?.totals[operation];
      return { operation, total, rate: before === undefined || seconds <= 0 ? '' : ((total - before) / seconds).toFixed(2) };
    })
    .sort((a, b) => (Number(b.rate) || 0) - (Number(a.rate) || 0) || b.total - a.total);
  last = { at: now, totals };
  setBody('request-rates', rows.length ? table(rows, COLUMNS) : empty('No requests yet.'), rows.length);
}
