/**
 * Just enough of POSIX shell to read the commands of a documentation snippet: logical lines,
 * quoted words, `NAME=value` assignments, and the curl, sandbox and npm commands among them.
 * Nothing is expanded here; the snippets that can run are run by bash itself.
 */

export interface LogicalLine {
  text: string;
  line: number; // 1-based, within the snippet
}

/** Lines joined across trailing backslashes; full-line comments and heredoc bodies left out. */
export function logicalLines(script: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  const lines = script.split('\n');
  let heredoc: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i]!;
    if (heredoc !== undefined) {
      if (text.trim() === heredoc) heredoc = undefined;
      continue;
    }
    const start = i;
    while (text.endsWith('\\') && i + 1 < lines.length) text = `${text.slice(0, -1)} ${lines[++i]!.trim()}`;
    const marker = /<<-?\s*['"]?(\w+)['"]?/.exec(text);
    if (marker) heredoc = marker[1];
    if (text.trim() && !text.trim().startsWith('#')) out.push({ text: stripComment(text), line: start + 1 });
  }
  return out;
}

/** The text without a trailing `# comment` (a # that starts a word outside quotes). */
export function stripComment(text: string): string {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') i++;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) return text.slice(0, i).trimEnd();
  }
  return text;
}

/**
 * The words of one simple command starting at `from`, up to an unquoted `|`, `;`, `&`, `)` or the
 * end. Quotes are removed; `$(…)` inside a word is kept as written.
 */
export function words(text: string, from = 0): string[] {
  const out: string[] = [];
  let word: string | undefined;
  let i = from;
  const push = () => {
    if (word !== undefined) out.push(word);
    word = undefined;
  };
  const substitution = (at: number) => {
    // at points to '$(' ; returns the index after the matching ')'
    let depth = 0;
    let j = at + 1;
    for (; j < text.length; j++) {
      if (text[j] === '(') depth++;
      else if (text[j] === ')' && --depth === 0) return j + 1;
    }
    return j;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      word = (word ?? '') + text.slice(i + 1, end === -1 ? undefined : end);
      i = end === -1 ? text.length : end + 1;
    } else if (c === '"') {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\' && j + 1 < text.length) {
          value += text[j + 1];
          j += 2;
        } else if (text[j] === '$' && text[j + 1] === '(') {
          const end = substitution(j);
          value += text.slice(j, end);
          j = end;
        } else value += text[j++];
      }
      word = (word ?? '') + value;
      i = j + 1;
    } else if (c === '$' && text[i + 1] === '(') {
      const end = substitution(i);
      word = (word ?? '') + text.slice(i, end);
      i = end;
    } else if (/\s/.test(c)) {
      push();
      i++;
    } else if ('|;&)'.includes(c)) {
      break;
    } else {
      word = (word ?? '') + c;
      i++;
    }
  }
  push();
  return out;
}

/** `NAME=value` assignments made anywhere in the snippet (the last one wins), values unquoted. */
export function assignments(script: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const { text } of logicalLines(script)) {
    const m = /^\s*([A-Za-z_]\w*)=(.*)$/.exec(text);
    if (!m || m[2]!.startsWith('$(')) continue;
    const [value] = words(m[2]!);
    if (value !== undefined) vars.set(m[1]!, value);
  }
  return vars;
}

/** Replaces $NAME, ${NAME} and ${NAME:-default} by what the snippet assigned (or the default). */
export function substitute(text: string, vars: Map<string, string>): string {
  let out = text;
  for (let round = 0; round < 5; round++) {
    const next = out.replace(/\$\{(\w+)(?::-([^}]*))?\}|\$([A-Za-z_]\w*)/g, (m, braced: string | undefined, fallback: string | undefined, plain: string | undefined) => {
      const name = braced ?? plain!;
      const value = vars.get(name);
      if (value === undefined) return fallback ?? m;
      // B=${B:-http://localhost:8080}: the value refers to the variable itself, so its default counts
      const others = new Map([...vars].filter(([k]) => k !== name));
      return substitute(value, others);
    });
    if (next === out) break;
    out = next;
  }
  return out;
}

export interface CurlCall {
  method: string;
  url: string;
  headers: string[]; // header names as written
  data: string | undefined;
}

