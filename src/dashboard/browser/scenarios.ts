import { api, describe, unavailable, type ApiAnswer } from './api.js';
import { byId, el, empty, firstArray, setBody, table, time, type Column } from './dom.js';

/** The Scenarios panel: the active scenarios with their counters, the bundled library, and the load form. */

interface RuleView {
  name: string;
  effect: string;
  times?: number;
  matched: number;
  uses: number;
  exhausted: boolean;
}

interface ScenarioRow {
  id: string;
  rules?: RuleView[];
  activatedAt: string;
}

function rulesText(r: ScenarioRow): string {
  return (r.rules || [])
    .map((rule) => `${rule.name} → ${rule.effect} (${rule.matched} / ${rule.uses} / ${rule.times != null ? rule.times : '∞'}${rule.exhausted ? ', exhausted' : ''})`)
    .join('; ');
}

const COLUMNS: Column<ScenarioRow>[] = [
  { key: 'id', label: 'Id', className: 'mono' },
  { key: 'source', label: 'Source' },
  { key: 'description', label: 'Description' },
  { key: 'rules', label: 'Rules (matched / used / limit)', className: '', value: rulesText },
  { key: 'activatedAt', label: 'Since', className: 'mono', value: (r) => time(r.activatedAt) },
];

export async function loadScenarios(): Promise<void> {
  const res = await api('GET', '/admin/scenarios');
  const rows = res.ok ? (firstArray(res.body, 'scenarios') as ScenarioRow[] | null) : null;
  if (!rows) return setBody('scenarios', unavailable('/admin/scenarios', res), null);
  const names = ((res.body && res.body.library) || []) as string[];
  const library = el('div', { className: 'row' }, [
    el('span', { className: 'msg', text: 'Bundled scenarios (click to load):' }),
    ...names.map((name) => el('button', { text: name, 'data-library': name, onclick: () => loadScenario(api('POST', '/admin/scenarios', { name })) })),
  ]);
  const node = rows.length
    ? table(rows, COLUMNS, (r, tr) => {
        tr.setAttribute('data-scenario', r.id);
        tr.appendChild(el('td', {}, [el('button', { text: 'Clear', 'data-clear': r.id, onclick: () => clearScenario(r.id) })]));
      })
    : empty('No scenario is active: the sandbox behaves normally.');
  if (rows.length) node.querySelector('thead tr')!.appendChild(el('th'));
  setBody('scenarios', el('div', {}, [node, library]), rows.length);
}

function say(kind: 'ok' | 'bad', text: string): void {
  const m = byId('scenario-msg');
  m.className = `msg ${kind}`;
  m.textContent = text;
}

function clearScenario(id: string): void {
  void api('DELETE', `/admin/scenarios/${encodeURIComponent(id)}`).then((res) => {
    say(res.ok ? 'ok' : 'bad', res.ok ? `Cleared scenario ${id}.` : `Could not clear ${id}: ${describe(res)}`);
    return loadScenarios();
  });
}

function loadScenario(request: Promise<ApiAnswer>, fromForm = false): void {
  void request.then((res) => {
    if (res.ok) {
      const s = ((res.body && (res.body.scenario || res.body)) || {}) as { name?: string };
      say('ok', `Loaded ${s.name || 'scenario'}.`);
      if (fromForm) byId<HTMLTextAreaElement>('scenario-text').value = '';
    } else {
      say('bad', `Refused: ${describe(res)}`);
    }
    return loadScenarios();
  });
}

/** The form: JSON, YAML or the name of a bundled scenario; the example button fills in the example. */
export function wireScenarioForm(): void {
  byId('scenario-load').addEventListener('click', () => {
    const text = byId<HTMLTextAreaElement>('scenario-text').value.trim();
    if (!text) return say('bad', "Paste a scenario (JSON or YAML) or type a bundled scenario's name.");
    let request: Promise<ApiAnswer>;
    if (/^[[{]/.test(text)) {
      try {
        request = api('POST', '/admin/scenarios', JSON.parse(text));
      } catch (e) {
        return say('bad', `Not valid JSON: ${(e as Error).message}`);
      }
    } else if (/^[\w.-]+$/.test(text)) {
      request = api('POST', '/admin/scenarios', { name: text });
    } else {
      request = api('POST', '/admin/scenarios', text, 'application/yaml');
    }
    loadScenario(request, true);
  });
  byId('scenario-example').addEventListener('click', () => {
    const box = byId<HTMLTextAreaElement>('scenario-text');
    box.value = box.placeholder;
    box.focus();
  });
  byId('scenario-clear-all').addEventListener('click', () => {
    void api('DELETE', '/admin/scenarios').then((res) => {
      say(res.ok ? 'ok' : 'bad', res.ok ? 'All scenarios cleared.' : `Could not clear: ${describe(res)}`);
      return loadScenarios();
    });
  });
}
