import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Finds every example the project shows a user, by scanning files (so an example added anywhere is
 * picked up without touching the tests): fenced code blocks, inline code, and links of README.md
 * and docs/*.md. What each kind must do is decided in shown-examples.test.ts.
 */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CodeBlock {
  file: string; // relative to the repository root
  line: number; // of the opening fence
  lang: string; // '' when the fence names none
  n: number; // 1-based index among the file's blocks of that language
  text: string;
  /** The prose between the previous block (or the section heading) and this one. */
  before: string;
  label: string;
}

export interface InlineSpan {
  file: string;
  line: number;
  text: string;
  /** The whole source line (a table row or a sentence). */
  lineText: string;
  /** What follows the span on its line. */
  after: string;
  /** In a table: the header row, and the 0-based column of the span. */
  table?: { header: string[]; column: number };
  label: string;
}

export interface MarkdownLink {
  file: string;
  line: number;
  target: string;
  label: string;
}

export interface MarkdownExamples {
  blocks: CodeBlock[];
  spans: InlineSpan[];
  links: MarkdownLink[];
}

/** README.md and every other Markdown page of the repository root and docs/. */
export function markdownFiles(): string[] {
  const root = readdirSync(ROOT).filter((f) => f.endsWith('.md'));
  const docs = existsSync(join(ROOT, 'docs')) ? walk(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')) : [];
  return [...root.map((f) => join(ROOT, f)), ...docs].map((f) => relative(ROOT, f).replace(/\\/g, '/')).sort();
}

export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const FENCE = /^(\s*)(```+|~~~+)\s*([\w+-]*)/;

export function parseMarkdown(file: string): MarkdownExamples {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const blocks: CodeBlock[] = [];
  const spans: InlineSpan[] = [];
  const links: MarkdownLink[] = [];
  const perLang = new Map<string, number>();
  let prose: string[] = [];
  let header: string[] | undefined;
  const cells = (row: string) => row.replace(/\\\|/g, '  ').split('|').slice(1, -1).map((c) => c.trim());
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = FENCE.exec(line);
    if (fence) {
      const [, indent, marker, lang = ''] = fence;
      const body: string[] = [];
      let j = i + 1;
      for (; j < lines.length && !lines[j]!.trimStart().startsWith(marker!); j++) body.push(lines[j]!.slice(Math.min(indent!.length, lines[j]!.length - lines[j]!.trimStart().length)));
      const n = (perLang.get(lang) ?? 0) + 1;
      perLang.set(lang, n);
      const label = `${file}:${i + 1} ${lang || 'unlabelled'} block ${n}`;
      blocks.push({ file, line: i + 1, lang, n, text: `${body.join('\n')}\n`, before: prose.join('\n'), label });
      prose = [];
      i = j;
      continue;
    }
    if (/^#{1,6}\s/.test(line)) prose = [];
    prose.push(line);
    if (!line.startsWith('|')) header = undefined;
    else if (/^\|[-:| ]+\|$/.test(lines[i + 1] ?? '')) header = cells(line);
    // Inline code spans, then links outside them.
    const withoutCode = line.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_m, _ticks: string, text: string, offset: number) => {
      const span = text.trim();
      const end = offset + _m.length;
      const table = header && !/^\|[-:| ]+\|$/.test(line) ? { header, column: line.slice(0, offset).replace(/\\\|/g, '').split('|').length - 2 } : undefined;
      spans.push({ file, line: i + 1, text: span, lineText: line, after: line.slice(end), table, label: `${file}:${i + 1} inline \`${span}\`` });
      return ' '.repeat(_m.length);
    });
    for (const m of withoutCode.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      links.push({ file, line: i + 1, target: m[1]!, label: `${file}:${i + 1} link (${m[1]})` });
    }
  }
  return { blocks, spans, links };
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
export function headingAnchors(file: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let inFence = false;
  for (const line of readFileSync(join(ROOT, file), 'utf8').split('\n')) {
    if (FENCE.test(line)) inFence = !inFence;
    const heading = !inFence && /^#{1,6}\s+(.*)$/.exec(line);
    if (!heading) continue;
    const base = heading[1]!
      .replace(/`/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .trim()
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count ? `${base}-${count}` : base);
  }
  return anchors;
}

/** An endpoint named in prose: `POST /admin/scenarios`, `GET/POST /webview/purchase?token=…`, `/snap-adapter/{b2b,b2b2c}/…`. */
export interface EndpointMention {
  methods: string[];
  paths: string[]; // brace alternatives expanded, query removed
  query: string[]; // query parameter names
}

export function endpointMention(text: string): EndpointMention | undefined {
  const m = /^((?:GET|POST|PUT|DELETE|PATCH)(?:\/(?:GET|POST|PUT|DELETE|PATCH))*) (\/\S*)$/.exec(text);
  if (!m) return undefined;
  const [path, query = ''] = m[2]!.split('?');
  return {
    methods: m[1]!.split('/').map((x) => x.toLowerCase()),
    paths: expandBraces(path!),
    query: query ? [...query.matchAll(/(?:^|[&|])([\w.]+)=/g)].map((q) => q[1]!) : [],
  };
}

/** `/snap-adapter/{b2b,b2b2c}/v1.0/otp` → both paths; `{accountId}` (no comma) is a path parameter and stays. */
export function expandBraces(path: string): string[] {
  const m = /\{([^{}]*,[^{}]*)\}/.exec(path);
  if (!m) return [path];
  return m[1]!.split(',').flatMap((alt) => expandBraces(path.slice(0, m.index) + alt + path.slice(m.index + m[0].length)));
}