const CURL_VALUE_FLAGS = new Set(['-X', '--request', '-H', '--header', '-d', '--data', '--data-raw', '--data-binary', '--data-urlencode', '--json', '-w', '--write-out', '-o', '--output', '-u', '--user', '-A', '--user-agent', '-e', '--referer', '--retry', '--retry-delay', '--retry-max-time', '-m', '--max-time', '--connect-timeout', '--url', '-b', '--cookie', '-c', '--cookie-jar']);

/**
 * Every curl invocation in the snippet (also inside $(…)), as written; a curl inside a shell
 * function is also reported once per call of that function, with $1, $2… replaced by its arguments.
 */
export function curlCalls(script: string): (CurlCall & { line: number })[] {
  const out = curlCallsAsWritten(script);
  const functions = shellFunctions(script);
  for (const { text, line } of logicalLines(script)) {
    const [name, ...args] = words(text);
    const fn = functions.find((f) => f.name === name);
    if (!fn) continue;
    const positional = (value: string) => value.replace(/\$\{?(\d)\}?/g, (m, i: string) => args[Number(i) - 1] ?? m);
    for (const call of curlCallsAsWritten(fn.body)) out.push({ ...call, url: positional(call.url), data: call.data === undefined ? undefined : positional(call.data), line });
  }
  return out;
}

/** `name() { …; }` on one line, or `name() {` … `}` over several. */
function shellFunctions(script: string): { name: string; body: string }[] {
  const out: { name: string; body: string }[] = [];
  const lines = script.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const oneLine = /^(\w+)\(\)\s*\{(.*)\}\s*;?\s*$/.exec(lines[i]!);
    const opening = /^(\w+)\(\)\s*\{/.exec(lines[i]!);
    if (oneLine) out.push({ name: oneLine[1]!, body: oneLine[2]! });
    else if (opening) {
      const end = lines.findIndex((l, j) => j > i && /^\}/.test(l));
      out.push({ name: opening[1]!, body: lines.slice(i + 1, end === -1 ? undefined : end).join('\n') });
    }
  }
  return out;
}

function curlCallsAsWritten(script: string): (CurlCall & { line: number })[] {
  const out: (CurlCall & { line: number })[] = [];
  for (const { text, line } of logicalLines(script)) {
    for (const m of text.matchAll(/(?:^|[\s(|;&])curl\s/g)) {
      const args = words(text, m.index + m[0].indexOf('curl') + 4);
      const call: CurlCall = { method: '', url: '', headers: [], data: undefined };
      for (let i = 0; i < args.length; i++) {
        const a = args[i]!;
        if (CURL_VALUE_FLAGS.has(a)) {
          const value = args[++i] ?? '';
          if (a === '-X' || a === '--request') call.method = value.toUpperCase();
          else if (a === '-H' || a === '--header') call.headers.push(value.split(':')[0]!.trim());
          else if (a.startsWith('--data') || a === '-d' || a === '--json') call.data = value;
          else if (a === '--url') call.url = value;
        } else if (!a.startsWith('-') && !call.url) call.url = a;
      }
      call.method ||= call.data !== undefined ? 'POST' : 'GET';
      out.push({ ...call, line });
    }
  }
  return out;
}

/** How a reader starts the sandbox from a shell. */
const SANDBOX_COMMAND = /(?:^|[\s;&(])((?:[A-Z_][A-Z0-9_]*=\S*\s+)*)(npx doku-snap-sandbox|node_modules\/\.bin\/doku-snap-sandbox|node (?:--\S+ )*dist\/(?:main|cli)\.js|npm start(?:\s+--)?|npm run start(?:\s+--)?)(?=\s|$)/;

export interface SandboxCommand {
  env: Record<string, string>;
  entry: string;
  args: string[];
  background: boolean;
}

export function sandboxCommand(text: string): SandboxCommand | undefined {
  const m = SANDBOX_COMMAND.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m.index + m[0].length);
  const args = words(rest);
  const env = Object.fromEntries(words(m[1]!).map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]));
  const tail = rest.slice(rest.search(/[|;&)]|$/));
  return { env, entry: m[2]!, args, background: /^&(?!&)/.test(tail.trim()) };
}

/** `npm <command> …` invocations: the npm command and its arguments. */
export function npmCommands(script: string): { command: string; args: string[]; line: number }[] {
  const out: { command: string; args: string[]; line: number }[] = [];
  for (const { text, line } of logicalLines(script)) {
    for (const m of text.matchAll(/(?:^|[\s;&(])npm\s/g)) {
      const [command = '', ...args] = words(text, m.index + m[0].length);
      out.push({ command, args, line });
    }
  }
  return out;
}
