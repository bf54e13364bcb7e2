import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { signedIn, SnapClient, testSandbox, type TestSandbox } from '../helpers/harness.js';

/**
 * TOKEN_POLICY: latest-only (default; DOKU's "the latest access token is processed") retires a
 * client's previous token when it asks for a new one; concurrent keeps every token until its own
 * expiry, so two processes of one merchant (DOKU's Node SDK asks for a token as soon as it is
 * built) do not revoke each other. A partner may override the policy at registration.
 */
const BALANCE = '/snap-adapter/b2b2c/v1.0/balance-inquiry';
const RICH_AUTH_CODE = 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed';
const B2B2C_TOKEN = '/authorization/v1/access-token/b2b2c';

/** Two processes of one merchant: same credentials, each with its own tokens. */
async function twoProcesses(sb: TestSandbox, partner = sb.partner) {
  const first = new SnapClient(sb.app, partner, () => sb.clock.now());
  const second = new SnapClient(sb.app, partner, () => sb.clock.now());
  return { first, second };
}

async function bothWithTokens(first: SnapClient, second: SnapClient, authCode: string) {
  await first.getB2bToken();
  await first.getCustomerToken(authCode);
  await second.getB2bToken();
  await second.getCustomerToken(authCode);
}

const balance = (c: SnapClient) => c.post(BALANCE, {});

/** A customer token of the first process, used with a B2B token that is surely alive. */
async function customerOnly(customerOf: SnapClient, b2bOf: SnapClient) {
  const probe = new SnapClient(customerOf.app, customerOf.partner, customerOf.clock);
  probe.b2bToken = b2bOf.b2bToken;
  probe.customerToken = customerOf.customerToken;
  return balance(probe);
}

