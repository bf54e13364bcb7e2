// SNAP signing with node:crypto only (Node 18+, no dependencies): Token B2B, Token B2B2C (RSA) and
// a Balance Inquiry (HMAC-SHA512). Copy the three functions into your app.
//   BASE_URL=http://localhost:8080 node examples/signing/sign.mjs
import { createHash, createHmac, createSign, randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';

const BASE_URL = process.env.BASE_URL ?? 'http://localhost:8080';
const CLIENT_ID = process.env.CLIENT_ID ?? 'BRN-0001-1732500000001';
const CLIENT_SECRET = process.env.CLIENT_SECRET ?? 'SK-TEST-ONLY-doku-snap-sandbox-default-secret';
const PRIVATE_KEY = readFileSync(process.env.PRIVATE_KEY ?? new URL('../../fixtures/keys/partner-default.TEST-ONLY.private.pem', import.meta.url), 'utf8');
const AUTH_CODE = process.env.AUTH_CODE ?? 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed';

/** X-TIMESTAMP in WIB without milliseconds, e.g. 2024-03-26T16:01:41+07:00 */
function snapTimestamp(date = new Date()) {
  return new Date(date.getTime() + 7 * 3600_000).toISOString().replace(/\.\d{3}Z$/, '+07:00');
}

/** Token endpoints: base64(SHA256withRSA(privateKey, clientId + "|" + timestamp)) */
function tokenSignature(clientId, timestamp) {
  return createSign('RSA-SHA256').update(`${clientId}|${timestamp}`).sign(PRIVATE_KEY, 'base64');
}

/** Everything else: base64(HMAC-SHA512(clientSecret, METHOD:path:b2bToken:lowerhex(sha256(body)):timestamp)) */
function transactionSignature(method, path, b2bToken, bodyText, timestamp) {
  const bodyHash = createHash('sha256').update(bodyText).digest('hex');
  return createHmac('sha512', CLIENT_SECRET).update(`${method}:${path}:${b2bToken}:${bodyHash}:${timestamp}`).digest('base64');
}

async function token(path, body) {
  const timestamp = snapTimestamp();
  const res = await fetch(`${BASE_URL}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CLIENT-KEY': CLIENT_ID, 'X-TIMESTAMP': timestamp, 'X-SIGNATURE': tokenSignature(CLIENT_ID, timestamp) },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${path}: ${JSON.stringify(json)}`);
  return json.accessToken;
}

const b2bToken = await token('/authorization/v1/access-token/b2b', { grantType: 'client_credentials' });
const customerToken = await token('/authorization/v1/access-token/b2b2c', { grantType: 'authorization_code', authCode: AUTH_CODE });

const path = '/snap-adapter/b2b2c/v1.0/balance-inquiry';
const bodyText = JSON.stringify({ partnerReferenceNo: `NODE-${Date.now()}`, additionalInfo: {} }); // sign exactly the bytes you send
const timestamp = snapTimestamp();
const res = await fetch(`${BASE_URL}${path}`, {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    Authorization: `Bearer ${b2bToken}`, // the B2B token is signed, also on /b2b2c/ paths
    'Authorization-Customer': `Bearer ${customerToken}`,
    'X-PARTNER-ID': CLIENT_ID,
    'X-EXTERNAL-ID': `${Date.now()}${randomInt(1e6)}`, // numeric, unique per partner per day
    'X-TIMESTAMP': timestamp,
    'X-SIGNATURE': transactionSignature('POST', path, b2bToken, bodyText, timestamp),
  },
  body: bodyText,
});
console.log(res.status, JSON.stringify(await res.json()));
if (!res.ok) process.exitCode = 1;
