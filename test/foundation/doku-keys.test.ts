import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { ConfigError } from '../../src/config.js';
import { clientFor, testSandbox } from '../helpers/harness.js';

/** The key pair the sandbox signs with as DOKU: TEST-ONLY in fixtures/keys, replaced by DOKU_PRIVATE_KEY_FILE. */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'doku-key-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('GET /admin/keys and DOKU_PRIVATE_KEY_FILE', () => {
  it('when nothing is configured, then dokuPublicKey is the TEST-ONLY public key of fixtures/keys', async () => {
    const sb = await testSandbox();
    const res = await sb.http.get('/admin/keys');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ dokuPublicKey: readFileSync(new URL('../../fixtures/keys/sandbox-token-signing.TEST-ONLY.public.pem', import.meta.url), 'utf8') });
  });

  it('when DOKU_PRIVATE_KEY_FILE names another key, then GET /admin/keys shows its public key and the sandbox\'s tokens are signed with it', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const file = join(dir, 'doku.pem');
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const sb = await testSandbox({ DOKU_PRIVATE_KEY_FILE: file });
    const { dokuPublicKey } = (await sb.http.get('/admin/keys')).body as { dokuPublicKey: string };
    expect(dokuPublicKey).toBe(publicKey.export({ type: 'spki', format: 'pem' }));
    const token = await clientFor(sb).getB2bToken();
    expect(jwt.verify(token, createPublicKey(dokuPublicKey), { algorithms: ['RS256'] })).toMatchObject({ iss: 'DOKU', clientId: sb.partner.clientId });
  });

  it.each([
    ['is missing', () => join(dir, 'nope.pem'), /file not found/],
    ['is not a key', () => writeTo('junk.pem', 'hello'), /not a private key in PEM/],
    ['is not an RSA key', () => writeTo('ec.pem', generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()), /not an RSA key/],
  ])('when the file %s, then the boot stops with a ConfigError naming DOKU_PRIVATE_KEY_FILE', async (_name, file, problem) => {
    const error = await testSandbox({ DOKU_PRIVATE_KEY_FILE: file() }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe('DOKU_PRIVATE_KEY_FILE');
    expect((error as Error).message).toMatch(problem);
  });
});

function writeTo(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}
