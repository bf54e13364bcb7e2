/**
 * The page's building blocks: elements, the table every panel draws, and how values read in a cell.
 * Everything from the API goes into the page as text (textContent), never as HTML.
 */

export type Child = Node | string | null | undefined;
type Attrs = Record<string, string | ((event: Event) => void)>;

/** A column: the row field it shows (or its own value of the row), its heading and cell class. */
export interface Column<R> {
  key: string;
  label: string;
  className?: string;
  value?: (row: R) => unknown;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the dashboard page has no #${id}`);
  return node as T;
}

/** An element; attributes named on… that hold a function are event listeners, text is its text. */
export function el(tag: string, attrs: Attrs = {}, children: Child[] = []): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'text') node.textContent = value;
    else if (name === 'className') node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) if (child != null) node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

function money(v: unknown): string | null {
  if (v && typeof v === 'object' && 'value' in v && 'currency' in v) return `${String(v.value)} ${String(v.currency)}`;
  return null;
}

function cell(v: unknown): string {
  if (v === undefined || v === null || v === '') return '';
  const m = money(v);
  if (m) return m;
  if (Array.isArray(v)) return v.map((x: unknown) => (x && typeof x === 'object' ? String(named(x) ?? JSON.stringify(x)) : String(x))).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function named(x: object): unknown {
  const r = x as Record<string, unknown>;
  return r.id || r.clientId || r.name || undefined;
}

/** An ISO time as one reads it: a space for the T, no milliseconds. */
export function time(v: unknown): unknown {
  return typeof v === 'string' ? v.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : v;
}

/** The list an admin answer holds: under key, or the first list it has. */
export function firstArray(body: unknown, key: string): unknown[] | null {
  if (!body || typeof body !== 'object') return null;
  if (Array.isArray(body)) return body;
  const fields = body as Record<string, unknown>;
  const list = fields[key];
  if (Array.isArray(list)) return list;
  const other = Object.keys(fields).find((name) => Array.isArray(fields[name]));
  return other ? (fields[other] as unknown[]) : null;
}

/** Puts a panel's content in place, keeping where the reader had scrolled, and its count. */
export function setBody(panelId: string, node: Node, count: number | null): void {
  const section = byId(panelId);
  const target = section.querySelector<HTMLElement>('[data-body]')!;
  const scrolled = target.scrollTop; // auto-refresh must not throw the reader back to the top
  target.replaceChildren(node);
  target.scrollTop = scrolled;
  const counter = section.querySelector('[data-count]');
  if (counter) counter.textContent = count == null ? '' : `(${count})`;
}

export function empty(text: string): HTMLElement {
  return el('p', { className: 'empty', text });
}

/**
 * A table of rows with the columns that have something to show (a column with its own value
 * always shows); rowHook may decorate each row or add rows after it.
 */
export function table<R>(rows: R[], columns: Column<R>[], rowHook?: (row: R, tr: HTMLElement, trs: HTMLElement[], width: number) => void): HTMLElement {
  const field = (row: R, key: string) => (row as Record<string, unknown>)[key];
  let present = columns.filter((c) => c.value !== undefined || rows.some((r) => field(r, c.key) !== undefined && field(r, c.key) !== null));
  if (present.length === 0 && rows[0]) present = Object.keys(rows[0]).slice(0, 8).map((key) => ({ key, label: key }));
  const head = el('tr', {}, present.map((c) => el('th', { text: c.label || c.key })));
  const trs: HTMLElement[] = [];
  for (const row of rows) {
    const tr = el('tr', {}, present.map((c) => el('td', { className: c.className ?? '', 'data-col': c.key, text: cell(c.value ? c.value(row) : field(row, c.key)) })));
    trs.push(tr);
    rowHook?.(row, tr, trs, present.length);
  }
  return el('table', {}, [el('thead', {}, [head]), el('tbody', {}, trs)]);
}
