import { describe, expect, it, beforeEach } from '@jest/globals';
import { createSign, createPublicKey } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { clientFor, signedIn, testSandbox, type TestSandbox } from '../helpers/harness.js';
import { RICH } from '../helpers/personas.js';

const PATH = '/authorization/v1/access-token/b2b';

describe('POST /authorization/v1/access-token/b2b', () => {
  let sb: TestSandbox;
  beforeEach(async () => {
    sb = await testSandbox();
  });

  it('when signed with SHA256withRSA over clientId|timestamp by the shipped test key, then it issues a 900 s Bearer token', async () => {
    const timestamp = '2026-11-25T12:00:00+07:00';
    sb.clock.set(Date.parse(timestamp));
    const signature = createSign('RSA-SHA256').update(`${sb.partner.clientId}|${timestamp}`).sign(sb.partner.privateKeyPem, 'base64');
    const res = await sb.http
      .post(PATH)
      .set({ 'X-CLIENT-KEY': sb.partner.clientId, 'X-TIMESTAMP': timestamp, 'X-SIGNATURE': signature })
      .send({ grantType: 'client_credentials' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ responseCode: '2007300', responseMessage: 'Successful', tokenType: 'Bearer', expiresIn: 900 });
    const claims = jwt.verify(res.body.accessToken, createPublicKey(sb.ctx.keys.publicKeyPem), { algorithms: ['RS256'], ignoreExpiration: true }) as jwt.JwtPayload;
    expect(claims).toMatchObject({ iss: 'DOKU', clientId: sb.partner.clientId });
    expect(claims.exp! - claims.iat!).toBe(900);
    expect(typeof claims.jti).toBe('string');
  });

  it('when the signature is wrong, then 4017300 Invalid Signature and the journal holds the expected stringToSign', async () => {
    const client = clientFor(sb);
    const res = await client.tokenRequest(PATH, { grantType: 'client_credentials' }, { 'X-SIGNATURE': Buffer.alloc(256, 1).toString('base64') });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ responseCode: '4017300', responseMessage: 'Unauthorized. Invalid Signature' });
    const journal = await sb.http.get('/admin/journal?limit=1');
    expect(journal.body.entries[0].diagnostics.expectedStringToSign).toMatch(new RegExp(`^${sb.partner.clientId}\\|`));
  });

  it('when the client is unknown, then 4017300 Unknown Client', async () => {
    const res = await clientFor(sb).tokenRequest(PATH, { grantType: 'client_credentials' }, { 'X-CLIENT-KEY': 'BRN-9999-0000000000000' });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ responseCode: '4017300', responseMessage: 'Unauthorized. Unknown Client' });
  });

  it('when X-TIMESTAMP is outside the skew window, then 4017300 Invalid Timestamp', async () => {
    const stale = new Date(sb.clock.now() - 3600_000).toISOString();
    const res = await clientFor(sb).tokenRequest(PATH, { grantType: 'client_credentials' }, { 'X-TIMESTAMP': stale });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ responseCode: '4017300', responseMessage: 'Unauthorized. Invalid Timestamp' });
  });

  it('when X-TIMESTAMP is malformed, then 4007301 Invalid Field Format X-TIMESTAMP', async () => {
    const res = await clientFor(sb).tokenRequest(PATH, { grantType: 'client_credentials' }, { 'X-TIMESTAMP': '25/11/2026 12:00' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ responseCode: '4007301', responseMessage: 'Invalid Field Format X-TIMESTAMP' });
  });

  it('when grantType is missing or wrong, then 4007302 / 4007301 naming grantType', async () => {
    const missing = await clientFor(sb).tokenRequest(PATH, {});
    expect(missing.body).toEqual({ responseCode: '4007302', responseMessage: 'Invalid Mandatory Field grantType' });
    const wrong = await clientFor(sb).tokenRequest(PATH, { grantType: 'password' });
    expect(wrong.body).toEqual({ responseCode: '4007301', responseMessage: 'Invalid Field Format grantType' });
  });
});

describe('a transactional call with the B2B token', () => {
  it('when everything is signed, then balance inquiry answers 2001100 for the customer behind the token', async () => {
    const { client } = await signedIn({ customer: RICH });
    const res = await client.post('/snap-adapter/b2b2c/v1.0/balance-inquiry', { partnerReferenceNo: 'BAL-1' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ responseCode: '2001100', accountNo: '1140340010', name: 'Budi Santoso' });
    expect(res.body.accountInfos[0].availableBalance).toEqual({ value: '5000000.00', currency: 'IDR' });
  });
});
