import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Issue 17, tenants: two jest files that run in parallel against one server, each in its own
 * tenant, pass together. The run of test/tenants/parallel/ is what a CI job would run: one
 * sandbox from globalSetup, two workers, each file taking its own world (world.ts). Each file
 * waits to meet the other, so a run one after the other fails.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface JestRun {
  numPassedTestSuites: number;
  numFailedTestSuites: number;
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; status: string; startTime: number; endTime: number; message: string }[];
}

function runJest(args: string[], dir: string): Promise<{ code: number | null; output: string }> {
  const env = { ...process.env };
  delete env.JEST_WORKER_ID;
  const child = spawn(process.execPath, ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning', join(ROOT, 'node_modules/jest/bin/jest.js'), ...args, '--cacheDirectory', join(dir, 'cache'), '--json', '--outputFile', join(dir, 'run.json')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('two jest files on one server', () => {
  it('when they run in parallel, each in its own tenant, then both pass, and they ran at the same time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallel-files-'));
    try {
      // A fresh cache: jest runs files in band when its cache says they are quick.
      const { code, output } = await runJest(['-c', 'test/tenants/parallel/jest.config.js', '--maxWorkers', '2'], dir);
      const run = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as JestRun;
      const failures = run.testResults.filter((r) => r.status !== 'passed').map((r) => `${r.name}: ${r.message}`);
      expect({ code, failures }).toEqual({ code: 0, failures: [] });
      expect(run.testResults.map((r) => r.name.replace(/^.*\//, '')).sort()).toEqual(['ledger-world.parallel.ts', 'scenario-world.parallel.ts']);
      expect([run.numPassedTestSuites, run.numFailedTests]).toEqual([2, 0]);
      expect(run.numPassedTests).toBeGreaterThanOrEqual(4);
      const [first, second] = run.testResults;
      expect({ overlap: Math.max(first!.startTime, second!.startTime) < Math.min(first!.endTime, second!.endTime), output: code === 0 ? '' : output }).toEqual({ overlap: true, output: '' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
