import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OPTIONS } from '../../src/config.js';
import { CLI, ROOT, run, spawnSandbox, type SpawnedSandbox } from '../helpers/spawn-sandbox.js';

const started: SpawnedSandbox[] = [];
const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(started.map((s) => s.stop()));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the doku-snap-sandbox command', () => {
  it('when asked for --help, then it lists every flag with its environment variable and default, and exits 0', async () => {
    const { code, stdout } = await run(CLI[0]!, [...CLI.slice(1), '--help']);
    expect(code).toBe(0);
    for (const option of OPTIONS) {
      const line = stdout.split('\n').find((l) => l.trimStart().startsWith(`${option.flag} `) || l.trimStart().startsWith(`${option.flag},`));
      expect(line).toBeDefined();
      expect(line).toContain(option.env);
      expect(line).toContain(option.default || '-');
      for (const alias of option.aliases ?? []) expect(line).toContain(alias);
    }
    expect(stdout).toMatch(/--data-file, --data\s+DATA_FILE/);
  });

  it('when asked for --version, then it prints the package version', async () => {
    const { code, stdout } = await run(CLI[0]!, [...CLI.slice(1), '--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('when a flag is invalid, then it exits 2 with one line naming the variable', async () => {
    const { code, stderr } = await run(CLI[0]!, [...CLI.slice(1), '--port', '99999']);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('doku-snap-sandbox: invalid configuration: PORT: must be a whole number from 0 to 65535, got "99999"');
    const unknown = await run(CLI[0]!, [...CLI.slice(1), '--prot', '1']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--prot: unknown flag (see --help)');
    const key = await run(CLI[0]!, [...CLI.slice(1), '--port', '0', '--doku-private-key-file', './no-such-key.pem']);
    expect(key.code).toBe(2);
    expect(key.stderr.trim()).toBe('doku-snap-sandbox: invalid configuration: DOKU_PRIVATE_KEY_FILE: file not found: ./no-such-key.pem');
  });

  it('when started with --data ./db.json, then it listens, logs one JSON line per request, persists to the file and stops on SIGTERM with 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dss-cli-'));
    dirs.push(dir);
    const sandbox = await spawnSandbox(['--data', './db.json'], { cwd: dir });
    started.push(sandbox);
    const ready = sandbox.lines().find((l) => l.msg === 'doku-snap-sandbox ready')!;
    expect(ready).toMatchObject({ level: 'info', store: './db.json', dashboard: `${sandbox.url}/dashboard`, docs: `${sandbox.url}/docs` });

    const res = await fetch(`${sandbox.url}/authorization/v1/access-token/b2b`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CLIENT-KEY': 'BRN-0001-1732500000001', 'X-TIMESTAMP': '2020-01-01T00:00:00+07:00', 'X-SIGNATURE': 'AAAA' },
      body: JSON.stringify({ grantType: 'client_credentials' }),
      signal: AbortSignal.timeout(10_000),
    });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    const line = sandbox.lines().find((l) => l.msg === 'request' && l.path === '/authorization/v1/access-token/b2b');
    expect(line).toMatchObject({ level: 'info', method: 'POST', status: 401, responseCode: expect.stringMatching(/^40173\d\d$/), durationMs: expect.any(Number) });
    expect(typeof line!.time).toBe('string');

    expect(await sandbox.stop()).toBe(0);
    expect(existsSync(join(dir, 'db.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'db.json'), 'utf8'))).toEqual(expect.any(Object));
  });

  it('when --scenario repeats, then those scenarios are active from the first request', async () => {
    const sandbox = await spawnSandbox(['--scenario', 'topup-timeout', '--scenario', 'token-down-once']);
    started.push(sandbox);
    const res = await fetch(`${sandbox.url}/admin/scenarios`, { signal: AbortSignal.timeout(10_000) });
    const active = ((await res.json()) as { scenarios: { name: string; source: string }[] }).scenarios;
    expect(active.filter((s) => s.source === 'startup').map((s) => s.name).sort()).toEqual(['token-down-once', 'topup-timeout']);
    expect(await sandbox.stop()).toBe(0);
  });

  it('when a startup scenario does not exist, then it refuses to start and lists the names it has', async () => {
    const { code, stderr } = await run(CLI[0]!, [...CLI.slice(1), '--port', '0', '--scenario', 'no-such-scenario']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^doku-snap-sandbox: failed to start: .*no-such-scenario.*topup-timeout/);
  });
});
