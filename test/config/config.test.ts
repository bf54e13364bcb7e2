import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig, OPTIONS } from '../../src/config.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('when nothing is set, then every option has its documented default', () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      host: '0.0.0.0',
      publicBaseUrl: undefined,
      dataFile: undefined,
      fixturesDir: undefined,
      scenariosDir: undefined,
      scenarios: [],
      adminToken: undefined,
      dokuPrivateKeyFile: undefined,
      tokenTtlSeconds: 900,
      tokenPolicy: 'latest-only',
      timestampSkewSeconds: 300,
      otpTtlSeconds: 300,
      pinLockSeconds: 1800,
      qrValiditySeconds: 1800,
      bodyLimitBytes: 65536,
      journalSize: 1000,
      logLevel: 'info',
      validateResponses: false,
    });
  });

  it('when every variable of the issue is set, then each lands in its field', () => {
    const config = loadConfig({
      PORT: '9090',
      HOST: '127.0.0.1',
      PUBLIC_BASE_URL: 'https://sandbox.example.test/',
      DATA_FILE: './db.json',
      FIXTURES_DIR: './fx',
      SCENARIOS_DIR: './sc',
      ADMIN_TOKEN: 's3cret',
      TOKEN_TTL_SECONDS: '60',
      TOKEN_POLICY: 'concurrent',
      DOKU_PRIVATE_KEY_FILE: './doku.pem',
      TIMESTAMP_SKEW_SECONDS: '30',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({
      port: 9090,
      host: '127.0.0.1',
      publicBaseUrl: 'https://sandbox.example.test',
      dataFile: './db.json',
      fixturesDir: './fx',
      scenariosDir: './sc',
      adminToken: 's3cret',
      tokenTtlSeconds: 60,
      tokenPolicy: 'concurrent',
      dokuPrivateKeyFile: './doku.pem',
      timestampSkewSeconds: 30,
      logLevel: 'debug',
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '65536'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['TOKEN_TTL_SECONDS', '0'],
    ['TIMESTAMP_SKEW_SECONDS', 'ten'],
    ['LOG_LEVEL', 'loud'],
    ['TOKEN_POLICY', 'newest'],
    ['PUBLIC_BASE_URL', 'ftp://x'],
    ['PUBLIC_BASE_URL', 'not a url'],
    ['BODY_LIMIT_BYTES', '10'],
    ['VALIDATE_RESPONSES', 'maybe'],
  ])('when %s=%p, then a ConfigError names %s and the problem', (variable, value) => {
    const error = configError(() => loadConfig({ [variable]: value }));
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(new RegExp(`^${variable}: .+`));
    expect(error.message).toContain(value);
    expect(error.message).not.toContain('\n');
  });

  it('when a flag is unknown, then a ConfigError names the flag', () => {
    const error = configError(() => loadConfig({}, ['--prot', '8080']));
    expect(error.variable).toBe('--prot');
    expect(error.message).toBe('--prot: unknown flag (see --help)');
  });

  it('when a flag has no value, then a ConfigError names the flag', () => {
    expect(configError(() => loadConfig({}, ['--port'])).variable).toBe('--port');
  });

  it('when a flag is given with an invalid value, then the ConfigError names its variable', () => {
    expect(configError(() => loadConfig({}, ['--log-level=loud'])).variable).toBe('LOG_LEVEL');
  });

  it('when both a variable and its flag are set, then the flag wins (both --flag value and --flag=value forms)', () => {
    const env = { PORT: '1111', LOG_LEVEL: 'warn', TOKEN_TTL_SECONDS: '100' };
    const config = loadConfig(env, ['--port', '2222', '--log-level=error']);
    expect(config).toMatchObject({ port: 2222, logLevel: 'error', tokenTtlSeconds: 100 });
  });

  it('when an alias or a repeated flag is used, then --data sets DATA_FILE and --scenario accumulates', () => {
    const config = loadConfig({ SCENARIOS: 'ignored' }, ['--data', 'x.json', '--scenario', 'a', '--scenario=b']);
    expect(config.dataFile).toBe('x.json');
    expect(config.scenarios).toEqual(['a', 'b']);
  });

  it('when optional variables are set to the empty string, then they count as unset', () => {
    expect(loadConfig({ DATA_FILE: '', ADMIN_TOKEN: '', PUBLIC_BASE_URL: '' })).toMatchObject({ dataFile: undefined, adminToken: undefined, publicBaseUrl: undefined });
  });

  it('then every option has a distinct variable and flag, and its default parses', () => {
    expect(new Set(OPTIONS.map((o) => o.env)).size).toBe(OPTIONS.length);
    expect(new Set(OPTIONS.map((o) => o.flag)).size).toBe(OPTIONS.length);
    for (const o of OPTIONS) expect(() => o.parse(o.default, o.env)).not.toThrow();
  });
});

/** The real process entry, from source. Every wait has a timeout; the child is killed in afterAll. */
describe('the process entry (node --import tsx src/main.ts)', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  function startEntry(env: Record<string, string>) {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const exited = (timeoutMs: number) =>
      Promise.race([
        exit,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no exit within ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs).unref()),
      ]);
    return { child, exited, output: () => ({ stdout, stderr }) };
  }

  async function waitFor(condition: () => boolean, timeoutMs: number, what: string) {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async function waitForHealth(entry: ReturnType<typeof startEntry>, url: string): Promise<Record<string, unknown>> {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && entry.child.exitCode === null) {
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
        if (res.status === 200) return (await res.json()) as Record<string, unknown>;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no healthy ${url} (exit ${entry.child.exitCode}): ${entry.output().stderr}`);
  }

  it('when PORT=abc, then it exits 2 with exactly one stderr line naming PORT', async () => {
    const entry = startEntry({ PORT: 'abc' });
    expect(await entry.exited(15_000)).toBe(2);
    const lines = entry.output().stderr.split('\n').filter(Boolean);
    expect(lines).toEqual(['doku-snap-sandbox: invalid configuration: PORT: must be a whole number from 0 to 65535, got "abc"']);
  }, 20_000);

  it('when started on a free port, then /health answers 200 and SIGTERM stops it with exit code 0', async () => {
    const port = await new Promise<number>((resolve, reject) => {
      const probe = createServer();
      probe.once('error', reject);
      probe.listen(0, '127.0.0.1', () => {
        const free = (probe.address() as { port: number }).port;
        probe.close(() => resolve(free));
      });
    });
    const entry = startEntry({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' });
    const health = await waitForHealth(entry, `http://127.0.0.1:${port}/health`);
    expect(health).toMatchObject({ status: 'ok' });
    expect(typeof health.version).toBe('string');
    expect(typeof health.uptimeSeconds).toBe('number');
    // /health can answer a moment before the process has registered its SIGTERM handler (it does
    // so once its own self-check returns), so wait for the ready line too.
    await waitFor(() => entry.output().stdout.includes('doku-snap-sandbox ready'), 10_000, 'the ready line');
    entry.child.kill('SIGTERM');
    expect(await entry.exited(10_000)).toBe(0);
  }, 40_000);

  it('when HOST=::1 (not 127.0.0.1), then it still passes its own /health self-check and serves on [::1]', async () => {
    const ipv6 = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(0, '::1', () => probe.close(() => resolve(true)));
    });
    if (!ipv6) return; // no IPv6 loopback on this machine (some CI containers): nothing to prove here
    const entry = startEntry({ PORT: '0', HOST: '::1', LOG_LEVEL: 'info' });
    await waitFor(() => entry.output().stdout.includes('doku-snap-sandbox ready') || entry.child.exitCode !== null, 20_000, 'the ready line');
    expect(entry.output().stderr).toBe('');
    const ready = JSON.parse(entry.output().stdout.split('\n').find((l) => l.includes('doku-snap-sandbox ready'))!) as { url: string };
    const port = new URL(ready.url).port;
    const res = await fetch(`http://[::1]:${port}/health`, { signal: AbortSignal.timeout(5000) });
    expect(res.status).toBe(200);
    entry.child.kill('SIGTERM');
    expect(await entry.exited(10_000)).toBe(0);
  }, 40_000);
});
