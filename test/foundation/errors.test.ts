import { beforeEach, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createApp } from '../../src/app.js';
import type { SnapHandler } from '../../src/context.js';
import { SnapError } from '../../src/errors/snap-error.js';
import { fieldName } from '../../src/http/error-handler.js';
import type { Logger } from '../../src/lib/logger.js';
import { SNAP_HANDLERS } from '../../src/snap/index.js';
import { signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { expectSnapError } from './assert-snap.js';

/**
 * One error model: every failure leaves as {responseCode, responseMessage} (plus echoed fields),
 * with the HTTP status equal to the code's first three digits and the endpoint's service code.
 * expectSnapError checks the status, the code, the message and that no other key is present.
 */
const BALANCE = '/snap-adapter/b2b2c/v1.0/balance-inquiry'; // service 11
const TOKEN = '/authorization/v1/access-token/b2b'; // service 73
const AUTH_CODE = 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed';

describe('the error model', () => {
  let sb: TestSandbox;
  let c: SnapClient;
  beforeEach(async () => {
    ({ sb, client: c } = await signedIn({ env: { BODY_LIMIT_BYTES: '1024' }, customer: AUTH_CODE }));
  });

  /** A raw body with a full, correctly shaped set of SNAP headers (the signature is over the raw bytes). */
  function sendRaw(path: string, raw: string, contentType = 'application/json') {
    const headers = { ...c.headers(path, undefined), 'Content-Type': contentType };
    return request(sb.app).post(path).set(headers).send(raw);
  }

  describe('malformed requests', () => {
    it('when the JSON is malformed, then 400xx00 with the endpoint\'s service code (4001100 on balance, 4007300 on the B2B token)', async () => {
      expectSnapError(await sendRaw(BALANCE, '{"partnerReferenceNo": '), '4001100', 'Bad Request. Malformed JSON body');
      const token = await sb.http.post(TOKEN).set('Content-Type', 'application/json').send('{grantType: client_credentials}');
      expectSnapError(token, '4007300', 'Bad Request. Malformed JSON body');
    });

    it.each(['123', '"text"', 'null', 'true'])('when the JSON body is the scalar %s, then 4001100 Bad Request', async (raw) => {
      const res = await sendRaw(BALANCE, raw);
      expect(res.body.responseCode).toMatch(/^40011\d\d$/);
      expectSnapError(res, res.body.responseCode);
    });

    it('when the JSON body is an array, then 4001101 Invalid Field Format', async () => {
      const res = await sendRaw(BALANCE, '[]');
      expectSnapError(res, '4001101', /^Invalid Field Format/);
    });

    it('when the body is empty, then it counts as {} (body-parser), so a required field is named and nothing is a 500', async () => {
      const token = await sb.http.post(TOKEN).set('Content-Type', 'application/json').send('');
      expectSnapError(token, '4007302', 'Invalid Mandatory Field X-TIMESTAMP');
      const signed = await c.tokenRequest(TOKEN, '');
      expectSnapError(signed, '4007302', 'Invalid Mandatory Field grantType');
      const balance = await sendRaw(BALANCE, '');
      expect(balance.status).toBeLessThan(500);
    });

    it('when the path is unknown, then 404 SNAP-shaped with no service code (4040000)', async () => {
      expectSnapError(await sb.http.get('/no/such/thing'), '4040000', 'Not Found. No such endpoint');
      expectSnapError(await sb.http.post('/snap-adapter/b2b2c/v1.0/no-such-endpoint').send({}), '4040000', 'Not Found. No such endpoint');
      expectSnapError(await sb.http.delete('/admin/no-such-thing'), '4040000', 'Not Found. No such endpoint');
    });

    it('when the method is wrong, then 405xx00 with the endpoint\'s service code', async () => {
      expectSnapError(await sb.http.get(BALANCE), '4051100', 'Requested Function Is Not Supported');
      expectSnapError(await sb.http.put(TOKEN).send({}), '4057300', 'Requested Function Is Not Supported');
    });

    it('when the path has a trailing slash, then it is the same endpoint with the same service code', async () => {
      const res = await sendRaw(`${BALANCE}/`, '{');
      expectSnapError(res, '4001100', 'Bad Request. Malformed JSON body');
    });

    it('when the Content-Type is text/plain, then 415xx00', async () => {
      expectSnapError(await sendRaw(BALANCE, '{}', 'text/plain'), '4151100', 'Unsupported Media Type. Content-Type must be application/json');
    });

    it('when the charset is not UTF-8, then 415xx00', async () => {
      const res = await sendRaw(BALANCE, '{}', 'application/json; charset=latin1');
      expectSnapError(res, '4151100', /^Unsupported Media Type/);
    });

    it('when the body is over BODY_LIMIT_BYTES, then 413xx00 Payload Too Large', async () => {
      const big = JSON.stringify({ partnerReferenceNo: 'x', additionalInfo: { pad: 'x'.repeat(2000) } });
      expectSnapError(await sendRaw(BALANCE, big), '4131100', 'Payload Too Large');
    });
  });

  describe('field errors name the field', () => {
    it('when an array item is invalid, then 4001101 names it with its index (balanceTypes[0])', async () => {
      const body = { partnerReferenceNo: 'P1', balanceTypes: ['x'.repeat(40)] };
      expectSnapError(await c.post(BALANCE, body), '4001101', 'Invalid Field Format balanceTypes[0]');
    });

    it('when a nested object has the wrong type, then 4001101 names it (additionalInfo)', async () => {
      expectSnapError(await c.post(BALANCE, { partnerReferenceNo: 'P1', additionalInfo: 'x' }), '4001101', 'Invalid Field Format additionalInfo');
    });

    it('when an admin field breaks its pattern, then 400 names it (corporateBalance), with the admin service code 00', async () => {
      const res = await sb.http.post('/admin/partners').send({ clientId: 'BRN-X', clientSecret: 'secret-12345', publicKey: 'x', corporateBalance: '12.3' });
      expectSnapError(res, '4000001', 'Invalid Field Format corporateBalance');
    });

    it('when a header is missing or malformed, then it is named in upper case', async () => {
      expectSnapError(await c.post(BALANCE, {}, { 'X-PARTNER-ID': undefined }), '4001102', 'Invalid Mandatory Field X-PARTNER-ID');
      expectSnapError(await c.post(BALANCE, {}, { 'X-SIGNATURE': '' }), '4001101', 'Invalid Field Format X-SIGNATURE');
    });

    it.each([
      ['/body/amount/value', 'amount.value'],
      ['/body/additionalInfo/origin/0/source', 'additionalInfo.origin[0].source'],
      ['/body/items/2', 'items[2]'],
      ['/headers/x-external-id', 'X-EXTERNAL-ID'],
      ['/headers/authorization-customer', 'Authorization-Customer'],
      ['/query/pageSize', 'pageSize'],
      ['/body', 'request'],
      [undefined, 'request'],
    ])('fieldName(%p) → %p', (path, name) => {
      expect(fieldName(path)).toBe(name);
    });
  });

  describe('failures inside a handler', () => {
    function appWith(handler: SnapHandler, logged: { msg: string; fields?: Record<string, unknown> }[]) {
      const capture = (msg: string, fields?: Record<string, unknown>) => logged.push({ msg, fields });
      const log: Logger = { error: capture, warn: () => {}, info: () => {}, debug: () => {} };
      return createApp({ ...sb.ctx, log }, sb.spec, { ...SNAP_HANDLERS, balanceInquiry: handler }).app;
    }

    it('when a handler throws a plain Error, then 5001100 General Error with no stack in the body, and the stack in the log', async () => {
      const logged: { msg: string; fields?: Record<string, unknown> }[] = [];
      const app = appWith(() => {
        throw new Error('kaboom: secret internals');
      }, logged);
      const headers = c.headers(BALANCE, { partnerReferenceNo: 'P1' });
      const res = await request(app).post(BALANCE).set(headers).send({ partnerReferenceNo: 'P1' });
      expectSnapError(res, '5001100', 'General Error');
      expect(res.text).not.toMatch(/kaboom|at .*\.ts|stack/i);
      const entry = logged.find((l) => l.msg === 'unexpected error');
      expect(String(entry?.fields?.stack)).toContain('kaboom: secret internals');
    });

    it('when a handler throws a TypeError (a bug), then 5001100 too', async () => {
      const app = appWith((call) => ({ x: (call.body as { missing: { deeper: string } }).missing.deeper }), []);
      const res = await request(app).post(BALANCE).set(c.headers(BALANCE, {})).send({});
      expectSnapError(res, '5001100', 'General Error');
    });

    it('when a handler throws a SnapError with echoes, then the body is code + message + the echoed fields', async () => {
      const app = appWith((call) => {
        throw new SnapError('InsufficientFunds').withEcho({ partnerReferenceNo: call.body.partnerReferenceNo });
      }, []);
      const res = await request(app).post(BALANCE).set(c.headers(BALANCE, { partnerReferenceNo: 'P-ECHO' })).send({ partnerReferenceNo: 'P-ECHO' });
      expectSnapError(res, '4031114', 'Insufficient Funds', { partnerReferenceNo: 'P-ECHO' });
    });

    it('when a handler returns a body that breaks the response schema, then 5001100 General Error', async () => {
      const app = appWith(() => ({ accountNo: 12345 }), []);
      const res = await request(app).post(BALANCE).set(c.headers(BALANCE, {})).send({});
      expectSnapError(res, '5001100', 'General Error');
    });

    it('when a handler fails, then the store is rolled back (no half-done change survives)', async () => {
      const before = sb.ctx.store.partners.size;
      const app = appWith((call, ctx) => {
        ctx.store.partners.put({ ...call.partner, id: 'BRN-HALF-DONE' });
        throw new Error('after a write');
      }, []);
      const res = await request(app).post(BALANCE).set(c.headers(BALANCE, {})).send({});
      expect(res.status).toBe(500);
      expect(sb.ctx.store.partners.size).toBe(before);
      expect(sb.ctx.store.partners.get('BRN-HALF-DONE')).toBeUndefined();
    });
  });
});
