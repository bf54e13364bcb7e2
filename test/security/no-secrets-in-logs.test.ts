import { Writable } from 'node:stream';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/lib/logger.js';
import { AdjustableClock } from '../../src/lib/time.js';
import { buildSandbox } from '../../src/server.js';
import { asTestSandbox, clientFor, type TestSandbox } from '../helpers/harness.js';
import { creationBody, newPhone, otpFor, P, pathOf, ref, submitForm } from '../helpers/account-journey.js';

/**
 * A whole partner flow at LOG_LEVEL=debug, with the logger's output captured: no client secret,
 * token, signature, authCode, OTP or PIN may appear in it. The journal masks the same values
 * unless read with ?reveal=true.
 */
const PIN = '271828';
const ADMIN_PIN = '583920';
const SECOND_SECRET = 'SK-TEST-ONLY-log-test-second-secret';

let logged = '';
let sb: TestSandbox;
const secrets = new Map<string, string>();

beforeAll(async () => {
  const out = new Writable({
    write(chunk, _enc, done) {
      logged += chunk.toString();
      done();
    },
  });
  const clock = new AdjustableClock();
  const sandbox = await buildSandbox(loadConfig({ LOG_LEVEL: 'debug', VALIDATE_RESPONSES: 'true' }), { log: createLogger('debug', out, false), clock });
  const seed = sandbox.ctx.seed.partners[0]!;
  sb = asTestSandbox(sandbox);
  const c = clientFor(sb);
  secrets.set('client secret', seed.clientSecret);
  secrets.set('B2B token', await c.getB2bToken());

  // Registration: OTP, then the Create-PIN page with a PIN.
  const creation = creationBody();
  const created = await c.post(P.create, creation);
  expect(created.body).toMatchObject({ responseCode: '2000600' });
  const otp = await otpFor(sb, created.body.referenceNo);
  secrets.set('OTP', otp);
  const verified = await c.post(P.verify, { originalPartnerReferenceNo: creation.partnerReferenceNo, originalReferenceNo: created.body.referenceNo, otp });
  expect(verified.status).toBe(200);
  const pageToken = verified.body.qparams.token as string;
  secrets.set('page token', pageToken);
  const pinPage = `${pathOf(verified.body.qparamsURL)}?token=${encodeURIComponent(pageToken)}`;
  const page = await sb.http.get(pinPage);
  const pinned = await submitForm(sb, pinPage, page.text, { pin: PIN, confirmPin: PIN });
  expect(pinned.status).toBe(302);
  const accountId = new URL(pinned.headers.location!).searchParams.get('accountId')!;

  // Binding consent with the PIN → authCode → customer token → balance.
  const bound = await c.post(P.bind, { partnerReferenceNo: ref(), redirectUrl: 'https://partner.example.com/cb', successParams: { accountId } });
  expect(bound.status).toBe(200);
  const consentPage = pathOf(bound.body.nextAction);
  const consentHtml = await sb.http.get(consentPage);
  const consented = await submitForm(sb, consentPage, consentHtml.text, { pin: PIN });
  expect(consented.status).toBe(302);
  const authCode = new URL(consented.headers.location!).searchParams.get('authCode')!;
  secrets.set('authCode', authCode);
  secrets.set('customer token', await c.getCustomerToken(authCode));
  expect((await c.post(P.balance, { partnerReferenceNo: ref() })).status).toBe(200);

  // Money, a refused signature (diagnostics carry the stringToSign), admin calls carrying secrets.
  c.customerToken = undefined;
  const topUp = { partnerReferenceNo: ref(), customerNumber: '1140340010', amount: { value: '10000.00', currency: 'IDR' } };
  expect((await c.post('/snap-adapter/b2b/v1.0/emoney/topup', topUp)).status).toBe(200);
  const badSig = await c.post('/snap-adapter/b2b/v1.0/emoney/topup', { ...topUp, partnerReferenceNo: ref() }, { 'X-SIGNATURE': 'A'.repeat(86) + '==' });
  expect(badSig.status).toBe(401);
  const second = await sb.http.post('/admin/partners').send({ clientId: 'BRN-0009-1732500000009', clientSecret: SECOND_SECRET, publicKey: seed.publicKeyPem });
  expect(second.status).toBe(201);
  secrets.set('second client secret', SECOND_SECRET);
  const adminWallet = await sb.http.post('/admin/accounts').send({ name: 'Admin Made', phoneNo: newPhone(), pin: ADMIN_PIN, balance: '1000.00' });
  expect(adminWallet.status).toBe(201);
});

/** Every place a value could show up: as is, URL-encoded, or the body of a Bearer header. */
function occurrences(text: string, value: string): boolean {
  return text.includes(value) || text.includes(encodeURIComponent(value));
}

describe('log output', () => {
  test('the flow was logged at all (one line per request at least)', () => {
    expect(logged.split('\n').filter((l) => l.includes('"msg":"request"')).length).toBeGreaterThan(10);
  });

  test('holds no client secret, token, page token, authCode or OTP', () => {
    const leaked = [...secrets].filter(([, value]) => occurrences(logged, value)).map(([name]) => name);
    expect(leaked).toEqual([]);
  });

  test('holds no PIN in any form field or value', () => {
    expect(logged).not.toMatch(new RegExp(`\\b(${PIN}|${ADMIN_PIN})\\b`));
  });

  test('holds no signature, JWT or private key', () => {
    expect(logged).not.toMatch(/[A-Za-z0-9+/]{80,}={0,2}/); // base64 HMAC-SHA512 (88) and RSA (344) signatures
    expect(logged).not.toMatch(/eyJ[\w-]{10,}\.[\w-]{10,}\./);
    expect(logged).not.toMatch(/PRIVATE KEY/);
  });
});

describe('the journal', () => {
  test('masks secrets, tokens, authCodes, OTPs and PINs by default', async () => {
    const res = await sb.http.get('/admin/journal?limit=1000');
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    expect(res.body.entries.length).toBeGreaterThan(10);
    const leaked = [...secrets].filter(([, value]) => occurrences(text, value)).map(([name]) => name);
    expect(leaked).toEqual([]);
    expect(text).not.toMatch(new RegExp(`\\b(${PIN}|${ADMIN_PIN})\\b`));
    expect(text).not.toMatch(/[A-Za-z0-9+/]{80,}={0,2}/);
  });

  test('shows them with ?reveal=true', async () => {
    const res = await sb.http.get('/admin/journal?limit=1000&reveal=true');
    const text = JSON.stringify(res.body);
    expect(text).toContain(secrets.get('B2B token'));
    expect(text).toContain(secrets.get('OTP'));
    expect(text).toContain(PIN);
  });
});
