import { beforeEach, describe, expect, it } from '@jest/globals';
import { createHash, createHmac } from 'node:crypto';
import request from 'supertest';
import { externalId, snapTimestamp } from '../../src/client/signing.js';
import { signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { expectSnapError } from './assert-snap.js';

/**
 * The transactional guard, over HTTP, against balance inquiry (service 11, customer token required).
 * Every expected answer is DOKU's code for the case; signature diagnostics are read from /admin/journal.
 */
const PATH = '/snap-adapter/b2b2c/v1.0/balance-inquiry';
const AUTH_CODE = 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed';
const BODY = { partnerReferenceNo: 'BAL-GUARD-1', additionalInfo: {} };

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const hmac = (secret: string, s: string) => createHmac('sha512', secret).update(s).digest('base64');

describe('the transactional guard on /snap-adapter/b2b2c/v1.0/balance-inquiry', () => {
  let sb: TestSandbox;
  let c: SnapClient;
  beforeEach(async () => {
    ({ sb, client: c } = await signedIn({ customer: AUTH_CODE }));
  });

  /** Signs `raw` (sent byte for byte) with a stringToSign built from the parts given. */
  function sendRaw(raw: string, sign: { path?: string; token?: string; bodyHash?: string; timestamp?: string } = {}, extra: Record<string, string> = {}) {
    const timestamp = sign.timestamp ?? c.timestamp();
    const stringToSign = `POST:${sign.path ?? PATH}:${sign.token ?? c.b2bToken}:${sign.bodyHash ?? sha256(raw.trim())}:${timestamp}`;
    return request(sb.app)
      .post(PATH)
      .set({
        'Content-Type': 'application/json',
        Authorization: `Bearer ${c.b2bToken}`,
        'Authorization-Customer': `Bearer ${c.customerToken}`,
        'X-PARTNER-ID': sb.partner.clientId,
        'X-EXTERNAL-ID': externalId(),
        'X-TIMESTAMP': timestamp,
        'X-SIGNATURE': hmac(sb.partner.clientSecret, stringToSign),
        ...extra,
      })
      .send(raw);
  }

  async function lastJournalEntry() {
    const res = await sb.http.get('/admin/journal?limit=1');
    expect(res.status).toBe(200);
    return res.body.entries[0];
  }

  it('when every header is right, then 2001100 (the baseline the other cases change one thing of)', async () => {
    const res = await c.post(PATH, BODY);
    expect(res.status).toBe(200);
    expect(res.body.responseCode).toBe('2001100');
  });

  describe('the B2B token', () => {
    it('when Authorization is missing, then 4011101 Invalid Token (B2B)', async () => {
      const res = await c.post(PATH, BODY, { Authorization: undefined });
      expectSnapError(res, '4011101', 'Invalid Token (B2B)');
    });

    it('when Authorization is not a Bearer token, then 4011101', async () => {
      const res = await c.post(PATH, BODY, { Authorization: 'Basic abc' });
      expectSnapError(res, '4011101', 'Invalid Token (B2B)');
    });

    it('when the token is garbage, then 4011101 Invalid Token (B2B)', async () => {
      const res = await c.post(PATH, BODY, { Authorization: 'Bearer not-a-token' });
      expectSnapError(res, '4011101', 'Invalid Token (B2B)');
    });

    it('when the token is a well-formed JWT this sandbox did not sign, then 4011101', async () => {
      const [h, p] = c.b2bToken!.split('.');
      const res = await c.post(PATH, BODY, { Authorization: `Bearer ${h}.${p}.AAAA` });
      expectSnapError(res, '4011101', 'Invalid Token (B2B)');
    });

    it('when the customer token is sent as the B2B token, then 4011101', async () => {
      const res = await c.post(PATH, BODY, { Authorization: `Bearer ${c.customerToken}` });
      expectSnapError(res, '4011101', 'Invalid Token (B2B)');
    });

    it('when X-PARTNER-ID differs from the client the token was issued to, then 4011100', async () => {
      const res = await c.post(PATH, BODY, { 'X-PARTNER-ID': 'BRN-0009-1732500000009' });
      expectSnapError(res, '4011100', 'Unauthorized. Invalid X-PARTNER-ID');
    });
  });

  describe('X-TIMESTAMP', () => {
    it('when it is outside the skew window, then 4011100 Unauthorized. Invalid Timestamp', async () => {
      const stale = snapTimestamp(new Date(sb.clock.now() - 3600_000));
      const res = await c.post(PATH, BODY, { 'X-TIMESTAMP': stale });
      expectSnapError(res, '4011100', 'Unauthorized. Invalid Timestamp');
      expect((await lastJournalEntry()).diagnostics.differs).toBe('timestamp');
    });

    it('when it is in the future beyond the window, then 4011100 Invalid Timestamp too', async () => {
      const ahead = snapTimestamp(new Date(sb.clock.now() + 3600_000));
      const res = await c.post(PATH, BODY, { 'X-TIMESTAMP': ahead });
      expectSnapError(res, '4011100', 'Unauthorized. Invalid Timestamp');
    });

    it.each(['25/11/2026 12:00', '2026-11-25T12:00:00', '2026-11-25 12:00:00+07:00', '1732500000', ''])(
      'when it is malformed (%p), then 4001101 Invalid Field Format X-TIMESTAMP',
      async (bad) => {
        const res = await c.post(PATH, BODY, { 'X-TIMESTAMP': bad });
        expectSnapError(res, '4001101', 'Invalid Field Format X-TIMESTAMP');
      },
    );

    it('when it is missing, then 4001102 Invalid Mandatory Field X-TIMESTAMP', async () => {
      const res = await c.post(PATH, BODY, { 'X-TIMESTAMP': undefined });
      expectSnapError(res, '4001102', 'Invalid Mandatory Field X-TIMESTAMP');
    });

    const shapes: [string, (ms: number) => string][] = [
      ['Z without milliseconds', (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')],
      ['Z with milliseconds (DOKU notification style)', (ms) => new Date(ms).toISOString()],
      ['+07:00 (DOKU SDK style)', (ms) => snapTimestamp(new Date(ms))],
      ['+07:00 with milliseconds', (ms) => snapTimestamp(new Date(ms)).replace('+07:00', '.123+07:00')],
      ['another offset (-05:00)', (ms) => new Date(ms - 5 * 3600_000).toISOString().replace(/\.\d{3}Z$/, '-05:00')],
    ];
    it.each(shapes)('when it is ISO-8601 with %s, then it is accepted', async (_name, format) => {
      const res = await c.post(PATH, BODY, { 'X-TIMESTAMP': format(sb.clock.now()) });
      expect(res.body.responseCode).toBe('2001100');
    });
  });

  describe('X-SIGNATURE', () => {
    it('when it is wrong, then 4011100 Unauthorized. Invalid Signature and the journal holds the expected stringToSign and body hash', async () => {
      const raw = JSON.stringify(BODY);
      const timestamp = c.timestamp();
      const res = await sendRaw(raw, { timestamp }, { 'X-SIGNATURE': hmac('some-other-secret', 'x') });
      expectSnapError(res, '4011100', 'Unauthorized. Invalid Signature');
      const entry = await lastJournalEntry();
      expect(entry).toMatchObject({ method: 'POST', path: PATH, partner: sb.partner.clientId, status: 401, responseCode: '4011100' });
      expect(entry.diagnostics.bodyHash).toBe(sha256(raw));
      // The journal masks tokens unless ?reveal=true; the revealed entry has the exact string.
      const revealed = (await sb.http.get('/admin/journal?limit=1&reveal=true')).body.entries[0];
      expect(revealed.diagnostics.expectedStringToSign).toBe(`POST:${PATH}:${c.b2bToken}:${sha256(raw)}:${timestamp}`);
      expect(entry.diagnostics.differs).toBeUndefined();
    });

    it('when the partner signed the path without /snap-adapter, then 401 and the journal says differs=path', async () => {
      const res = await sendRaw(JSON.stringify(BODY), { path: PATH.replace('/snap-adapter', '') });
      expectSnapError(res, '4011100', 'Unauthorized. Invalid Signature');
      expect((await lastJournalEntry()).diagnostics).toMatchObject({ differs: 'path' });
    });

    it('when the partner signed with the customer token instead of the B2B token, then 401 and differs=token', async () => {
      const res = await sendRaw(JSON.stringify(BODY), { token: c.customerToken });
      expectSnapError(res, '4011100', 'Unauthorized. Invalid Signature');
      expect((await lastJournalEntry()).diagnostics).toMatchObject({ differs: 'token' });
    });

    it('when the partner signed over the hash of an empty body, then 401 and differs=body', async () => {
      const res = await sendRaw(JSON.stringify(BODY), { bodyHash: sha256('') });
      expectSnapError(res, '4011100', 'Unauthorized. Invalid Signature');
      expect((await lastJournalEntry()).diagnostics).toMatchObject({ differs: 'body' });
    });

    it('when the body is sent pretty-printed and signed over the hash of the bytes sent, then it is accepted', async () => {
      const pretty = `${JSON.stringify(BODY, null, 2)}\n`;
      const res = await sendRaw(pretty, { bodyHash: sha256(pretty.trim()) });
      expect(res.status).toBe(200);
      expect(res.body.responseCode).toBe('2001100');
    });

    it('when the body is sent pretty-printed and signed over its minified form (DOKU Node SDK style), then it is accepted', async () => {
      const pretty = JSON.stringify(BODY, null, 4);
      const res = await sendRaw(pretty, { bodyHash: sha256(JSON.stringify(BODY)) });
      expect(res.status).toBe(200);
      expect(res.body.responseCode).toBe('2001100');
    });

    it('when the signature is signed with the right parts but another secret, then 4011100', async () => {
      const timestamp = c.timestamp();
      const raw = JSON.stringify(BODY);
      const res = await sendRaw(raw, { timestamp }, { 'X-SIGNATURE': hmac('wrong-secret', `POST:${PATH}:${c.b2bToken}:${sha256(raw)}:${timestamp}`) });
      expectSnapError(res, '4011100', 'Unauthorized. Invalid Signature');
    });
  });

  describe('X-EXTERNAL-ID', () => {
    it('when it is reused on the same day, then 4091100 Conflict, and a different one passes', async () => {
      const id = '41807553358950093184162180797837';
      const first = await c.post(PATH, BODY, { 'X-EXTERNAL-ID': id });
      expect(first.body.responseCode).toBe('2001100');
      const again = await c.post(PATH, BODY, { 'X-EXTERNAL-ID': id });
      expectSnapError(again, '4091100', 'Conflict');
      const other = await c.post(PATH, BODY, { 'X-EXTERNAL-ID': `${id.slice(0, -1)}8` });
      expect(other.body.responseCode).toBe('2001100');
    });

    it('when it is reused on the next Jakarta calendar day, then it is accepted again', async () => {
      const id = '1234567890';
      expect((await c.post(PATH, BODY, { 'X-EXTERNAL-ID': id })).body.responseCode).toBe('2001100');
      sb.clock.advance(24 * 3600);
      // The tokens would have expired meanwhile: get fresh ones at the new time.
      await c.getB2bToken();
      await c.getCustomerToken(AUTH_CODE);
      expect((await c.post(PATH, BODY, { 'X-EXTERNAL-ID': id })).body.responseCode).toBe('2001100');
    });

    it.each([
      ['non-numeric', 'ABC123'],
      ['37 digits', '1'.repeat(37)],
      ['empty', ''],
    ])('when it is %s, then 4001101 Invalid Field Format X-EXTERNAL-ID', async (_name, value) => {
      const res = await c.post(PATH, BODY, { 'X-EXTERNAL-ID': value });
      expectSnapError(res, '4001101', 'Invalid Field Format X-EXTERNAL-ID');
    });

    it('when it has exactly 36 digits, then it is accepted', async () => {
      const res = await c.post(PATH, BODY, { 'X-EXTERNAL-ID': '9'.repeat(36) });
      expect(res.body.responseCode).toBe('2001100');
    });

    it('when it is missing, then 4001102 Invalid Mandatory Field X-EXTERNAL-ID', async () => {
      const res = await c.post(PATH, BODY, { 'X-EXTERNAL-ID': undefined });
      expectSnapError(res, '4001102', 'Invalid Mandatory Field X-EXTERNAL-ID');
    });
  });

  describe('the customer token (Authorization-Customer)', () => {
    it('when it is missing on an endpoint that acts for a customer, then 4011101 Invalid Customer Token', async () => {
      const res = await c.post(PATH, BODY, { 'Authorization-Customer': undefined });
      expectSnapError(res, '4011101', 'Invalid Customer Token');
    });

    it('when it is invalid, then 4011101 Invalid Customer Token', async () => {
      const res = await c.post(PATH, BODY, { 'Authorization-Customer': 'Bearer garbage' });
      expectSnapError(res, '4011101', 'Invalid Customer Token');
    });

    it('when the B2B token is sent as the customer token, then 4011101', async () => {
      const res = await c.post(PATH, BODY, { 'Authorization-Customer': `Bearer ${c.b2bToken}` });
      expectSnapError(res, '4011101', 'Invalid Customer Token');
    });
  });

  describe('header names', () => {
    it('when every header name is lower case (authorization-customer as DOKU\'s PHP library sends it), then it is accepted', async () => {
      const headers = c.headers(PATH, BODY);
      const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
      expect(lower['authorization-customer']).toBeDefined();
      const res = await request(sb.app).post(PATH).set(lower).send(BODY);
      expect(res.body.responseCode).toBe('2001100');
    });

    it('when header names are in mixed case (Authorization-customer, x-Partner-Id), then it is accepted', async () => {
      const h = c.headers(PATH, BODY);
      const res = await request(sb.app)
        .post(PATH)
        .set({
          'content-type': 'application/json',
          AUTHORIZATION: h.Authorization!,
          'Authorization-customer': h['Authorization-Customer']!,
          'x-Partner-Id': h['X-PARTNER-ID']!,
          'x-external-ID': h['X-EXTERNAL-ID']!,
          'X-Timestamp': h['X-TIMESTAMP']!,
          'x-signature': h['X-SIGNATURE']!,
        })
        .send(BODY);
      expect(res.body.responseCode).toBe('2001100');
    });
  });

  it('when a request is refused by the guard, then its X-EXTERNAL-ID is not burnt if it never passed the signature', async () => {
    const id = '5550001';
    const bad = await c.post(PATH, BODY, { 'X-EXTERNAL-ID': id, 'X-SIGNATURE': hmac('x', 'y') });
    expect(bad.status).toBe(401);
    const good = await c.post(PATH, BODY, { 'X-EXTERNAL-ID': id });
    expect(good.body.responseCode).toBe('2001100');
  });
});
