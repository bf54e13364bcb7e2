import { api, describe, showBanner, TOKEN_KEY } from './api.js';
import { byId } from './dom.js';
import { loadJournal } from './journal.js';
import { loadQris } from './qris.js';
import { loadRates } from './rates.js';
import { loadScenarios, wireScenarioForm } from './scenarios.js';
import { loadTables } from './tables.js';

/**
 * The dashboard's browser script (/dashboard/app.js and the modules it imports). It only reads and
 * writes through the admin API, with the admin token from the token field (kept in
 * sessionStorage) or ?token=.
 */

const REFRESH_MS = 3000;
let timer: ReturnType<typeof setInterval> | undefined;

// ?token=… is taken once into sessionStorage, then dropped from the address bar.
const params = new URLSearchParams(location.search);
const given = params.get('token');
if (given) {
  sessionStorage.setItem(TOKEN_KEY, given);
  params.delete('token');
  history.replaceState(null, '', location.pathname + (params.toString() ? `?${params.toString()}` : ''));
}
const tokenField = byId<HTMLInputElement>('admin-token');
tokenField.value = sessionStorage.getItem(TOKEN_KEY) || '';

async function loadClock(): Promise<void> {
  const res = await api('GET', '/admin/clock');
  const b = (res.body || {}) as { now?: string; nowWib?: string; offsetSeconds?: number };
  byId('clock').textContent = res.ok ? `sandbox clock ${b.nowWib || b.now || ''}${b.offsetSeconds ? ` (offset ${Math.round(b.offsetSeconds)} s)` : ''}` : '';
}

function refresh(): Promise<void> {
  showBanner('');
  return Promise.all([loadScenarios(), loadJournal(), loadClock(), loadQris(), loadRates(), ...loadTables()])
    .then(() => undefined)
    .catch((e: Error) => showBanner(`Could not reach the sandbox: ${e.message}`))
    .then(() => document.body.setAttribute('data-loaded', String(Date.now())));
}

function schedule(): void {
  clearInterval(timer);
  if (byId<HTMLInputElement>('auto-refresh').checked) {
    timer = setInterval(() => {
      if (!document.hidden) void refresh();
    }, REFRESH_MS);
  }
}

byId('save-token').addEventListener('click', () => {
  const v = tokenField.value.trim();
  if (v) sessionStorage.setItem(TOKEN_KEY, v);
  else sessionStorage.removeItem(TOKEN_KEY);
  void refresh();
});
tokenField.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') byId('save-token').click();
});
byId('refresh').addEventListener('click', () => void refresh());
byId('auto-refresh').addEventListener('change', schedule);
byId('reset').addEventListener('click', () => {
  if (!confirm('Reset the sandbox to its fixtures (state, scenarios, clock)?')) return;
  void api('POST', '/admin/reset').then((res) => {
    showBanner(res.ok ? '' : `Reset failed: ${describe(res)}`);
    return refresh();
  });
});
wireScenarioForm();

void refresh();
schedule();
