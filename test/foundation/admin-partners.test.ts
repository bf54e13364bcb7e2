import { beforeEach, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { SnapClient, testSandbox, type TestSandbox } from '../helpers/harness.js';
import { expectSnapError } from './assert-snap.js';

/** POST /admin/partners registers a partner at runtime; the partner then signs with its own keys. */
const BALANCE = '/snap-adapter/b2b2c/v1.0/balance-inquiry';
const TOKEN = '/authorization/v1/access-token/b2b';

function rsaPair() {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

describe('POST /admin/partners', () => {
  let sb: TestSandbox;
  beforeEach(async () => {
    sb = await testSandbox();
  });

  const register = (body: Record<string, unknown>) => sb.http.post('/admin/partners').send(body);
  const clientOf = (clientId: string, clientSecret: string, privateKeyPem: string) =>
    new SnapClient(sb.app, { clientId, clientSecret, privateKeyPem }, () => sb.clock.now());

  it('when a partner registers with a fresh RSA-2048 key, then 201 with the secret masked, and it can get a token and pass the guard with its own HMAC secret', async () => {
    const keys = rsaPair();
    const secret = 'SK-TEST-second-partner-secret-0002';
    const res = await register({ clientId: 'BRN-0002-1732500000002', clientSecret: secret, publicKey: keys.publicKey, notificationUrl: 'http://localhost:9000/notify', corporateBalance: '500000.00' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ clientId: 'BRN-0002-1732500000002', publicKey: keys.publicKey, notificationUrl: 'http://localhost:9000/notify', corporateBalance: '500000.00' });
    expect(res.body.clientSecret).not.toContain(secret);
    expect(res.body.clientSecret).toMatch(/masked/);
    expect(JSON.stringify(res.body)).not.toContain(secret);

    const partner = clientOf('BRN-0002-1732500000002', secret, keys.privateKey);
    await partner.getB2bToken();
    // No binding for this partner, hence no customer token: 4011101 Invalid Customer Token proves the token, the partner id
    // and the HMAC over the new secret were all accepted (the guard checks those first).
    expectSnapError(await partner.post(BALANCE, { partnerReferenceNo: 'P2' }), '4011101', 'Invalid Customer Token');
    // The same call signed with the default partner's secret is refused.
    const wrongSecret = clientOf('BRN-0002-1732500000002', sb.partner.clientSecret, keys.privateKey);
    wrongSecret.b2bToken = partner.b2bToken;
    expectSnapError(await wrongSecret.post(BALANCE, { partnerReferenceNo: 'P3' }), '4011100', 'Unauthorized. Invalid Signature');
  });

  it('when another partner presents the default partner\'s authCode, then 4017400 Invalid Auth Code (a binding belongs to one partner)', async () => {
    const keys = rsaPair();
    await register({ clientId: 'BRN-0005-1732500000005', clientSecret: 'secret-five-12345', publicKey: keys.publicKey });
    const other = clientOf('BRN-0005-1732500000005', 'secret-five-12345', keys.privateKey);
    const res = await other.tokenRequest('/authorization/v1/access-token/b2b2c', { grantType: 'authorization_code', authCode: 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed' });
    expectSnapError(res, '4017400', 'Unauthorized. Invalid Auth Code');
  });

  it('when registered, then GET /admin/partners lists it next to the default partner, secrets masked', async () => {
    const keys = rsaPair();
    await register({ clientId: 'BRN-0003-1732500000003', clientSecret: 'another-secret-3', publicKey: keys.publicKey, authCodeKey: '0123456789abcdef' });
    const res = await sb.http.get('/admin/partners');
    expect(res.status).toBe(200);
    const ids = res.body.partners.map((p: { clientId: string }) => p.clientId);
    expect(ids).toEqual(expect.arrayContaining([sb.partner.clientId, 'BRN-0003-1732500000003']));
    expect(JSON.stringify(res.body)).not.toContain('another-secret-3');
    expect(JSON.stringify(res.body)).not.toContain(sb.partner.clientSecret);
    expect(JSON.stringify(res.body)).not.toContain('0123456789abcdef');
  });

  it('when the publicKey is not a PEM key, then 4000001 Invalid Field Format publicKey', async () => {
    const res = await register({ clientId: 'BRN-X', clientSecret: 'secret-123456', publicKey: '-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----\n' });
    expectSnapError(res, '4000001', 'Invalid Field Format publicKey');
  });

  it('when the publicKey is a valid key but not RSA, then 4000001 Invalid Field Format publicKey', async () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    const res = await register({ clientId: 'BRN-X', clientSecret: 'secret-123456', publicKey: ec.publicKey });
    expectSnapError(res, '4000001', 'Invalid Field Format publicKey');
  });

  it('when the publicKey is the private key, then it is refused and nothing is stored (a private key must never be registered)', async () => {
    const keys = rsaPair();
    const res = await register({ clientId: 'BRN-PRIV', clientSecret: 'secret-123456', publicKey: keys.privateKey });
    expectSnapError(res, '4000001', 'Invalid Field Format publicKey');
    expect(sb.ctx.store.partners.get('BRN-PRIV')).toBeUndefined();
  });

  it.each(['clientId', 'clientSecret', 'publicKey'])('when %s is missing, then 4000002 Invalid Mandatory Field naming it', async (field) => {
    const body: Record<string, unknown> = { clientId: 'BRN-X', clientSecret: 'secret-123456', publicKey: rsaPair().publicKey };
    delete body[field];
    expectSnapError(await register(body), '4000002', `Invalid Mandatory Field ${field}`);
  });

  it('when the same clientId registers again with a new key, then it replaces the old one: the old key no longer gets tokens, the new one does', async () => {
    const first = rsaPair();
    const second = rsaPair();
    expect((await register({ clientId: 'BRN-0004-1732500000004', clientSecret: 'secret-one-1234', publicKey: first.publicKey, name: 'Shop' })).status).toBe(201);
    const replaced = await register({ clientId: 'BRN-0004-1732500000004', clientSecret: 'secret-two-1234', publicKey: second.publicKey });
    expect(replaced.status).toBe(201);
    expect(replaced.body.publicKey).toBe(second.publicKey);
    expect(replaced.body.name).toBe('Shop');
    expect((await sb.http.get('/admin/partners')).body.partners.filter((p: { clientId: string }) => p.clientId === 'BRN-0004-1732500000004')).toHaveLength(1);

    const old = await clientOf('BRN-0004-1732500000004', 'secret-one-1234', first.privateKey).tokenRequest(TOKEN, { grantType: 'client_credentials' });
    expectSnapError(old, '4017300', 'Unauthorized. Invalid Signature');
    const fresh = clientOf('BRN-0004-1732500000004', 'secret-two-1234', second.privateKey);
    await fresh.getB2bToken();
    expectSnapError(await fresh.post(BALANCE, {}), '4011101', 'Invalid Customer Token');
  });

  it('when the default partner is replaced, then its seeded binding still yields customer tokens for the new key', async () => {
    const keys = rsaPair();
    await register({ clientId: sb.partner.clientId, clientSecret: 'replaced-secret-0001', publicKey: keys.publicKey });
    const c = clientOf(sb.partner.clientId, 'replaced-secret-0001', keys.privateKey);
    await c.getB2bToken();
    await c.getCustomerToken('cfb5de1a-6a40-40e0-8549-0634bcaed8ed');
    expect((await c.post(BALANCE, { partnerReferenceNo: 'R' })).body.responseCode).toBe('2001100');
  });
});

describe('ADMIN_TOKEN', () => {
  it('when set, then /admin without the bearer → 401, with a wrong one → 401, with it → 200; SNAP endpoints are unaffected', async () => {
    const sb = await testSandbox({ ADMIN_TOKEN: 'qa-admin-token' });
    const none = await sb.http.get('/admin/journal');
    expect(none.status).toBe(401);
    expectSnapError(none, '4010000', /^Unauthorized/);
    expect((await sb.http.get('/admin/partners').set('Authorization', 'Bearer nope')).status).toBe(401);
    const ok = await sb.http.get('/admin/journal').set('Authorization', 'Bearer qa-admin-token');
    expect(ok.status).toBe(200);
    expect((await sb.http.get('/admin/partners').set('Authorization', 'bearer qa-admin-token')).status).toBe(200);
    expect((await sb.http.get('/health')).status).toBe(200);
  });

  it('when set and the bearer is missing, then even an invalid admin body gets 401 (no validation detail leaks before auth)', async () => {
    const sb = await testSandbox({ ADMIN_TOKEN: 'qa-admin-token' });
    const res = await sb.http.post('/admin/partners').send({ nope: true });
    expect(res.status).toBe(401);
  });

  it('when unset, then /admin is open', async () => {
    const sb = await testSandbox();
    expect((await sb.http.get('/admin/partners')).status).toBe(200);
  });
});
