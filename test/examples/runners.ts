import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import request from 'supertest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/lib/logger.js';
import { buildSandbox } from '../../src/server.js';
import { AdjustableClock } from '../../src/lib/time.js';
import { CLI, ROOT, TSX, run } from '../helpers/spawn-sandbox.js';
import { asTestSandbox, clientFor } from '../helpers/harness.js';
import { walk } from './collect.js';
import { sandboxCommand, stripComment } from './shell.js';
import { linesMismatch, piecesMismatch } from './shown-output.js';
import { spec } from './spec-schemas.js';

/** Runs the snippets that can run: shell against a started sandbox, console sessions, scripts, log lines. */
const SEEDED_AUTH_CODE = 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed';

/** The docs talk to http://localhost:8080; the tests' sandbox listens elsewhere. */
export function pointAt(text: string, url: string): string {
  return text.replace(/http:\/\/localhost:8080/g, url).replace(/(?<![\w/])localhost:8080/g, url.replace(/^http:\/\//, ''));
}

/** Shown output in a shell snippet: full-line comments `# → …` or indented `#   …`. */
export function shownInShell(script: string): string[] {
  return script
    .split('\n')
    .map((l) => /^\s*#(?:\s*→\s*|\s{2,})(\S.*)$/.exec(l)?.[1])
    .filter((s): s is string => Boolean(s))
    .map((s) => s.replace(/\s+$/, ''));
}

/** A shell snippet run by bash -euo pipefail against the sandbox at `url`; what it shows must be printed. */
export async function runShell(script: string, url: string): Promise<string[]> {
  const res = await run('bash', ['-euo', 'pipefail', '-c', pointAt(script, url)], { timeoutMs: 60_000 });
  const problems: string[] = [];
  if (res.code !== 0) problems.push(`exited ${res.code}`);
  if (res.stderr) problems.push(`wrote to stderr: ${res.stderr.trim()}`);
  const mismatch = piecesMismatch(shownInShell(script), res.stdout);
  if (mismatch) problems.push(`${mismatch}\n--- printed ---\n${res.stdout}`);
  return problems;
}

/** The CLI from source for the ways the docs start the sandbox (dist/ may not be built). */
function fromSource(command: string): string {
  const found = sandboxCommand(command);
  if (!found) return command;
  const cli = CLI.map((part) => `'${part}'`).join(' ');
  return command.replace(found.entry, cli);
}

/** A console session: each `$ command` runs (from the repository root), its output must read as shown. */
export async function runConsole(text: string, url: string): Promise<string[]> {
  const problems: string[] = [];
  const sessions = text.split(/^\$ /m).slice(1);
  for (const session of sessions) {
    const [command = '', ...output] = session.split('\n');
    const res = await run('bash', ['-c', fromSource(pointAt(stripComment(command), url))], { timeoutMs: 60_000 });
    const mismatch = linesMismatch(output.join('\n'), (res.stdout + res.stderr).split(url).join('http://localhost:8080'));
    if (mismatch) problems.push(`$ ${command}: ${mismatch}`);
  }
  return problems;
}

/**
 * Request log lines shown as an example: the same request is made against a sandbox logging in
 * the shown form (JSON line or terminal line) and the two lines must agree but for time and duration.
 */
export async function logLineProblems(text: string): Promise<string[]> {
  const problems: string[] = [];
  for (const line of text.split('\n').filter((l) => l.trim())) {
    const json = line.startsWith('{');
    const shown = json ? (JSON.parse(line) as Record<string, unknown>) : parsePretty(line);
    if (!shown || shown.msg !== 'request' || typeof shown.path !== 'string' || typeof shown.method !== 'string') {
      problems.push(`not a request log line the test can reproduce: ${line}`);
      continue;
    }
    const produced = await logOf(shown.method, shown.path, !json);
    if (!produced) {
      problems.push(`no log line for ${shown.method} ${shown.path}`);
      continue;
    }
    const ignoreTiming = (s: string) => s.replace(/("durationMs":|durationMs=)[\d.]+/, '$10').replace(/"time":"[^"]*"/, '"time":"T"').replace(/^\d\d:\d\d:\d\d\.\d{3}/, 'T');
    if (ignoreTiming(produced) !== ignoreTiming(line)) problems.push(`the log line differs:\n  shown:  ${line}\n  logged: ${produced}`);
  }
  return problems;
}

function parsePretty(line: string): Record<string, unknown> | undefined {
  const m = /^\d\d:\d\d:\d\d\.\d{3} (\w+)\s+(\S+)(.*)$/.exec(line);
  if (!m) return undefined;
  return { level: m[1]!.toLowerCase(), msg: m[2], ...Object.fromEntries([...m[3]!.matchAll(/(\w+)=(\S+)/g)].map((f) => [f[1], f[2]])) };
}

async function logOf(method: string, path: string, pretty: boolean): Promise<string | undefined> {
  let text = '';
  const sink = new Writable({ write: (chunk, _enc, done) => ((text += String(chunk)), done()) });
  const clock = new AdjustableClock();
  const sandbox = await buildSandbox(loadConfig({ LOG_LEVEL: 'info' }), { log: createLogger('info', sink, pretty), clock });
  const sb = asTestSandbox(sandbox);
  const op = spec.operations.find((o) => o.path === path && o.method === method.toLowerCase());
  const operation = spec.document.paths[path]?.[method.toLowerCase()];
  const example = operation?.requestBody?.content?.['application/json']?.example ?? {};
  const client = clientFor(sb);
  if (op?.auth === 'asymmetric') await client.tokenRequest(path, example);
  else if (op) {
    await client.getB2bToken();
    if (op.customerToken !== 'none') await client.getCustomerToken(SEEDED_AUTH_CODE);
    await client.post(path, example);
  } else await request(sandbox.app)[method.toLowerCase() as 'get'](path);
  return text.split('\n').find((l) => l.includes(`path=${path} `) || l.includes(`"path":"${path}"`));
}

/**
 * JavaScript/TypeScript shown to a reader: a jest example must be a test file of this suite (the
 * package import standing for the source); any other snippet runs as a module (node + tsx) against
 * the sandbox at `url` and must exit 0 without writing to stderr.
 */
export async function scriptProblems(code: string, lang: string, url: string): Promise<string[]> {
  if (code.includes('@jest/globals')) {
    const files = walk(join(ROOT, 'test')).filter((f) => /\.test\.ts$/.test(f));
    const asShown = (file: string) =>
      readFileSync(file, 'utf8')
        .replace(/^\/\/.*\n/gm, '')
        .replace(/from '(?:\.\.\/)+src\/index\.js'/g, "from 'doku-snap-sandbox'");
    return files.some((f) => asShown(f) === code) ? [] : ['this jest example is not a test file of the suite (test/**/*.test.ts with the package import as shown): copy it there so it runs'];
  }
  const dir = mkdtempSync(join(tmpdir(), 'dss-doc-script-'));
  try {
    const file = join(dir, /^(ts|typescript)$/.test(lang) ? 'snippet.ts' : 'snippet.mjs');
    writeFileSync(file, pointAt(code, url).replace(/from 'doku-snap-sandbox'/g, `from '${pathToFileURL(join(ROOT, 'src/index.ts')).href}'`));
    // NODE_PATH: a snippet's require() (DOKU's Node SDK, which is CommonJS) finds the project's packages.
    const res = await run(process.execPath, ['--import', TSX, file], { env: { BASE_URL: url, NODE_PATH: join(ROOT, 'node_modules') }, timeoutMs: 60_000 });
    return res.code === 0 && !res.stderr ? [] : [`exited ${res.code}: ${res.stderr.trim()}`];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
