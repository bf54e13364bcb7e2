import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { ConfigError, loadConfig, OPTIONS } from '../../src/config.js';
import { listLibrary } from '../../src/scenarios/loader.js';
import { DEFAULT_SCENARIOS_DIR } from '../../src/paths.js';
import { CLI, ROOT, run } from '../helpers/spawn-sandbox.js';
import type { TestSandbox } from '../helpers/harness.js';
import { freePort } from '../helpers/sandbox-process.js';
import { curlCalls, npmCommands, substitute, assignments, type SandboxCommand } from './shell.js';
import { declaredHeaders, findOperation, parameters, requestBodySchema, responseSchema, schemaProblems, type FoundOperation } from './spec-schemas.js';

/**
 * What "it works" means for each kind of command or value a snippet shows. Each check returns the
 * problems it found, worded for the reader of a failing test (the caller adds where the example is).
 */
const GENERIC_404 = 'Not Found. No such endpoint';
const API_PREFIXES = ['/snap-adapter/', '/authorization/', '/admin'];
export const LIBRARY = listLibrary(DEFAULT_SCENARIOS_DIR);

/** `METHOD path` exists: in spec/ (with the query parameters named), or served outside it (pages, /docs). */
export async function routeProblems(probe: TestSandbox, method: string, path: string, query: string[] = []): Promise<string[]> {
  const found = findOperation(method, path);
  if (found) {
    const declared = parameters(found).filter((p) => p.in === 'query').map((p) => p.name);
    const unknown = query.filter((q) => !declared.includes(q));
    return unknown.length ? [`${method.toUpperCase()} ${path}: query parameter ${unknown.join(', ')} is not in spec/ (${declared.join(', ') || 'none declared'})`] : [];
  }
  if (API_PREFIXES.some((p) => path.startsWith(p))) return [`${method.toUpperCase()} ${path} is not in spec/`];
  const res = await request(probe.app)[method as 'get'](path.replace(/\{[^}]+\}/g, 'x'));
  if ((res.status === 404 && (res.body as { responseMessage?: string })?.responseMessage === GENERIC_404) || res.status === 405) {
    return [`${method.toUpperCase()} ${path} is not served (${res.status})`];
  }
  return [];
}

/**
 * A JSON value shown beside an operation: a SNAP/admin answer (it has a responseCode) or a request
 * body. Shown in prose or a table (`shown: 'request-or-answer'`), JSON beside an operation that
 * takes no body (GET /admin/keys) can only be what it answers, so it is checked against its 2xx
 * answer; a curl's -d is always a request body.
 */
export function jsonBesideProblems(found: FoundOperation, value: unknown, shown: 'request' | 'request-or-answer' = 'request'): string[] {
  const where = `${found.method.toUpperCase()} ${found.path}`;
  if (shown === 'request-or-answer' && !requestBodySchema(found)) {
    const success = successStatus(found);
    const schema = success === undefined ? undefined : responseSchema(found, success);
    if (!schema) return [`${where} takes no JSON body and documents no JSON answer`];
    return schemaProblems(schema, value).map((p) => `answer of ${where}: ${p}`);
  }
  const code = (value as { responseCode?: unknown })?.responseCode;
  if (typeof code === 'string') {
    const status = Number(code.slice(0, 3));
    const schema = responseSchema(found, status);
    if (!schema) return [`${where} documents no JSON answer for HTTP ${status} (responseCode ${code})`];
    const serviceCode = found.op['x-snap-service-code'] ?? '00';
    const problems = schemaProblems(schema, value).map((p) => `answer of ${where}: ${p}`);
    if (/^\d{7}$/.test(code) && code.slice(3, 5) !== serviceCode) problems.push(`responseCode ${code} does not carry ${where}'s service code ${serviceCode}`);
    return problems;
  }
  const schema = requestBodySchema(found);
  if (!schema) return [`${where} takes no JSON body`];
  return schemaProblems(schema, value).map((p) => `request body of ${where}: ${p}`);
}

/** The operation's documented success status (its first 2xx). */
function successStatus(found: FoundOperation): number | undefined {
  const status = Object.keys((found.op.responses ?? {}) as Record<string, unknown>).find((s) => /^2\d\d$/.test(s));
  return status === undefined ? undefined : Number(status);
}

