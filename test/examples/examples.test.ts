import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { snapTimestamp, tokenSignature, transactionSignature } from '../../src/client/signing.js';
import { CLI, ROOT, TSX, run, spawnSandbox, type SpawnedSandbox } from '../helpers/spawn-sandbox.js';

/**
 * The README's examples run for real: a sandbox process started by the CLI (with an admin token,
 * as a shared QA box would have), then each example as its own process against it.
 */
let sandbox: SpawnedSandbox;
const ADMIN_TOKEN = 'examples-admin-token';

beforeAll(async () => {
  sandbox = await spawnSandbox([], { command: CLI, env: { ADMIN_TOKEN } });
}, 60_000);

afterAll(async () => {
  await sandbox?.stop();
});

describe('examples/', () => {
  it('partner-journey.ts walks token → account → bind → top-up → purchase → refund → history and exits 0', async () => {
    const { code, stdout, stderr } = await run(process.execPath, ['--import', TSX, 'examples/partner-journey.ts', '--base-url', sandbox.url, '--admin-token', ADMIN_TOKEN], { timeoutMs: 60_000 });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    for (const step of ['B2B token', 'Account Creation', 'OTP (read from GET /admin/otps)', 'Verify OTP', 'Create-PIN page', 'Account Binding', 'Consent page', 'B2B2C token', 'Top Up', 'Purchase 25,000.00', 'Purchase PIN page', 'Query Purchase', 'Refund', 'Transaction History List']) {
      expect(stdout).toMatch(new RegExp(`\\d+\\. ${step.replace(/[().,]/g, '\\$&')}.*✔`));
    }
    expect(stdout).toContain('available 85000.00');
    expect(stdout).toMatch(/Done: wallet \d{10} topped up, paid and refunded in 16 steps\./);
  }, 90_000);

  it('partner-journey.ts exits 1 and names the failing step when a step fails (here: no admin token for /admin/otps)', async () => {
    const { code, stdout, stderr } = await run(process.execPath, ['--import', TSX, 'examples/partner-journey.ts', '--base-url', sandbox.url, '--admin-token', 'wrong'], { timeoutMs: 60_000 });
    expect(code).toBe(1);
    expect(stdout).toMatch(/3\. OTP \(read from GET \/admin\/otps\)\s+✘/);
    expect(stderr).toContain('✘ step 3 failed: GET /admin/otps answered 401');
  }, 90_000);

  it('signing/curl-openssl.sh (the README recipe) gets both tokens and a 2001100 balance with curl and openssl only', async () => {
    const { code, stdout, stderr } = await run('bash', ['examples/signing/curl-openssl.sh'], { env: { BASE_URL: sandbox.url }, timeoutMs: 30_000 });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^B2B token: {6}eyJ/m);
    expect(stdout).toMatch(/^Customer token: eyJ/m);
    expect(stdout).toContain('"responseCode":"2001100"');
    expect(stdout).toContain('"accountNo":"1140340010"');
  });

  it('signing/sign.mjs (the README Node recipe) gets a 2001100 balance with node:crypto only', async () => {
    const { code, stdout, stderr } = await run(process.execPath, ['examples/signing/sign.mjs'], { env: { BASE_URL: sandbox.url }, timeoutMs: 30_000 });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^200 \{"responseCode":"2001100"/);
  });
});

/** The code blocks of the README's "Connect your app" and "Use from tests" sections, run as printed. */
describe('README code blocks', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = (title: string) => {
    const start = readme.indexOf(`\n## ${title}\n`);
    expect(start).toBeGreaterThan(-1);
    const end = readme.indexOf('\n## ', start + 1);
    return readme.slice(start, end === -1 ? undefined : end);
  };
  const blocks = (text: string, lang: string) => [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

  it('the Node signing functions compute the same signatures as the sandbox client', async () => {
    const [code] = blocks(section('Connect your app'), 'js');
    const dir = mkdtempSync(join(tmpdir(), 'dss-readme-'));
    try {
      writeFileSync(join(dir, 'sign.mjs'), `${code}\nexport { snapTimestamp, tokenSignature, transactionSignature };\n`);
      const mod = (await import(join(dir, 'sign.mjs'))) as {
        snapTimestamp: (d?: Date) => string;
        tokenSignature: (pem: string, clientId: string, ts: string) => string;
        transactionSignature: (secret: string, method: string, path: string, token: string, bodyText: string, ts: string) => string;
      };
      const pem = readFileSync(join(ROOT, 'fixtures/keys/partner-default.TEST-ONLY.private.pem'), 'utf8');
      const at = new Date('2024-03-26T09:01:41.123Z');
      const ts = mod.snapTimestamp(at);
      expect(ts).toBe('2024-03-26T16:01:41+07:00');
      expect(ts).toBe(snapTimestamp(at));
      expect(mod.tokenSignature(pem, 'BRN-1', ts)).toBe(tokenSignature(pem, 'BRN-1', ts));
      const body = { partnerReferenceNo: 'X', amount: { value: '1.00', currency: 'IDR' } };
      expect(mod.transactionSignature('secret', 'POST', '/p', 'tok', JSON.stringify(body), ts)).toBe(
        transactionSignature({ clientSecret: 'secret', method: 'POST', path: '/p', accessToken: 'tok', body, timestamp: ts }),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the curl + openssl commands get a 2001100 balance from a running sandbox', async () => {
    const [script] = blocks(section('Connect your app'), 'bash');
    expect(script).toContain('BASE_URL=http://localhost:8080');
    const { code, stdout, stderr } = await run('bash', ['-euo', 'pipefail', '-c', script!.replace('BASE_URL=http://localhost:8080', `BASE_URL=${sandbox.url}`)], { timeoutMs: 30_000 });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('"responseCode":"2001100"');
    expect(stdout).toContain('"accountNo":"1140340010"');
  });

  it('the in-process jest example is the file the suite runs (test/in-process/readme-example.test.ts)', () => {
    const [example] = blocks(section('Use from tests (in-process)'), 'ts');
    const file = readFileSync(join(ROOT, 'test/in-process/readme-example.test.ts'), 'utf8')
      .replace(/^\/\/.*\n/gm, '')
      .replace("from '../../src/index.js'", "from 'doku-snap-sandbox'");
    expect(example).toBe(file);
  });
});
