import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, jest, test } from '@jest/globals';

/**
 * Secrets and signatures are compared in constant time (lib/crypto safeEqual → timingSafeEqual):
 * the function behaves, the guard and admin auth really call it, and no source file compares a
 * secret with === instead.
 */
const actual = await import('../../src/lib/crypto.js');
const safeEqualSpy = jest.fn(actual.safeEqual);
jest.unstable_mockModule('../../src/lib/crypto.js', () => ({ ...actual, safeEqual: safeEqualSpy }));
const { safeEqual } = actual;
const { signedIn, testSandbox } = await import('../helpers/harness.js');

describe('safeEqual', () => {
  test('equal strings are equal; any difference, in content or length, is not', () => {
    expect(safeEqual('s3cr3t-signature', 's3cr3t-signature')).toBe(true);
    expect(safeEqual('', '')).toBe(true);
    expect(safeEqual('s3cr3t-signature', 's3cr3t-signaturE')).toBe(false);
    expect(safeEqual('s3cr3t', 's3cr3t-signature')).toBe(false);
    expect(safeEqual('s3cr3t-signature', '')).toBe(false);
  });

  test('strings of equal length but different byte length (unicode) compare false without throwing', () => {
    expect('é'.length).toBe('e'.length);
    expect(safeEqual('é', 'e')).toBe(false);
    expect(safeEqual('kunci-ü', 'kunci-ü')).toBe(true);
  });

  test('it is built on crypto.timingSafeEqual', () => {
    const source = readFileSync(fileURLToPath(new URL('../../src/lib/crypto.ts', import.meta.url)), 'utf8');
    const body = source.slice(source.indexOf('export function safeEqual'), source.indexOf('export function rsaSignBase64'));
    expect(body).toMatch(/timingSafeEqual\(left, right\)/);
    expect(body).not.toMatch(/\ba\s*[!=]==?\s*b\b|left\s*[!=]==?\s*right|localeCompare|\.equals\(/);
  });
});

describe('the guard and the admin API compare through safeEqual', () => {
  test('when a signed request arrives, then its HMAC signature is checked with safeEqual', async () => {
    const { client: c } = await signedIn();
    safeEqualSpy.mockClear();
    const headers = c.headers('/snap-adapter/b2b/v1.0/emoney/topup', {});
    await c.post('/snap-adapter/b2b/v1.0/emoney/topup', { partnerReferenceNo: 'CT-1', customerNumber: '1140340010', amount: { value: '10000.00', currency: 'IDR' } });
    expect(safeEqualSpy).toHaveBeenCalled();
    const [computed, sent] = safeEqualSpy.mock.calls[0]!;
    expect(computed).toMatch(/^[A-Za-z0-9+/]{86}==$/); // HMAC-SHA512, base64
    expect(typeof sent).toBe('string');
    expect(headers['X-SIGNATURE']).toBeDefined();
  });

  test('when ADMIN_TOKEN is set, then the admin token is checked with safeEqual', async () => {
    const sb = await testSandbox({ ADMIN_TOKEN: 'adm-TEST-ONLY-token' });
    safeEqualSpy.mockClear();
    await sb.http.get('/admin/partners').set('Authorization', 'Bearer wrong');
    expect(safeEqualSpy).toHaveBeenCalledWith('wrong', 'adm-TEST-ONLY-token');
  });
});

describe('no secret is compared with === in src/', () => {
  const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
    });
  // Operands that hold a secret or a signature: clientSecret, X-SIGNATURE values, PIN hashes, OTP codes, admin token.
  const SECRET = String.raw`[\w.]*(?:signature|Signature|clientSecret|pinHash|adminToken|otp\.code|\.otp\b|authCodeKey)`;
  const COMPARE = new RegExp(String.raw`(?:${SECRET}\s*[!=]==?)|(?:[!=]==?\s*${SECRET})|(?:${SECRET}\s*\.(?:equals|localeCompare)\()`);

  test('every comparison of a secret or a signature goes through safeEqual', () => {
    const offenders: string[] = [];
    for (const file of files(SRC)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/^\s*(\*|\/\/)/.test(line) || /typeof|responseCode|serviceCode|statusCode|errorCode|=== undefined|!== undefined/.test(line)) return;
          if (COMPARE.test(line)) offenders.push(`${file.slice(SRC.length)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
