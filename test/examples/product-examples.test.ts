import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseYaml } from '../../src/lib/yaml.js';
import { loadConfig } from '../../src/config.js';
import { CLI, ROOT, run, spawnSandbox, type SpawnedSandbox } from '../helpers/spawn-sandbox.js';
import { testSandbox, type TestSandbox } from '../helpers/harness.js';
import { bootProblems, routeProblems } from './checks.js';
import { walk } from './collect.js';
import { pointAt } from './runners.js';
import { sandboxCommand } from './shell.js';

/**
 * The examples the product itself shows, outside the docs: `--help`, usage lines in the comments of
 * src/ and examples/, every file of examples/, and the dashboard's example scenario and hints
 * (test/dashboard/scenario-example.test.ts also loads the example through the page in Chromium).
 */
const rel = (file: string) => relative(ROOT, file).replace(/\\/g, '/');
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; files: string[] };

let sandbox: SpawnedSandbox;
let probe: TestSandbox;
let help = '';

beforeAll(async () => {
  sandbox = await spawnSandbox();
  probe = await testSandbox();
  help = (await run(CLI[0]!, [...CLI.slice(1), '--help'])).stdout;
}, 60_000);

afterAll(async () => {
  await sandbox?.stop();
});

describe('--help', () => {
  const rows = () =>
    help
      .split('\n')
      .filter((l) => /^ {2}-/.test(l))
      .map((l) => l.trim().split(/\s{2,}/));

  it('names the command of package.json\'s bin in its usage line', () => {
    const usage = /^Usage: (\S+)/m.exec(help);
    expect(usage?.[1]).toBeDefined();
    expect(Object.keys(packageJson.bin)).toContain(usage![1]);
  });

  it('shows for every setting a default that is the default, under its flag, its aliases and its environment variable', () => {
    const problems: string[] = [];
    const defaults = loadConfig({});
    const settings = rows().filter((r) => r.length === 4);
    expect(settings.length).toBeGreaterThan(10);
    for (const [flags, env, shown, meaning] of settings) {
      for (const flag of flags!.split(', ')) {
        if (shown === '-') continue; // unset by default
        const viaFlag = loadConfig({}, [flag, shown!]);
        if (JSON.stringify(viaFlag) !== JSON.stringify(defaults)) problems.push(`${flag} ${shown} is not the default`);
      }
      if (shown !== '-' && JSON.stringify(loadConfig({ [env!]: shown })) !== JSON.stringify(defaults)) problems.push(`${env}=${shown} is not the default`);
      for (const m of meaning!.matchAll(/bundled (\w+)\//g)) {
        if (!existsSync(join(ROOT, m[1]!)) || !packageJson.files.includes(m[1]!)) problems.push(`${flags}: the bundled ${m[1]}/ is not shipped in package.json files`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists --help, -h, --version and -v, and each of them exits 0 with output', async () => {
    const flags = rows()
      .filter((r) => r.length === 2)
      .flatMap((r) => r[0]!.split(', '));
    expect(flags).toEqual(expect.arrayContaining(['--help', '-h', '--version', '-v']));
    for (const flag of flags) {
      const res = await run(CLI[0]!, [...CLI.slice(1), flag]);
      expect({ flag, code: res.code, printed: res.stdout.trim().length > 0 }).toEqual({ flag, code: 0, printed: true });
    }
  });
});

const COMMAND = /((?:[A-Z_]+=\S+\s+)*(?:npx |node |bash |examples\/)\S.*)$/;

/** Lines of a file's comments that show a command to type. */
function commentCommands(file: string): { line: number; command: string }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((text, i) => ({ line: i + 1, comment: /^\s*(?:\/\/|#(?!!)|\*|\/\*\*)\s?(.*)$/.exec(text)?.[1] ?? '' }))
    .flatMap(({ line, comment }) => {
      // In `code` when the comment quotes it, else the rest of the line.
      const quoted = [...comment.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      return (quoted.length ? quoted : [comment]).map((text) => ({ line, command: COMMAND.exec(text)?.[1]?.trim() ?? '' }));
    })
    .filter((c) => c.command && !c.command.includes('…'));
}

const sourceUsage = walk(join(ROOT, 'src'))
  .filter((f) => f.endsWith('.ts'))
  .flatMap((f) => commentCommands(f).filter((c) => sandboxCommand(c.command)).map((c) => ({ name: `${rel(f)}:${c.line} \`${c.command}\``, ...c })));
const exampleFiles = walk(join(ROOT, 'examples')).map(rel);
const exampleUsage = exampleFiles.flatMap((f) => commentCommands(join(ROOT, f)).map((c) => ({ name: `${f}:${c.line} \`${c.command}\``, ...c })));

describe('usage lines in comments', () => {
  it('finds the usage lines of src/cli.ts and of examples/ (so the cases below are not vacuous)', () => {
    expect(sourceUsage.some((u) => u.name.startsWith('src/cli.ts'))).toBe(true);
    expect(exampleUsage.length).toBeGreaterThanOrEqual(exampleFiles.length);
  });

  it.each(sourceUsage)('$name starts the sandbox as written', async ({ command }) => {
    expect(await bootProblems(sandboxCommand(command)!)).toEqual([]);
  }, 60_000);

  it.each(exampleUsage)('$name runs as written', async ({ command }) => {
    const starts = sandboxCommand(command);
    if (starts) return expect(await bootProblems(starts)).toEqual([]);
    await fetch(`${sandbox.url}/admin/reset`, { method: 'POST' });
    const res = await run('bash', ['-euo', 'pipefail', '-c', pointAt(command, sandbox.url)], { timeoutMs: 90_000 });
    expect({ code: res.code, stderr: res.stderr }).toEqual({ code: 0, stderr: '' });
  }, 120_000);
});

describe('examples/', () => {
  const tests = walk(join(ROOT, 'test'))
    .filter((f) => f.endsWith('.ts') && !f.includes(`${join('test', 'examples')}/product-examples`))
    .map((f) => readFileSync(f, 'utf8'));

  it.each(exampleFiles.map((file) => ({ file })))('$file is run by a test of the suite, and has a usage line', ({ file }) => {
    expect({ file, runByATest: tests.some((t) => t.includes(`'${file}'`)) }).toEqual({ file, runByATest: true });
    expect(exampleUsage.filter((u) => u.name.startsWith(`${file}:`)).length).toBeGreaterThan(0);
  });
});

describe('the dashboard', () => {
  const page = () => fetch(`${sandbox.url}/dashboard`).then((r) => r.text());
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

  it('shows a scenario example in each text box, and each one loads as shown (201)', async () => {
    const placeholders = [...(await page()).matchAll(/<textarea[^>]*\splaceholder="([^"]*)"/g)].map((m) => unescape(m[1]!));
    expect(placeholders.length).toBeGreaterThan(0);
    for (const example of placeholders) {
      const json = /^\s*[[{]/.test(example);
      const res = await fetch(`${sandbox.url}/admin/scenarios`, { method: 'POST', headers: { 'Content-Type': json ? 'application/json' : 'application/yaml' }, body: example });
      expect({ example, status: res.status, body: await res.text() }).toEqual({ example, status: 201, body: expect.any(String) });
      const name = (parseYaml(example) as { name: string }).name;
      expect(await fetch(`${sandbox.url}/admin/scenarios/${name}`, { method: 'DELETE' }).then((r) => r.status)).toBe(204);
    }
  });

  it('names only endpoints that exist in its hints (titles and labels)', async () => {
    const html = await page();
    const named = [...html.matchAll(/\b(GET|POST|PUT|DELETE|PATCH) (\/[\w/{}.-]*)/g)];
    expect(named.length).toBeGreaterThan(0);
    const problems = (await Promise.all(named.map((m) => routeProblems(probe, m[1]!.toLowerCase(), m[2]!)))).flat();
    expect(problems).toEqual([]);
  });
});
