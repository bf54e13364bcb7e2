import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { parseYaml } from '../../src/lib/yaml.js';
import { ROOT, run, spawnSandbox, type SpawnedSandbox } from '../helpers/spawn-sandbox.js';
import { testSandbox, type TestSandbox } from '../helpers/harness.js';
import { bootProblems, configProblems, containerEnvProblems, curlProblems, jsonBesideProblems, LIBRARY, npmProblems, routeProblems, yamlEnvironments } from './checks.js';
import { endpointMention, headingAnchors, markdownFiles, parseMarkdown, type CodeBlock } from './collect.js';
import { logLineProblems, pointAt, runConsole, runShell, scriptProblems } from './runners.js';
import { logicalLines, sandboxCommand, words } from './shell.js';
import { piecesMismatch } from './shown-output.js';
import { findOperation } from './spec-schemas.js';

/**
 * Every example of README.md and docs/*.md, found by scanning them, checked or run against the
 * real server (a sandbox process started by the CLI, reset before each example that changes it).
 * A failing case is named `file:line kind block n` or `file:line inline \`…\``.
 *
 * - shell (bash, sh): every curl's method, path, query, headers and literal JSON body are in spec/;
 *   npm commands name real scripts; commands that start the sandbox boot as written (free port,
 *   temporary data file). A snippet that only talks to the sandbox is then run by bash, and the
 *   output it shows (`# → …` or indented `#   …` comment lines) must be printed, in order.
 * - console: each `$ command` runs and its output must read as shown; request log lines are
 *   reproduced by making the same request.
 * - yaml: a scenario (it has rules) is posted to POST /admin/scenarios and must get 201.
 * - json: validated against the operation named just before it (answer or request body; beside an
 *   operation that takes no body, its answer).
 * - js/ts: a jest example must be a test file of the suite; other snippets run as a module.
 * - unlabelled: every folder it names exists.
 * - inline: endpoints exist (with their query parameters), inline curl runs and its shown answer
 *   (`→ \`…\``) matches, sandbox commands and settings are accepted, npm scripts and repository
 *   paths exist, JSON in an endpoint's table row (the endpoint its first cell names) is valid for it.
 *   Links resolve, anchors too.
 */
interface NotRunnable {
  file: string;
  contains: string;
  reason: string;
}

/** Snippets that cannot run here, on purpose. Their configuration is still checked. */
const NOT_RUNNABLE: NotRunnable[] = [
  { file: 'README.md', contains: 'docker build', reason: 'needs a Docker engine; test/container builds and runs the image with podman' },
  { file: 'docs/container.md', contains: 'docker build', reason: 'needs a Docker engine; test/container builds and runs the image with podman' },
  { file: 'docs/container.md', contains: 'services:\n  doku-sandbox:', reason: 'a docker compose file for the reader\'s project' },
  { file: 'docs/container.md', contains: 'runs-on: ubuntu-latest', reason: 'a GitHub Actions workflow' },
  { file: 'docs/container.md', contains: 'image: node:20-bookworm-slim', reason: 'a GitLab CI job' },
];

