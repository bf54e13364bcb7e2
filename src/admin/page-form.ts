/**
 * Reads a sandbox page as a browser shows it: its heading, its alert (the page's error line) and
 * its form, with the controls a browser would submit. The sandbox's pages are plain server-side
 * HTML (src/webview/html.ts and the *.pages.ts): one form, inputs, selects and submit buttons.
 */
export interface FormControl {
  name: string;
  type: string;
  value: string;
}

export interface SubmitButton {
  name?: string;
  value: string;
  label: string;
  /** Styled as the secondary choice (Decline, Cancel): the page's way to say no. */
  secondary: boolean;
}

export interface PageForm {
  method: string;
  action: string;
  controls: FormControl[];
  buttons: SubmitButton[];
}

export interface ReadPage {
  title?: string;
  message?: string;
  form?: PageForm;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, code: string) => {
    if (code[0] === '#') return String.fromCodePoint(code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10));
    return ENTITIES[code.toLowerCase()] ?? all;
  });
}

/** The text a reader sees: tags dropped, entities decoded, white space collapsed. */
function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    found.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return found;
}

function readControls(body: string): FormControl[] {
  const controls: FormControl[] = [];
  for (const m of body.matchAll(/<input\b([^>]*)>/gi)) {
    const a = attributes(m[1]!);
    const type = (a.get('type') ?? 'text').toLowerCase();
    const name = a.get('name');
    if (!name || a.has('disabled') || ['submit', 'button', 'reset', 'image', 'file'].includes(type)) continue;
    if ((type === 'checkbox' || type === 'radio') && !a.has('checked')) continue;
    controls.push({ name, type, value: a.get('value') ?? (type === 'checkbox' || type === 'radio' ? 'on' : '') });
  }
  for (const m of body.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/gi)) {
    const a = attributes(m[1]!);
    const name = a.get('name');
    if (!name || a.has('disabled')) continue;
    const options = [...m[2]!.matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/gi)].map((o) => {
      const oa = attributes(o[1]!);
      return { value: oa.get('value') ?? textOf(o[2]!), selected: oa.has('selected') };
    });
    const chosen = options.find((o) => o.selected) ?? options[0];
    if (chosen) controls.push({ name, type: 'select', value: chosen.value });
  }
  return controls;
}

function readButtons(body: string): SubmitButton[] {
  const buttons: SubmitButton[] = [];
  for (const m of body.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/gi)) {
    const a = attributes(m[1]!);
    if ((a.get('type') ?? 'submit').toLowerCase() !== 'submit' || a.has('disabled')) continue;
    buttons.push({ name: a.get('name'), value: a.get('value') ?? '', label: textOf(m[2]!), secondary: /(^|\s)secondary(\s|$)/.test(a.get('class') ?? '') });
  }
  return buttons;
}

export function readPage(html: string): ReadPage {
  const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  const alert = /<[a-z]+\b[^>]*\brole="alert"[^>]*>([\s\S]*?)<\/[a-z]+>/i.exec(html);
  const formMatch = /<form\b([^>]*)>([\s\S]*?)<\/form>/i.exec(html);
  let form: PageForm | undefined;
  if (formMatch) {
    const a = attributes(formMatch[1]!);
    form = { method: (a.get('method') ?? 'get').toUpperCase(), action: a.get('action') ?? '', controls: readControls(formMatch[2]!), buttons: readButtons(formMatch[2]!) };
  }
  return { title: heading ? textOf(heading[1]!) : undefined, message: alert ? textOf(alert[1]!) : undefined, form };
}
