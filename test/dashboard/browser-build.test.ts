import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { browserModule } from '../../src/dashboard/browser-modules.js';

/**
 * The dashboard's browser script as `npm run build` ships it (tsc with src/dashboard/browser's
 * tsconfig) and as the server serves it when run from src/ (the tests' way): the same JavaScript,
 * module by module, so what the browser tests drive is what the build ships.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = join(ROOT, 'src/dashboard/browser');
let out: string;
let tsc: { code: number; output: string };

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'dss-dashboard-'));
  tsc = await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(SOURCES, 'tsconfig.json'), '--outDir', out])
    .then(({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }))
    .catch((error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? 1, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }));
}, 120_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe("the dashboard's browser script", () => {
  it('when built with its tsconfig, then it compiles without an error into one module per source, app.js among them', () => {
    expect(tsc).toEqual({ code: 0, output: '' });
    const sources = readdirSync(SOURCES).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '.js'));
    expect(readdirSync(out).sort()).toEqual(sources.sort());
    expect(sources).toContain('app.js');
  });

  it('when served from src/, then each module is exactly what the build wrote', async () => {
    for (const file of readdirSync(out)) {
      expect([file, await browserModule(file.replace(/\.js$/, ''))]).toEqual([file, readFileSync(join(out, file), 'utf8')]);
    }
  });

  it('when asked for a name that is not one of its modules, then there is nothing to serve', () => {
    expect(browserModule('nope')).toBeUndefined();
    expect(browserModule('tsconfig')).toBeUndefined();
  });
});