const pages = markdownFiles().map((file) => ({ file, ...parseMarkdown(file) }));
const blocks = pages.flatMap((p) => p.blocks);
const notRunnable = (b: CodeBlock) => NOT_RUNNABLE.find((n) => n.file === b.file && b.text.includes(n.contains));
const SHELL = ['bash', 'sh', 'shell'];
/** Commands a shell snippet may use for it to be run here (it then only talks to the sandbox). */
const NEEDS_MORE_THAN_THE_SANDBOX = /(^|[\s;&(])(npm|npx|docker|podman|node_modules\/|node dist\/)/m;

let sandbox: SpawnedSandbox;
let probe: TestSandbox;

beforeAll(async () => {
  sandbox = await spawnSandbox();
  probe = await testSandbox();
}, 60_000);

afterAll(async () => {
  await sandbox?.stop();
});

async function reset() {
  const res = await fetch(`${sandbox.url}/admin/reset`, { method: 'POST' });
  expect(res.status).toBe(200);
}

async function shellProblems(block: CodeBlock): Promise<string[]> {
  const problems = [...(await curlProblems(probe, block.text)), ...npmProblems(block.text)];
  for (const { text, line } of logicalLines(block.text)) {
    const command = sandboxCommand(text);
    if (command) problems.push(...(await bootProblems(command)).map((p) => `line ${line}: ${text.trim()}: ${p}`));
    for (const m of text.matchAll(/(?:^|\s)docker run\s/g)) {
      const args = words(text, m.index + m[0].length);
      const env = Object.fromEntries(args.flatMap((a, i) => (args[i - 1] === '-e' || args[i - 1] === '--env' ? [[a.split('=')[0], a.split('=').slice(1).join('=')]] : [])));
      problems.push(...containerEnvProblems(env).map((p) => `line ${line}: docker run -e: ${p}`));
    }
  }
  if (!notRunnable(block) && !NEEDS_MORE_THAN_THE_SANDBOX.test(block.text.replace(/^\s*#.*$/gm, '').replace(/\s#.*$/gm, ''))) {
    await reset();
    problems.push(...(await runShell(block.text, sandbox.url)));
  }
  return problems;
}

async function yamlProblems(block: CodeBlock): Promise<string[]> {
  let doc: unknown;
  try {
    doc = parseYaml(block.text);
  } catch (error) {
    return [`not valid YAML: ${(error as Error).message}`];
  }
  const skip = notRunnable(block);
  if (skip) return yamlEnvironments(doc).flatMap((env) => containerEnvProblems(env));
  if (!Array.isArray((doc as { rules?: unknown })?.rules)) return ['a YAML example that is neither a scenario (it has no rules) nor in NOT_RUNNABLE'];
  await reset();
  const res = await fetch(`${sandbox.url}/admin/scenarios`, { method: 'POST', headers: { 'Content-Type': 'application/yaml' }, body: block.text });
  return res.status === 201 ? [] : [`POST /admin/scenarios answered ${res.status}: ${await res.text()}`];
}

/** The operation a block is shown beside: the last `METHOD /path` named before it in its section. */
function operationBefore(block: CodeBlock) {
  const named = [...block.before.matchAll(/`((?:GET|POST|PUT|DELETE|PATCH) \/[^`]*)`/g)].map((m) => endpointMention(m[1]!)).filter((m) => m !== undefined);
  const last = named.at(-1);
  return last ? findOperation(last.methods[0]!, last.paths[0]!) : undefined;
}

function jsonProblems(block: CodeBlock): string[] {
  let value: unknown;
  try {
    value = JSON.parse(block.text);
  } catch (error) {
    return [`not valid JSON: ${(error as Error).message}`];
  }
  const found = operationBefore(block);
  if (!found) return ['no endpoint of spec/ is named before this JSON example, so it cannot be checked: name it (`POST /admin/…`)'];
  return jsonBesideProblems(found, value, 'request-or-answer');
}

/** The operation a table row is about: the one endpoint its first cell names, if any. */
function rowEndpoint(row: string) {
  const firstCell = row.split(/(?<!\\)\|/)[1] ?? '';
  const mentions = [...firstCell.matchAll(/`((?:GET|POST|PUT|DELETE|PATCH) \/[^`]*)`/g)].map((m) => endpointMention(m[1]!)!);
  return mentions.length === 1 ? findOperation(mentions[0]!.methods[0]!, mentions[0]!.paths[0]!) : undefined;
}

function folderProblems(block: CodeBlock): string[] {
  return [...block.text.matchAll(/(?:^|\s)([a-z][\w.-]*)\/(?=\s)/gm)].map((m) => m[1]!).filter((dir) => !existsSync(join(ROOT, dir))).map((dir) => `names ${dir}/, which does not exist`);
}

async function blockProblems(block: CodeBlock): Promise<string[]> {
  if (SHELL.includes(block.lang)) return shellProblems(block);
  if (block.lang === 'console') {
    if (/^\$ /m.test(block.text)) {
      await reset();
      return runConsole(block.text, sandbox.url);
    }
    return logLineProblems(block.text);
  }
  if (block.lang === 'yaml' || block.lang === 'yml') return yamlProblems(block);
  if (block.lang === 'json') return jsonProblems(block);
  if (['js', 'javascript', 'mjs', 'ts', 'typescript'].includes(block.lang)) return scriptProblems(block.text, block.lang, sandbox.url);
  if (block.lang === '' || block.lang === 'text') return folderProblems(block);
  return [`no rule for ${block.lang} blocks: teach test/examples/docs-examples.test.ts what running one means`];
}

describe('the code blocks of README.md and docs/', () => {
  it('finds the blocks of every page (so the cases below are not vacuous)', () => {
    expect(pages.map((p) => p.file)).toEqual(expect.arrayContaining(['README.md', 'docs/scenarios.md', 'docs/container.md']));
    expect(blocks.filter((b) => b.lang === 'yaml').length).toBeGreaterThan(2);
    expect(NOT_RUNNABLE.filter((n) => !blocks.some((b) => b.file === n.file && b.text.includes(n.contains)))).toEqual([]);
  });

  it.each(blocks.map((b) => ({ name: notRunnable(b) ? `${b.label} (not run: ${notRunnable(b)!.reason})` : b.label, block: b })))('$name', async ({ block }) => {
    const problems = await blockProblems(block);
    expect({ example: block.label, problems }).toEqual({ example: block.label, problems: [] });
  }, 120_000);
});

describe('the check of JSON shown beside an endpoint', () => {
  const keys = findOperation('get', '/admin/keys')!;
  it('when the endpoint takes no body, then the JSON is read as its answer: the right one passes, another is refused', () => {
    expect(jsonBesideProblems(keys, { dokuPublicKey: '<PEM>' }, 'request-or-answer')).toEqual([]);
    expect(jsonBesideProblems(keys, { grantType: 'client_credentials' }, 'request-or-answer')).toEqual([expect.stringContaining('answer of GET /admin/keys')]);
    expect(jsonBesideProblems(keys, { dokuPublicKey: '<PEM>' })).toEqual(['GET /admin/keys takes no JSON body']);
  });

  it('when a row\'s first cell is a topic, then an endpoint named later in the row is not the row\'s', () => {
    expect(rowEndpoint('| `GET /admin/keys` | `{"dokuPublicKey": "<PEM>"}` |')?.path).toBe('/admin/keys');
    expect(rowEndpoint('| Notification token | `{"grantType":"client_credentials"}`, public half at `GET /admin/keys` |')).toBeUndefined();
  });
});

describe.each(pages.map((p) => ({ file: p.file, page: p })))('the inline examples and links of $file', ({ page }) => {
  const REPO_PATH = /^(src|test|spec|fixtures|scenarios|examples|docs)\/[\w./-]*$/;

  it('every endpoint named exists (spec/ or a served page), with the query parameters it shows', async () => {
    const problems: string[] = [];
    for (const span of page.spans) {
      const mention = endpointMention(span.text);
      if (!mention) continue;
      for (const method of mention.methods) for (const path of mention.paths) problems.push(...(await routeProblems(probe, method, path, mention.query)).map((p) => `${span.label}: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  it('every inline curl runs against the sandbox and prints the answer shown after it', async () => {
    const problems: string[] = [];
    for (const span of page.spans.filter((s) => /^curl\s/.test(s.text))) {
      problems.push(...(await curlProblems(probe, span.text)).map((p) => `${span.label}: ${p}`));
      const shown = /^\s*→\s*`([^`]+)`/.exec(span.after)?.[1];
      await reset();
      const res = await runShellQuiet(span.text);
      const mismatch = shown ? piecesMismatch([shown], res) : undefined;
      if (mismatch) problems.push(`${span.label}: ${mismatch}`);
    }
    expect(problems).toEqual([]);
  });

  it('every sandbox command, setting and npm script shown inline is accepted', () => {
    const problems: string[] = [];
    for (const span of page.spans) {
      const command = sandboxCommand(span.text);
      if (command) problems.push(...configProblems(command).map((p) => `${span.label}: ${p}`));
      if (/^npm\s/.test(span.text)) problems.push(...npmProblems(span.text).map((p) => `${span.label}: ${p}`));
      const settings = /^((?:[A-Z][A-Z0-9_]*=\S+\s*)+)$/.exec(span.text);
      if (settings && !command) {
        const env = Object.fromEntries(settings[1]!.trim().split(/\s+/).map((a) => [a.split('=')[0]!, a.split('=').slice(1).join('=')]));
        problems.push(...containerEnvProblems(env).map((p) => `${span.label}: ${p}`));
      }
    }
    expect(problems).toEqual([]);
  });

  it('every repository path shown exists, and every scenario named by SCENARIOS= or --scenario is in the library', () => {
    const problems = page.spans.filter((s) => REPO_PATH.test(s.text) && !existsSync(join(ROOT, s.text))).map((s) => `${s.label}: no such file or folder`);
    for (const span of page.spans) {
      for (const m of span.text.matchAll(/(?:SCENARIOS=|--scenario[ =])([\w.,-]+)/g)) {
        for (const name of m[1]!.split(',')) if (!LIBRARY.includes(name)) problems.push(`${span.label}: scenario ${name} is not in scenarios/`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('JSON shown in an endpoint\'s table row is valid for that endpoint', () => {
    const problems: string[] = [];
    // An endpoint's row names it in its first cell (docs/admin-api.md, docs/endpoints.md); a row
    // whose first cell is a topic (docs/fidelity.md) may show JSON of something else, e.g. the
    // body the sandbox sends to a partner's notificationTokenUrl beside a mention of GET /admin/keys.
    for (const span of page.spans.filter((s) => s.lineText.startsWith('|') && /^[[{]/.test(s.text))) {
      let value: unknown;
      try {
        value = JSON.parse(span.text);
      } catch {
        continue; // a shape with placeholders ({"advanceSeconds": n}), not a value
      }
      const found = rowEndpoint(span.lineText);
      if (found) problems.push(...jsonBesideProblems(found, value, 'request-or-answer').map((p) => `${span.label}: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  it('every scenario effect shown with concrete values in an Effect table loads as a rule (201)', async () => {
    const problems: string[] = [];
    const concrete = (v: unknown): boolean => v !== null && (typeof v !== 'object' || Object.values(v).every(concrete));
    for (const span of page.spans.filter((s) => s.table?.header[0] === 'Effect' && s.table.column === 0)) {
      const cell = span.lineText.split(/(?<!\\)\|/)[1] ?? '';
      if (/…|\\\||\s\+\s/.test(span.text + cell)) continue; // a placeholder, alternatives, or only part of a combination
      let effect: unknown;
      try {
        effect = parseYaml(span.text);
      } catch {
        continue;
      }
      if (!effect || typeof effect !== 'object' || !concrete(effect)) continue;
      const scenario = { name: 'docs-effect', rules: [{ name: 'shown-effect', effect }] };
      const res = await fetch(`${sandbox.url}/admin/scenarios`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(scenario) });
      if (res.status !== 201) problems.push(`${span.label}: POST /admin/scenarios answered ${res.status}: ${await res.text()}`);
    }
    await reset();
    expect(problems).toEqual([]);
  });

  it('every relative link and its anchor resolves', () => {
    const problems: string[] = [];
    for (const link of page.links) {
      if (/^[a-z][\w+.-]*:/i.test(link.target)) continue; // https:, mailto:
      const [target, anchor] = link.target.split('#');
      const file = target ? normalize(join(dirname(page.file), target)).replace(/\\/g, '/') : page.file;
      if (!existsSync(join(ROOT, file))) problems.push(`${link.label}: ${file} does not exist`);
      else if (anchor && file.endsWith('.md') && !headingAnchors(file).has(anchor)) problems.push(`${link.label}: ${file} has no heading #${anchor}`);
    }
    expect(problems).toEqual([]);
  });
});

async function runShellQuiet(command: string): Promise<string> {
  const res = await run('bash', ['-c', pointAt(command, sandbox.url)], { timeoutMs: 30_000 });
  return res.stdout;
}