/** Static checks of every curl in a shell snippet: method, path and headers in spec/, a literal JSON body valid. */
export async function curlProblems(probe: TestSandbox, script: string): Promise<string[]> {
  const vars = assignments(script);
  const problems: string[] = [];
  for (const call of curlCalls(script)) {
    const url = substitute(call.url, vars).replace(/^https?:\/\/[^/]+|^localhost:\d+/, '');
    if (url.includes('$') || !url.startsWith('/')) continue; // a path computed at run time: the run checks it
    const [path, query = ''] = url.split('?');
    const names = query ? query.split('&').map((q) => q.split('=')[0]!) : [];
    const route = await routeProblems(probe, call.method.toLowerCase(), path!, names);
    problems.push(...route.map((p) => `line ${call.line}: ${p}`));
    const found = findOperation(call.method.toLowerCase(), path!);
    if (!found) continue;
    const known = declaredHeaders(found);
    for (const header of call.headers) {
      // Authorization on /admin is the ADMIN_TOKEN, described in spec/admin.yaml rather than declared per operation.
      const always = ['content-type', 'accept', ...(found.path.startsWith('/admin') ? ['authorization'] : [])];
      if (!known.has(header.toLowerCase()) && !always.includes(header.toLowerCase())) {
        problems.push(`line ${call.line}: ${call.method} ${found.path} does not take the header ${header} (spec/ declares ${[...known].join(', ') || 'none'})`);
      }
    }
    const data = call.data === undefined ? undefined : substitute(call.data, vars);
    if (data !== undefined && !data.includes('$') && !data.startsWith('@') && /^\s*[[{]/.test(data)) {
      let body: unknown;
      try {
        body = JSON.parse(data);
      } catch (error) {
        problems.push(`line ${call.line}: the body is not JSON (${(error as Error).message})`);
        continue;
      }
      problems.push(...jsonBesideProblems(found, body).map((p) => `line ${call.line}: ${p}`));
    }
  }
  return problems;
}

/** npm commands name scripts of package.json (or npm's own commands) and paths that exist. */
export function npmProblems(script: string): string[] {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const builtins = ['ci', 'install', 'i', 'test', 'start', 'pack', 'exec', 'run', 'publish'];
  const problems: string[] = [];
  for (const { command, args, line } of npmCommands(script)) {
    const name = command === 'run' || command === 'run-script' ? args[0] : command;
    if (!name || (command === 'run' ? !scripts[name] : !builtins.includes(name) && !scripts[name])) problems.push(`line ${line}: npm ${command} ${args.join(' ')}: no such script in package.json`);
    if ((command === 'test' || command === 'start') && !scripts[command]) problems.push(`line ${line}: package.json has no "${command}" script`);
    const passed = args.includes('--') ? args.slice(args.indexOf('--') + 1) : [];
    for (const a of passed) if (/^(test|src|examples)\//.test(a) && !existsSync(join(ROOT, a))) problems.push(`line ${line}: ${a} does not exist`);
  }
  return problems;
}

const helpOrVersion = (args: string[]) => args.some((a) => ['--help', '-h', '--version', '-v'].includes(a));

/** The flags and environment of a sandbox command are accepted, and the scenarios it names are in the library. */
export function configProblems(command: Pick<SandboxCommand, 'env' | 'args'>): string[] {
  if (helpOrVersion(command.args)) return [];
  const env = Object.fromEntries(Object.entries(command.env).filter(([k]) => OPTIONS.some((o) => o.env === k)));
  try {
    const config = loadConfig(env, command.args);
    return config.scenarios.filter((s) => !LIBRARY.includes(s)).map((s) => `scenario ${s} is not in the library (${DEFAULT_SCENARIOS_DIR})`);
  } catch (error) {
    if (error instanceof ConfigError) return [`refused: ${error.message}`];
    throw error;
  }
}

/**
 * Runs a sandbox command as shown (the CLI from source stands in for dist/ and npx), on a free port
 * and with any data file in a temporary folder: --help and --version exit 0 with output, anything
 * else becomes healthy with the scenarios it names active, then stops on SIGTERM.
 */
export async function bootProblems(command: SandboxCommand): Promise<string[]> {
  const args = [...command.args];
  if (helpOrVersion(args)) {
    const res = await run(CLI[0]!, [...CLI.slice(1), ...args], { env: command.env, timeoutMs: 30_000 });
    return res.code === 0 && res.stdout.trim() ? [] : [`exited ${res.code} (stdout ${JSON.stringify(res.stdout)}, stderr ${JSON.stringify(res.stderr)})`];
  }
  const problems = configProblems(command);
  if (problems.length) return problems;
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'dss-doc-boot-'));
  const env: Record<string, string> = { ...command.env, PORT: String(port) };
  if (env.DATA_FILE) env.DATA_FILE = join(dir, 'data.json');
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--port') args[i + 1] = String(port);
    if (args[i] === '--data' || args[i] === '--data-file') args[i + 1] = join(dir, 'data.json');
  }
  const child = spawn(CLI[0]!, [...CLI.slice(1), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) return [`exited ${child.exitCode} before it was healthy: ${stderr.trim()}`];
      if (Date.now() > deadline) return ['not healthy within 30 s'];
      const ok = await fetch(`${base}/health`).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const config = loadConfig(Object.fromEntries(Object.entries(command.env).filter(([k]) => OPTIONS.some((o) => o.env === k))), command.args);
    if (config.scenarios.length) {
      const auth: Record<string, string> = config.adminToken ? { Authorization: `Bearer ${config.adminToken}` } : {};
      const active = ((await (await fetch(`${base}/admin/scenarios`, { headers: auth })).json()) as { scenarios: { name: string }[] }).scenarios.map((s) => s.name);
      return config.scenarios.filter((s) => !active.includes(s)).map((s) => `scenario ${s} is not active after boot (${active.join(', ')})`);
    }
    return [];
  } finally {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Environment given to a container (docker -e, compose `environment:`, CI `env:`/`variables:`) is valid configuration. */
export function containerEnvProblems(env: Record<string, string>): string[] {
  const own = Object.fromEntries(Object.entries(env).filter(([k]) => OPTIONS.some((o) => o.env === k)));
  return configProblems({ env: own, args: [] });
}

/** Every mapping named environment, env or variables in a parsed YAML document, with string values. */
export function yamlEnvironments(doc: unknown): Record<string, string>[] {
  if (!doc || typeof doc !== 'object') return [];
  const out: Record<string, string>[] = [];
  for (const [key, value] of Object.entries(doc)) {
    if (['environment', 'env', 'variables'].includes(key) && value && typeof value === 'object' && !Array.isArray(value)) {
      out.push(Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)])));
    } else out.push(...yamlEnvironments(value));
  }
  return out;
}
