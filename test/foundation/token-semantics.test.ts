import { describe, expect, it } from '@jest/globals';
import { clientFor, signedIn, testSandbox, type SnapClient } from '../helpers/harness.js';
import { expectSnapError } from './assert-snap.js';

/**
 * DOKU's session rules, moved by the injected clock (sb.clock.advance), never by waiting:
 * a token lives TOKEN_TTL_SECONDS of inactivity, each successful use slides it, and a newer token
 * replaces the older one per client (B2B) or per client + account (B2B2C).
 */
const PATH = '/snap-adapter/b2b2c/v1.0/balance-inquiry';
const RICH = 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed'; // 1140340010
const EMPTY = '0d3c2f1e-5b6a-4c7d-8e9f-a0b1c2d3e4f5'; // 1140340011

async function ready(env: Record<string, string> = {}) {
  const { sb, client: c } = await signedIn({ env, customer: RICH });
  return { sb, c };
}

function balance(c: SnapClient, tokens: { b2b?: string; customer?: string } = {}) {
  const saved = { b2b: c.b2bToken, customer: c.customerToken };
  c.b2bToken = tokens.b2b ?? saved.b2b;
  c.customerToken = tokens.customer ?? saved.customer;
  try {
    return c.post(PATH, { partnerReferenceNo: 'BAL-SEM' });
  } finally {
    c.b2bToken = saved.b2b;
    c.customerToken = saved.customer;
  }
}

describe('token lifetime (TOKEN_TTL_SECONDS, default 900)', () => {
  it('when a B2B token is unused for 900 s, then it is refused with 4011101 Invalid Token (B2B)', async () => {
    const { sb, c } = await ready();
    sb.clock.advance(900);
    expectSnapError(await balance(c), '4011101', 'Invalid Token (B2B)');
  });

  it('when a B2B token is unused for 899 s, then it still works', async () => {
    const { sb, c } = await ready();
    sb.clock.advance(899);
    expect((await balance(c)).body.responseCode).toBe('2001100');
  });

  it('when a token is used at 800 s, then its expiry slides and it is still valid at 1600 s, and expires 900 s after the last use', async () => {
    const { sb, c } = await ready();
    sb.clock.advance(800);
    expect((await balance(c)).body.responseCode).toBe('2001100');
    sb.clock.advance(800); // t = 1600 s: 800 s after the last use
    expect((await balance(c)).body.responseCode).toBe('2001100');
    sb.clock.advance(900); // t = 2500 s: 900 s after the last use
    expectSnapError(await balance(c), '4011101', 'Invalid Token (B2B)');
  });

  it('when only the customer token has expired (a fresh B2B token is used), then 4011101 Invalid Customer Token', async () => {
    const { sb, c } = await ready();
    sb.clock.advance(900);
    await c.getB2bToken();
    expectSnapError(await balance(c), '4011101', 'Invalid Customer Token');
  });

  it('when a call is refused by the guard, then the token does not slide', async () => {
    const { sb, c } = await ready();
    sb.clock.advance(800);
    const refused = await c.post(PATH, { partnerReferenceNo: 'X' }, { 'X-SIGNATURE': 'AAAA' });
    expect(refused.status).toBe(401);
    sb.clock.advance(100);
    expectSnapError(await balance(c), '4011101', 'Invalid Token (B2B)');
  });

  it('when TOKEN_TTL_SECONDS=60, then expiresIn is 60, the customer token expires 60 s out, and both die after 60 s idle', async () => {
    const sb = await testSandbox({ TOKEN_TTL_SECONDS: '60' });
    const c = clientFor(sb);
    const b2b = await c.tokenRequest('/authorization/v1/access-token/b2b', { grantType: 'client_credentials' });
    expect(b2b.body).toMatchObject({ responseCode: '2007300', expiresIn: 60 });
    c.b2bToken = b2b.body.accessToken;
    const b2b2c = await c.tokenRequest('/authorization/v1/access-token/b2b2c', { grantType: 'authorization_code', authCode: RICH });
    c.customerToken = b2b2c.body.accessToken;
    expect(Date.parse(b2b2c.body.accessTokenExpiryTime) - Math.floor(sb.clock.now() / 1000) * 1000).toBe(60_000);
    sb.clock.advance(59);
    expect((await balance(c)).body.responseCode).toBe('2001100');
    sb.clock.advance(60);
    expectSnapError(await balance(c), '4011101', 'Invalid Token (B2B)');
  });
});

describe('newest token wins', () => {
  it('when a new B2B token is issued, then the older one is refused with 4011101 and the newer one works', async () => {
    const { c } = await ready();
    const older = c.b2bToken!;
    const newer = await c.getB2bToken();
    expect(newer).not.toBe(older);
    expectSnapError(await balance(c, { b2b: older }), '4011101', 'Invalid Token (B2B)');
    expect((await balance(c, { b2b: newer })).body.responseCode).toBe('2001100');
  });

  it('when a new B2B2C token is issued for the same client and account, then the older one is refused with 4011101 and the newer one works', async () => {
    const { c } = await ready();
    const older = c.customerToken!;
    const newer = await c.getCustomerToken(RICH);
    expect(newer).not.toBe(older);
    expectSnapError(await balance(c, { customer: older }), '4011101', 'Invalid Customer Token');
    expect((await balance(c, { customer: newer })).body.responseCode).toBe('2001100');
  });

  it('when a B2B2C token is issued for another account of the same client, then the first account\'s token still works', async () => {
    const { c } = await ready();
    const rich = c.customerToken!;
    const empty = await c.getCustomerToken(EMPTY);
    const richRes = await balance(c, { customer: rich });
    expect(richRes.body).toMatchObject({ responseCode: '2001100', accountNo: '1140340010' });
    const emptyRes = await balance(c, { customer: empty });
    expect(emptyRes.body).toMatchObject({ responseCode: '2001100', accountNo: '1140340011' });
  });

  it('when a new B2B token is issued, then existing customer tokens stay valid (they are per account, not per B2B session)', async () => {
    const { c } = await ready();
    await c.getB2bToken();
    expect((await balance(c)).body.responseCode).toBe('2001100');
  });
});