async function registerWithPolicy(sb: TestSandbox, tokenPolicy?: 'latest-only' | 'concurrent') {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const partner = { clientId: `BRN-0009-${Date.now()}`, clientSecret: 'SK-TEST-ONLY-policy-partner', privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
  const res = await sb.http.post('/admin/partners').send({
    clientId: partner.clientId,
    clientSecret: partner.clientSecret,
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    ...(tokenPolicy ? { tokenPolicy } : {}),
  });
  expect(res.status).toBe(201);
  const account = await sb.http.post('/admin/accounts').send({ name: 'Policy Customer', phoneNo: `6281${String(Date.now()).slice(-9)}`, pin: '580214', balance: '1000.00', bindTo: partner.clientId });
  expect(account.status).toBe(201);
  return { partner, authCode: account.body.bindings[0].authCode as string, view: res.body as Record<string, unknown> };
}

describe('TOKEN_POLICY=latest-only (the default)', () => {
  it('when a second process asks for tokens, then the first one\'s B2B and customer tokens are refused with 401', async () => {
    const sb = await testSandbox();
    const { first, second } = await twoProcesses(sb);
    await bothWithTokens(first, second, RICH_AUTH_CODE);
    const b2b = await balance(first);
    expect([b2b.status, b2b.body.responseCode, b2b.body.responseMessage]).toEqual([401, '4011101', 'Invalid Token (B2B)']);
    const customer = await customerOnly(first, second);
    expect([customer.status, customer.body.responseCode, customer.body.responseMessage]).toEqual([401, '4011101', 'Invalid Customer Token']);
    expect((await balance(second)).status).toBe(200);
  });

  it('when a second process gets customer tokens with the authCode, then the first one\'s refresh token is refused', async () => {
    const { client: first } = await signedIn();
    const firstRefresh = (await first.tokenRequest(B2B2C_TOKEN, { grantType: 'authorization_code', authCode: RICH_AUTH_CODE })).body.refreshToken;
    const second = await first.tokenRequest(B2B2C_TOKEN, { grantType: 'authorization_code', authCode: RICH_AUTH_CODE });
    expect(second.status).toBe(200);
    const refreshed = await first.tokenRequest(B2B2C_TOKEN, { grantType: 'refresh_token', refreshToken: firstRefresh });
    expect(refreshed.status).toBe(401);
  });
});

describe('TOKEN_POLICY=concurrent', () => {
  it('when two processes ask for tokens, then both processes\' B2B and customer tokens work', async () => {
    const sb = await testSandbox({ TOKEN_POLICY: 'concurrent' });
    const { first, second } = await twoProcesses(sb);
    await bothWithTokens(first, second, RICH_AUTH_CODE);
    expect((await balance(first)).body.responseCode).toBe('2001100');
    expect((await balance(second)).body.responseCode).toBe('2001100');
  });

  it('when one token goes unused past its lifetime, then it alone expires; the other process\'s keeps working', async () => {
    const sb = await testSandbox({ TOKEN_POLICY: 'concurrent' });
    const { first, second } = await twoProcesses(sb);
    await first.getB2bToken();
    await first.getCustomerToken(RICH_AUTH_CODE);
    sb.clock.advance(600);
    await second.getB2bToken();
    await second.getCustomerToken(RICH_AUTH_CODE);
    sb.clock.advance(400); // first's tokens: 1000 s unused; second's: 400 s
    const expired = await balance(first);
    expect([expired.status, expired.body.responseCode, expired.body.responseMessage]).toEqual([401, '4011101', 'Invalid Token (B2B)']);
    const expiredCustomer = await customerOnly(first, second);
    expect([expiredCustomer.status, expiredCustomer.body.responseCode, expiredCustomer.body.responseMessage]).toEqual([401, '4011101', 'Invalid Customer Token']);
    expect((await balance(second)).body.responseCode).toBe('2001100');
  });

  it('when each process holds a refresh token, then both may refresh, and a refresh token is spent once used', async () => {
    const { client: c } = await signedIn({ env: { TOKEN_POLICY: 'concurrent' } });
    const one = (await c.tokenRequest(B2B2C_TOKEN, { grantType: 'authorization_code', authCode: RICH_AUTH_CODE })).body.refreshToken;
    const two = (await c.tokenRequest(B2B2C_TOKEN, { grantType: 'authorization_code', authCode: RICH_AUTH_CODE })).body.refreshToken;
    expect((await c.tokenRequest(B2B2C_TOKEN, { grantType: 'refresh_token', refreshToken: one })).status).toBe(200);
    expect((await c.tokenRequest(B2B2C_TOKEN, { grantType: 'refresh_token', refreshToken: two })).status).toBe(200);
    expect((await c.tokenRequest(B2B2C_TOKEN, { grantType: 'refresh_token', refreshToken: one })).status).toBe(401);
  });
});

describe('tokenPolicy per partner (POST /admin/partners)', () => {
  it('when a partner registers with concurrent under the default latest-only, then its processes keep their tokens; the seeded partner\'s do not', async () => {
    const sb = await testSandbox();
    const { partner, authCode, view } = await registerWithPolicy(sb, 'concurrent');
    expect(view.tokenPolicy).toBe('concurrent');
    const { first, second } = await twoProcesses(sb, partner);
    await bothWithTokens(first, second, authCode);
    expect((await balance(first)).body.responseCode).toBe('2001100');
    expect((await customerOnly(first, second)).body.responseCode).toBe('2001100');

    const seeded = await twoProcesses(sb);
    await bothWithTokens(seeded.first, seeded.second, RICH_AUTH_CODE);
    expect((await balance(seeded.first)).status).toBe(401);
  });

  it('when a partner registers with latest-only under TOKEN_POLICY=concurrent, then its earlier tokens are retired', async () => {
    const sb = await testSandbox({ TOKEN_POLICY: 'concurrent' });
    const { partner, authCode } = await registerWithPolicy(sb, 'latest-only');
    const { first, second } = await twoProcesses(sb, partner);
    await bothWithTokens(first, second, authCode);
    expect((await balance(first)).status).toBe(401);
    expect((await customerOnly(first, second)).status).toBe(401);
    expect((await balance(second)).body.responseCode).toBe('2001100');
  });

  it('when a partner registers without tokenPolicy, then GET /admin/partners shows the sandbox\'s policy for it', async () => {
    const sb = await testSandbox({ TOKEN_POLICY: 'concurrent' });
    const { partner } = await registerWithPolicy(sb);
    const list = await sb.http.get('/admin/partners');
    expect(list.body.partners.find((p: { clientId: string }) => p.clientId === partner.clientId).tokenPolicy).toBe('concurrent');
  });

  it('when tokenPolicy is not one of the two, then 400 naming tokenPolicy and nothing is stored', async () => {
    const sb = await testSandbox();
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const res = await sb.http.post('/admin/partners').send({
      clientId: 'BRN-0009-BADPOLICY',
      clientSecret: 'SK-TEST-ONLY-policy-partner',
      publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      tokenPolicy: 'newest-wins',
    });
    expect(res.status).toBe(400);
    expect(res.body.responseCode).toBe('4000001');
    expect(res.body.responseMessage).toContain('tokenPolicy');
    expect(sb.ctx.store.partners.get('BRN-0009-BADPOLICY')).toBeUndefined();
  });
});
