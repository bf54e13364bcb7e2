import { describe, expect, it } from '@jest/globals';
import { CLI, run, spawnSandbox } from '../helpers/spawn-sandbox.js';

describe('scenarios named at startup (real process)', () => {
  it('when --scenario names an unknown file, then the process stops with one line on stderr and a non-zero code', async () => {
    const [command, ...args] = CLI;
    const res = await run(command!, [...args, '--port', '0', '--scenario', 'token-down', '--scenario', 'no-such-one'], { env: { LOG_LEVEL: 'silent' }, timeoutMs: 30_000 });
    expect(res.code).not.toBe(0);
    const lines = res.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/SCENARIOS: no scenario "no-such-one" in .*\(available: .*token-down.*\)/);
  });

  it('when SCENARIOS names library files, then they are active and the server still stops promptly while a connection is held', async () => {
    const sandbox = await spawnSandbox([], { env: { SCENARIOS: 'token-down' } });
    try {
      const list = (await (await fetch(`${sandbox.url}/admin/scenarios`)).json()) as { scenarios: { id: string; source: string }[] };
      expect(list.scenarios.map((s) => `${s.id}:${s.source}`)).toEqual(['token-down:startup', 'magic-values:builtin']);
      await fetch(`${sandbox.url}/admin/scenarios`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'hold', rules: [{ name: 'h', match: { path: '/webview/**' }, effect: { timeout: true } }] }),
      });
      // Pages are asked before request validation, so a bare GET is enough to be held.
      const held = fetch(`${sandbox.url}/webview/purchase?token=x`).then((r) => r.status, (e: Error) => e.message);
      await new Promise((r) => setTimeout(r, 300));
      const started = performance.now();
      expect(await sandbox.stop()).toBe(0);
      expect(performance.now() - started).toBeLessThan(5000);
      expect(await held).toBe('fetch failed');
    } finally {
      await sandbox.stop();
    }
  });
});
