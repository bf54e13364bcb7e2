import { beforeEach, describe, expect, it } from '@jest/globals';
import { createPublicKey } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { formatWib } from '../../src/lib/time.js';
import { clientFor, testSandbox, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { expectSnapError } from './assert-snap.js';

const PATH = '/authorization/v1/access-token/b2b2c';
const AUTH_CODE = 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed'; // seeded binding of wallet 1140340010
const BLOCKED_AUTH_CODE = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d'; // wallet 1140340013, BLOCKED
const WIB = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/;

describe('POST /authorization/v1/access-token/b2b2c', () => {
  let sb: TestSandbox;
  let c: SnapClient;
  beforeEach(async () => {
    sb = await testSandbox();
    c = clientFor(sb);
  });

  const verify = (token: string) =>
    jwt.verify(token, createPublicKey(sb.ctx.keys.publicKeyPem), { algorithms: ['RS256'], clockTimestamp: Math.floor(sb.clock.now() / 1000) }) as jwt.JwtPayload;

  it('when grantType is authorization_code with the seeded authCode, then 2007400 with both tokens and +07:00 expiry times', async () => {
    const now = sb.clock.now();
    const res = await c.tokenRequest(PATH, { grantType: 'authorization_code', authCode: AUTH_CODE });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ responseCode: '2007400', responseMessage: 'Successful', tokenType: 'Bearer' });
    expect(typeof res.body.accessToken).toBe('string');
    expect(typeof res.body.refreshToken).toBe('string');
    expect(res.body.accessTokenExpiryTime).toMatch(WIB);
    expect(res.body.refreshTokenExpiryTime).toMatch(WIB);
    // Whole seconds after the moment of issue, which falls between `now` and the answer.
    const after = sb.clock.now();
    expect([formatWib(now + 900_000), formatWib(after + 900_000)]).toContain(res.body.accessTokenExpiryTime);
    expect([formatWib(now + 15 * 24 * 3600_000), formatWib(after + 15 * 24 * 3600_000)]).toContain(res.body.refreshTokenExpiryTime);
  });

  it('then the access token is an RS256 JWT from the sandbox key with iss DOKU, clientId, accountId, iat, nbf, exp, jti', async () => {
    const res = await c.tokenRequest(PATH, { grantType: 'authorization_code', authCode: AUTH_CODE });
    const header = JSON.parse(Buffer.from(res.body.accessToken.split('.')[0], 'base64url').toString());
    expect(header.alg).toBe('RS256');
    const claims = verify(res.body.accessToken);
    expect(claims).toMatchObject({ iss: 'DOKU', clientId: sb.partner.clientId, accountId: '1140340010' });
    expect(claims.nbf).toBe(claims.iat);
    expect(claims.exp! - claims.iat!).toBe(900);
    expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(claims.exp).toBe(Date.parse(res.body.accessTokenExpiryTime) / 1000);
    const refresh = verify(res.body.refreshToken);
    expect(refresh).toMatchObject({ iss: 'DOKU', clientId: sb.partner.clientId, accountId: '1140340010' });
    expect(refresh.exp).toBe(Date.parse(res.body.refreshTokenExpiryTime) / 1000);
  });

  it('when a token is checked against another key, then it does not verify (it is signed by the sandbox key only)', async () => {
    const res = await c.tokenRequest(PATH, { grantType: 'authorization_code', authCode: AUTH_CODE });
    const partnerPublic = createPublicKey(sb.partner.privateKeyPem);
    expect(() => jwt.verify(res.body.accessToken, partnerPublic, { algorithms: ['RS256'] })).toThrow();
  });

  it('when the same authCode is used again, then it is accepted again (reusable while the binding lives)', async () => {
    const first = await c.tokenRequest(PATH, { grantType: 'authorization_code', authCode: AUTH_CODE });
    const second = await c.tokenRequest(PATH, { grantType: 'authorization_code', authCode: AUTH_CODE });
    expect(first.body.responseCode).toBe('2007400');
    expect(second.body.responseCode).toBe('2007400');
    expect(second.body.accessToken).not.toBe(first.body.accessToken);
  });

  it('when grantType is refresh_token with the refreshToken, then 2007400 and the new access token serves balance inquiry', async () => {
    const first = await c.tokenRequest(PATH, { grantType: 'authorization_code', authCode: AUTH_CODE });
    sb.clock.advance(1000); // the first access token has expired; the refresh token has not
    const refreshed = await c.tokenRequest(PATH, { grantType: 'refresh_token', refreshToken: first.body.refreshToken });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toMatchObject({ responseCode: '2007400', tokenType: 'Bearer' });
    expect(verify(refreshed.body.accessToken)).toMatchObject({ accountId: '1140340010' });
    await c.getB2bToken();
    c.customerToken = refreshed.body.accessToken;
    const balance = await c.post('/snap-adapter/b2b2c/v1.0/balance-inquiry', { partnerReferenceNo: 'R1' });
    expect(balance.body).toMatchObject({ responseCode: '2001100', accountNo: '1140340010' });
  });

  it('when a refresh token has been used, then it is retired: the newer refresh token works, the older one is 4017400', async () => {
    const first = await c.tokenRequest(PATH, { grantType: 'authorization_code', authCode: AUTH_CODE });
    const second = await c.tokenRequest(PATH, { grantType: 'refresh_token', refreshToken: first.body.refreshToken });
    expect(second.body.responseCode).toBe('2007400');
    expectSnapError(await c.tokenRequest(PATH, { grantType: 'refresh_token', refreshToken: first.body.refreshToken }), '4017400', 'Unauthorized. Invalid Refresh Token');
    expect((await c.tokenRequest(PATH, { grantType: 'refresh_token', refreshToken: second.body.refreshToken })).body.responseCode).toBe('2007400');
  });

  it('when the authCode is unknown, then 4017400 Unauthorized. Invalid Auth Code', async () => {
    const res = await c.tokenRequest(PATH, { grantType: 'authorization_code', authCode: '00000000-0000-4000-8000-000000000000' });
    expectSnapError(res, '4017400', 'Unauthorized. Invalid Auth Code');
  });

  it('when grantType is authorization_code without authCode, then 4007402 Invalid Mandatory Field authCode', async () => {
    const res = await c.tokenRequest(PATH, { grantType: 'authorization_code' });
    expectSnapError(res, '4007402', 'Invalid Mandatory Field authCode');
  });

  it('when grantType is refresh_token without refreshToken, then 4007402 Invalid Mandatory Field refreshToken', async () => {
    const res = await c.tokenRequest(PATH, { grantType: 'refresh_token' });
    expectSnapError(res, '4007402', 'Invalid Mandatory Field refreshToken');
  });

  it('when the refreshToken is not one the sandbox issued, then 4017400 Unauthorized. Invalid Refresh Token', async () => {
    const res = await c.tokenRequest(PATH, { grantType: 'refresh_token', refreshToken: 'eyJhbGciOiJSUzI1NiJ9.e30.AAAA' });
    expectSnapError(res, '4017400', 'Unauthorized. Invalid Refresh Token');
  });

  it('when the access token is sent as a refreshToken, then 4017400 Invalid Refresh Token', async () => {
    const first = await c.tokenRequest(PATH, { grantType: 'authorization_code', authCode: AUTH_CODE });
    const res = await c.tokenRequest(PATH, { grantType: 'refresh_token', refreshToken: first.body.accessToken });
    expectSnapError(res, '4017400', 'Unauthorized. Invalid Refresh Token');
  });

  it('when grantType is client_credentials, then 4007401 Invalid Field Format grantType', async () => {
    const res = await c.tokenRequest(PATH, { grantType: 'client_credentials' });
    expectSnapError(res, '4007401', 'Invalid Field Format grantType');
  });

  it('when the wallet behind the authCode is blocked, then 4037418 Inactive Card/Account/Customer', async () => {
    const res = await c.tokenRequest(PATH, { grantType: 'authorization_code', authCode: BLOCKED_AUTH_CODE });
    expectSnapError(res, '4037418', 'Inactive Card/Account/Customer');
  });

  it('when the RSA signature is wrong, then 4017400 Unauthorized. Invalid Signature', async () => {
    const res = await c.tokenRequest(PATH, { grantType: 'authorization_code', authCode: AUTH_CODE }, { 'X-SIGNATURE': Buffer.alloc(256, 7).toString('base64') });
    expectSnapError(res, '4017400', 'Unauthorized. Invalid Signature');
  });
});
