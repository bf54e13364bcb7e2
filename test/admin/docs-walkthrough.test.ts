import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ROOT, run, spawnSandbox } from '../helpers/spawn-sandbox.js';

const hasTools = ['curl', 'openssl', 'jq'].every((tool) => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

/** The bash block under "## QA walkthrough with curl" in docs/scenarios.md, exactly as a reader copies it. */
function walkthrough(): string {
  const page = readFileSync(`${ROOT}docs/scenarios.md`, 'utf8');
  const section = page.slice(page.indexOf('## QA walkthrough with curl'));
  const block = /```bash\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('docs/scenarios.md has no bash block in the QA walkthrough');
  return block[1]!;
}

describe('the QA walkthrough of docs/scenarios.md', () => {
  (hasTools ? it : it.skip)('runs as written against a started sandbox: load, fail, journal, reset', async () => {
    const sandbox = await spawnSandbox();
    try {
      const res = await run('bash', ['-euo', 'pipefail', '-c', walkthrough()], { env: { B: sandbox.url }, timeoutMs: 60_000 });
      expect(res.stderr).toBe('');
      expect(res.code).toBe(0);
      const out = res.stdout;
      expect(out).toContain('{"responseCode":"5043800","responseMessage":"Timeout","partnerReferenceNo":"QA-TOPUP-1"} → HTTP 504');
      expect(out).toMatch(/"latestTransactionStatus":"00".*→ HTTP 200/);
      expect(out).toContain('"scenario":{"id":"topup-timeout","name":"topup-timeout","rule":"topup-processed-then-504","effect":"processThenFail"}');
      expect(out).toContain('{"name":"topup-processed-then-504","matched":1,"uses":1,"exhausted":true}');
      expect(out).toMatch(/503 Service Temporarily Unavailable[\s\S]*→ HTTP 503/);
      expect(out).toMatch(/"responseCode":"2003800".*→ HTTP 200/);
      expect(out).toMatch(/"partners":1,"wallets":\d+,"scenarios":\["magic-values"\]/);
    } finally {
      await sandbox.stop();
    }
  });
});
