import { api, unavailable } from './api.js';
import { el, empty, firstArray, setBody, table, type Column } from './dom.js';

/** The request journal: one row per request; a click opens its request, answer and diagnostics. */

interface JournalRow {
  id: number;
  at?: string;
  diagnostics?: Record<string, unknown> & { differs?: string };
  scenario?: { name?: string; rule?: string };
  request?: unknown;
  response?: unknown;
}

/** Which entries the reader opened: kept across refreshes. */
const expanded: Record<number, boolean> = {};

function diagnostics(d: Record<string, unknown>): HTMLElement {
  return el(
    'dl',
    { className: 'diag' },
    Object.keys(d).flatMap((k) => [el('dt', { text: k }), el('dd', { className: 'mono', text: typeof d[k] === 'object' ? JSON.stringify(d[k]) : String(d[k]) })]),
  );
}

const COLUMNS: Column<JournalRow>[] = [
  { key: 'at', label: 'Time', className: 'mono', value: (r) => (r.at || '').replace('T', ' ').slice(0, 23) },
  { key: 'method', label: 'Method' },
  { key: 'path', label: 'Path', className: 'mono' },
  { key: 'partner', label: 'Partner', className: 'mono' },
  { key: 'status', label: 'HTTP', className: 'num' },
  { key: 'responseCode', label: 'Code', className: 'mono' },
  { key: 'durationMs', label: 'ms', className: 'num' },
  { key: 'diagnostics', label: 'Diagnostics', className: '', value: (r) => (r.diagnostics ? `diagnostics${r.diagnostics.differs ? `: ${r.diagnostics.differs}` : ''}` : '') },
  { key: 'scenario', label: 'Scenario', className: '', value: (r) => (r.scenario ? `${r.scenario.name} / ${r.scenario.rule}` : '') },
];

function withDetail(r: JournalRow, tr: HTMLElement, trs: HTMLElement[], width: number): void {
  tr.className = 'entry';
  tr.setAttribute('data-entry', String(r.id));
  const sig = tr.querySelector('td[data-col="diagnostics"]');
  if (sig && r.diagnostics) {
    const text = sig.textContent ?? '';
    sig.textContent = '';
    sig.appendChild(el('span', { className: 'badge bad', text }));
  }
  const detail = el('tr', { className: 'detail' }, [
    el('td', { colspan: String(width) }, [
      r.diagnostics ? el('div', {}, [el('b', { text: 'Signature diagnostics' }), diagnostics(r.diagnostics)]) : null,
      r.scenario ? el('div', {}, [el('b', { text: 'Scenario rule' }), el('pre', { text: JSON.stringify(r.scenario, null, 2) })]) : null,
      el('b', { text: 'Request' }),
      el('pre', { text: JSON.stringify(r.request || {}, null, 2) }),
      el('b', { text: 'Response' }),
      el('pre', { text: JSON.stringify(r.response || {}, null, 2) }),
    ]),
  ]);
  detail.hidden = !expanded[r.id];
  tr.addEventListener('click', () => {
    expanded[r.id] = detail.hidden;
    detail.hidden = !detail.hidden;
  });
  trs.push(detail);
}

export async function loadJournal(): Promise<void> {
  const res = await api('GET', '/admin/journal?limit=100');
  const rows = res.ok ? (firstArray(res.body, 'entries') as JournalRow[] | null) : null;
  if (!rows) return setBody('journal', unavailable('/admin/journal', res), null);
  if (!rows.length) return setBody('journal', empty('No requests yet.'), 0);
  setBody('journal', table(rows, COLUMNS, withDetail), rows.length);
}
