import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, run, spawnSandbox, type SpawnedSandbox } from '../helpers/spawn-sandbox.js';

/**
 * The package as npm installs it: dist/ compiled by `npm run build`'s tsconfig beside spec/,
 * fixtures/ and scenarios/, and the bin reached through a symlink as node_modules/.bin does.
 */
let pkg: string;
let bin: string;
const started: SpawnedSandbox[] = [];

beforeAll(async () => {
  pkg = mkdtempSync(join(tmpdir(), 'dss-pkg-'));
  const tsc = await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(pkg, 'dist')], { timeoutMs: 120_000 });
  if (tsc.code !== 0) throw new Error(`build failed:\n${tsc.stdout}${tsc.stderr}`);
  copyFileSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
  for (const dir of ['spec', 'fixtures', 'scenarios', 'node_modules']) symlinkSync(join(ROOT, dir), join(pkg, dir));
  mkdirSync(join(pkg, '.bin'));
  bin = join(pkg, '.bin', 'doku-snap-sandbox');
  const target = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin['doku-snap-sandbox'] as string;
  symlinkSync(join(pkg, target), bin);
  chmodSync(join(pkg, target), 0o755); // npm does this for every bin on install
}, 150_000);

afterAll(async () => {
  await Promise.all(started.map((s) => s.stop()));
  if (pkg) rmSync(pkg, { recursive: true, force: true });
});

describe('the built package', () => {
  it('when the bin is executed directly, then its shebang runs it under node and --help answers', async () => {
    expect(readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    const { code, stdout } = await run(bin, ['--help'], { cwd: tmpdir() });
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: doku-snap-sandbox [flags]');
  });

  it('when the bin starts a server from another directory, then /health, /dashboard and /docs answer', async () => {
    const sandbox = await spawnSandbox([], { command: [bin], cwd: tmpdir() });
    started.push(sandbox);
    for (const path of ['/health', '/dashboard', '/docs/', '/openapi.json']) {
      const res = await fetch(`${sandbox.url}${path}`, { signal: AbortSignal.timeout(10_000) });
      expect([path, res.status]).toEqual([path, 200]);
    }
    expect(await sandbox.stop()).toBe(0);
  });

  it('when a script imports the package entry, then startSandbox() serves on a random port and stop() ends it', async () => {
    const entry = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).exports['.'].default as string;
    const script = `
      const { startSandbox } = await import(${JSON.stringify(join(pkg, entry))});
      const sandbox = await startSandbox();
      const health = await fetch(sandbox.url + '/health').then((r) => r.json());
      await sandbox.partner.getB2bToken();
      console.log(JSON.stringify({ status: health.status, url: sandbox.url, partners: (await sandbox.admin.partners()).length }));
      await sandbox.stop();`;
    const { code, stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: tmpdir(), timeoutMs: 30_000 });
    expect([code, stderr]).toEqual([0, '']);
    const out = JSON.parse(stdout.trim()) as { status: string; url: string; partners: number };
    expect(out.status).toBe('ok');
    expect(out.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(out.partners).toBeGreaterThan(0);
  });
});
