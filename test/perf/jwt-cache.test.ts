import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { forgetJwt, signJwt, verifiedTokens, verifyJwt, VerifiedTokens, VERIFIED_TOKENS_PER_KEY } from '../../src/lib/jwt.js';
import { clientFor, signedIn, testSandbox } from '../helpers/harness.js';

/**
 * Verified bearer tokens are cached per public key so that RSA verification runs once per token,
 * not once per call. The cache only skips the signature check; the session store still decides
 * whether the token is live (superseded, revoked, expired, reset).
 */
const BALANCE = '/snap-adapter/b2b2c/v1.0/balance-inquiry';
const AUTH_CODE = 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed';
const keyPair = () => generateKeyPairSync('rsa', { modulusLength: 2048 });

describe('the verified token cache', () => {
  it('when the same token is verified twice, then the second answer comes from the cache (same frozen claims)', () => {
    const { privateKey, publicKey } = keyPair();
    const token = signJwt(privateKey, { jti: 'a', clientId: 'X' });
    const first = verifyJwt(publicKey, token);
    expect(first).toMatchObject({ jti: 'a', clientId: 'X' });
    expect(Object.isFrozen(first)).toBe(true);
    expect(verifyJwt(publicKey, token)).toBe(first);
    expect(verifiedTokens(publicKey)?.size).toBe(1);
  });

  it('when a token is tampered with, signed by another key or checked with another key, then it is refused even though a sibling is cached', () => {
    const a = keyPair();
    const b = keyPair();
    const token = signJwt(a.privateKey, { jti: 'a' });
    expect(verifyJwt(a.publicKey, token)).toBeDefined();
    expect(verifyJwt(b.publicKey, token)).toBeUndefined();
    const [head, , sig] = token.split('.');
    const forged = `${head}.${Buffer.from(JSON.stringify({ jti: 'b' })).toString('base64url')}.${sig}`;
    expect(verifyJwt(a.publicKey, forged)).toBeUndefined();
    expect(verifyJwt(a.publicKey, signJwt(b.privateKey, { jti: 'c' }))).toBeUndefined();
    expect(verifiedTokens(a.publicKey)?.size).toBe(1);
    expect(verifiedTokens(b.publicKey)).toBeUndefined();
  });

  it('when more tokens than its capacity are added, then the least recently used go first', () => {
    const cache = new VerifiedTokens(3);
    for (const t of ['t1', 't2', 't3']) cache.add(t, { jti: t });
    cache.get('t1');
    cache.add('t4', { jti: 't4' });
    expect(cache.size).toBe(3);
    expect(cache.get('t2')).toBeUndefined();
    expect(cache.get('t1')).toEqual({ jti: 't1' });
    expect(cache.get('t4')).toEqual({ jti: 't4' });
    expect(VERIFIED_TOKENS_PER_KEY).toBeLessThanOrEqual(4096);
  });

  it('when a token is forgotten, then it is verified again on its next use', () => {
    const { privateKey, publicKey } = keyPair();
    const token = signJwt(privateKey, { jti: 'a' });
    const first = verifyJwt(publicKey, token);
    forgetJwt(publicKey, token);
    expect(verifiedTokens(publicKey)?.size).toBe(0);
    const again = verifyJwt(publicKey, token);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });

  it('when a used B2B token is superseded by a newer one, then it is refused (4011101) and dropped from the cache', async () => {
    const sb = await testSandbox();
    const c = clientFor(sb);
    const old = await c.getB2bToken();
    await c.getCustomerToken(AUTH_CODE);
    expect((await c.post(BALANCE, { partnerReferenceNo: 'cache-1' })).status).toBe(200);
    expect((await c.post(BALANCE, { partnerReferenceNo: 'cache-2' })).status).toBe(200);
    expect(verifiedTokens(sb.ctx.keys.publicKey)?.get(old)).toBeDefined();

    const fresh = await c.getB2bToken();
    expect(fresh).not.toBe(old);
    const refused = await c.post(BALANCE, { partnerReferenceNo: 'cache-3' }, { Authorization: `Bearer ${old}` });
    expect(refused.status).toBe(401);
    expect(refused.body.responseCode).toBe('4011101');
    expect(verifiedTokens(sb.ctx.keys.publicKey)?.get(old)).toBeUndefined();
    expect((await c.post(BALANCE, { partnerReferenceNo: 'cache-4' })).status).toBe(200);
  });

  it('when the sandbox is reset, then a cached token is refused and a new one works', async () => {
    const sb = await testSandbox();
    const c = clientFor(sb);
    const b2b = await c.getB2bToken();
    await c.getCustomerToken(AUTH_CODE);
    expect((await c.post(BALANCE, { partnerReferenceNo: 'reset-1' })).status).toBe(200);
    expect((await sb.http.post('/admin/reset').send({})).status).toBe(200);
    const refused = await c.post(BALANCE, { partnerReferenceNo: 'reset-2' }, { Authorization: `Bearer ${b2b}` });
    expect(refused.status).toBe(401);
    expect(refused.body.responseCode).toBe('4011101');
    await c.getB2bToken();
    await c.getCustomerToken(AUTH_CODE);
    expect((await c.post(BALANCE, { partnerReferenceNo: 'reset-3' })).status).toBe(200);
  });

  it('when a customer token expires after inactivity, then it is refused although its signature is cached', async () => {
    const { sb, client: c } = await signedIn();
    const customer = await c.getCustomerToken(AUTH_CODE);
    expect((await c.post(BALANCE, { partnerReferenceNo: 'exp-1' })).status).toBe(200);
    expect(verifiedTokens(sb.ctx.keys.publicKey)?.get(customer)).toBeDefined();
    sb.clock.advance(901);
    await c.getB2bToken();
    const refused = await c.post(BALANCE, { partnerReferenceNo: 'exp-2' });
    expect(refused.status).toBe(401);
    expect(refused.body.responseCode).toBe('4011101');
  });
});
