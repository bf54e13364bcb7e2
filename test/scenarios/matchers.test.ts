import { beforeEach, describe, expect, it } from '@jest/globals';
import { clientFor, signedClient, SnapClient, testSandbox, type TestSandbox } from '../helpers/harness.js';
import { RICH } from '../helpers/personas.js';
import { activate, BALANCE, TOKEN_B2B } from '../helpers/scenarios.js';

const ACCOUNT_CREATION = '/snap-adapter/b2b/v1.0/registration-account-creation';
const TOPUP = '/snap-adapter/b2b/v1.0/emoney/topup';
const EMPTY_AUTH_CODE = '0d3c2f1e-5b6a-4c7d-8e9f-a0b1c2d3e4f5';
const REFUSE = { snapError: { kind: 'DoNotHonor' } };

let sb: TestSandbox;
beforeEach(async () => {
  sb = await testSandbox();
});

const scenario = (match: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ name: 'matcher-under-test', rules: [{ name: 'r', match, effect: REFUSE, ...extra }] });
/** A B2B token call; a new token replaces the client's earlier one (DOKU keeps only the latest), so the client keeps it. */
const token = async (c: SnapClient = clientFor(sb)) => {
  const res = await c.tokenRequest(TOKEN_B2B, { grantType: 'client_credentials' });
  if (res.status === 200) c.b2bToken = res.body.accessToken as string;
  return res.status;
};
let seq = 0;
const balance = async (c: SnapClient, headers: Record<string, string> = {}, body: Record<string, unknown> = {}) =>
  (await c.post(BALANCE, { partnerReferenceNo: `BAL-${++seq}`, ...body }, headers)).status;
const uses = async () => (await sb.http.get('/admin/scenarios')).body.scenarios[0].rules[0] as { matched: number; uses: number; exhausted: boolean };

describe('endpoint, path and method matchers', () => {
  it('when a rule names an operationId, then only that endpoint is refused', async () => {
    const c = await signedClient(sb, RICH);
    await activate(sb, scenario({ endpoint: 'balanceInquiry' }));
    expect(await balance(c)).toBe(403);
    expect(await token()).toBe(200);
  });

  it('when the operationId is a glob, then every endpoint it covers matches', async () => {
    await activate(sb, scenario({ endpoint: 'token*' }));
    expect(await token()).toBe(403);
    expect((await clientFor(sb).tokenRequest('/authorization/v1/access-token/b2b2c', { grantType: 'authorization_code', authCode: 'x' })).status).toBe(403);
  });

  it('when a path is exact, or a glob with * (one segment) or ** (any depth), then it matches accordingly', async () => {
    const c = await signedClient(sb, RICH);
    await activate(sb, scenario({ path: '/authorization/v1/access-token/b2b' }));
    expect([await token(c), await balance(c)]).toEqual([403, 200]);
    await activate(sb, scenario({ path: '/snap-adapter/*/v1.0/balance-inquiry' }));
    expect([await token(c), await balance(c)]).toEqual([200, 403]);
    await activate(sb, scenario({ path: '/snap-adapter/*' }));
    expect(await balance(c)).toBe(200);
    await activate(sb, scenario({ path: ['/nothing', '/snap-adapter/**'] }));
    expect([await token(c), await balance(c)]).toEqual([200, 403]);
  });

  it('when a rule names a method, then it matches without regard to case', async () => {
    await activate(sb, scenario({ method: 'GET' }));
    expect(await token()).toBe(200);
    await activate(sb, scenario({ method: 'post' }));
    expect(await token()).toBe(403);
  });
});

describe('partner, account and phone matchers', () => {
  it('when a rule names a partner, then another partner is served normally', async () => {
    const seed = sb.ctx.seed.partners[0]!;
    const other = { clientId: 'BRN-0009-1732500000009', clientSecret: 'SK-TEST-ONLY-partner-nine', privateKeyPem: seed.privateKeyPem! };
    const reg = await sb.http.post('/admin/partners').send({ clientId: other.clientId, clientSecret: other.clientSecret, publicKey: seed.publicKeyPem });
    expect(reg.status).toBe(201);
    await activate(sb, scenario({ partner: other.clientId, endpoint: 'tokenB2b' }));
    expect(await token(new SnapClient(sb.app, other, () => sb.clock.now()))).toBe(403);
    expect(await token()).toBe(200);
  });

  it('when a rule names an account, then it matches the accountId behind the customer token', async () => {
    const rich = await signedClient(sb, RICH);
    const empty = clientFor(sb);
    empty.b2bToken = rich.b2bToken;
    await empty.getCustomerToken(EMPTY_AUTH_CODE);
    await activate(sb, scenario({ account: '1140340011' }));
    expect(await balance(empty)).toBe(403);
    expect(await balance(rich)).toBe(200);
  });

  it('when a rule names a phone, then it matches phoneNo in the body, written 08…, +62… or 62…', async () => {
    const c = await signedClient(sb);
    await activate(sb, scenario({ phone: '081299990001', endpoint: 'accountCreation' }));
    const create = (phoneNo: string) =>
      c.post(ACCOUNT_CREATION, { partnerReferenceNo: `REG-${++seq}`, name: 'Test', email: 't@example.com', phoneNo, redirectUrl: 'https://partner.example/done' });
    expect((await create('6281299990001')).status).toBe(403);
    expect((await create('6281299990002')).status).toBe(200);
  });
});

describe('header and body matchers', () => {
  it('when a header must equal a value or match a regex, then only such calls match (names in any case)', async () => {
    const c = await signedClient(sb, RICH);
    await activate(sb, scenario({ headers: { 'x-device-id': 'android-1' } }));
    expect(await balance(c, { 'X-DEVICE-ID': 'android-1' })).toBe(403);
    expect(await balance(c, { 'X-DEVICE-ID': 'ios-1' })).toBe(200);
    await activate(sb, scenario({ headers: { 'X-Device-Id': { regex: '^ios-' } } }));
    expect(await balance(c, { 'X-DEVICE-ID': 'ios-7' })).toBe(403);
    expect(await balance(c)).toBe(200);
    await activate(sb, scenario({ headers: { 'X-DEVICE-ID': { exists: false } } }));
    expect([await balance(c), await balance(c, { 'X-DEVICE-ID': 'a' })]).toEqual([403, 200]);
  });

  it('when a body field must equal, match a regex or be in a list, then $.path and dotted paths both work', async () => {
    const c = await signedClient(sb, RICH);
    await activate(sb, scenario({ body: { '$.partnerReferenceNo': 'BAL-FIXED' } }));
    expect([await balance(c, {}, { partnerReferenceNo: 'BAL-FIXED' }), await balance(c)]).toEqual([403, 200]);
    await activate(sb, scenario({ body: { 'additionalInfo.channel': { regex: '^EMONEY_' } } }));
    expect([await balance(c, {}, { additionalInfo: { channel: 'EMONEY_DOKU' } }), await balance(c, {}, { additionalInfo: { channel: 'QRIS' } })]).toEqual([403, 200]);
    await activate(sb, scenario({ body: { '$.balanceTypes[1]': { in: ['CASH', 'POINTS'] } } }));
    expect([await balance(c, {}, { balanceTypes: ['BALANCE', 'POINTS'] }), await balance(c, {}, { balanceTypes: ['POINTS'] })]).toEqual([403, 200]);
  });

  it('when a body money value must be within min/max (money strings or numbers), then only amounts in range match', async () => {
    const c = await signedClient(sb);
    await activate(sb, scenario({ endpoint: 'topUp', body: { '$.amount.value': { min: '50000.00', max: 100000 } } }));
    const topUp = async (value: string) =>
      (await c.post(TOPUP, { partnerReferenceNo: `TOP-${++seq}`, customerNumber: '1140340010', amount: { value, currency: 'IDR' } })).status;
    expect(await topUp('49999.99')).toBe(200);
    expect(await topUp('50000.00')).toBe(403);
    expect(await topUp('100000.00')).toBe(403);
    expect(await topUp('100000.01')).toBe(200);
  });
});

describe('nth, times and probability', () => {
  it('when nth is 3, then only the 3rd matching call fires', async () => {
    await activate(sb, scenario({ endpoint: 'tokenB2b', nth: 3 }));
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push(await token());
    expect(statuses).toEqual([200, 200, 403, 200, 200]);
    expect(await uses()).toMatchObject({ matched: 5, uses: 1 });
  });

  it('when nth is {every: 2} or {from: 4}, then every 2nd, or the 4th and later, fire', async () => {
    await activate(sb, scenario({ endpoint: 'tokenB2b', nth: { every: 2 } }));
    const every = [];
    for (let i = 0; i < 5; i++) every.push(await token());
    expect(every).toEqual([200, 403, 200, 403, 200]);
    await activate(sb, scenario({ endpoint: 'tokenB2b', nth: { from: 4 } }));
    const from = [];
    for (let i = 0; i < 5; i++) from.push(await token());
    expect(from).toEqual([200, 200, 200, 403, 403]);
  });

  it('when nth counts, then only calls meeting the other matchers count', async () => {
    const c = await signedClient(sb, RICH);
    await activate(sb, scenario({ endpoint: 'balanceInquiry', nth: 2 }));
    expect(await token(c)).toBe(200);
    expect(await balance(c)).toBe(200);
    expect(await token(c)).toBe(200);
    expect(await balance(c)).toBe(403);
  });

  it('when times is 2, then the rule fires twice and is then exhausted', async () => {
    await activate(sb, scenario({ endpoint: 'tokenB2b' }, { times: 2 }));
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await token());
    expect(statuses).toEqual([403, 403, 200, 200]);
    expect(await uses()).toEqual(expect.objectContaining({ uses: 2, exhausted: true, times: 2 }));
  });

  it('when a probability has a fixed seed, then the same calls fire on every run, and about that share of them', async () => {
    const run = async () => {
      await activate(sb, { name: 'coin', seed: 1234, rules: [{ name: 'r', match: { endpoint: 'tokenB2b', probability: 0.3 }, effect: REFUSE }] });
      const out: number[] = [];
      for (let i = 0; i < 30; i++) out.push(await token());
      return out;
    };
    const first = await run();
    const refused = first.filter((s) => s === 403).length;
    expect(refused).toBeGreaterThanOrEqual(3);
    expect(refused).toBeLessThanOrEqual(17);
    expect(await run()).toEqual(first);
  });

  it('when probability is 0 or 1, then it never or always fires', async () => {
    await activate(sb, scenario({ endpoint: 'tokenB2b', probability: 0 }));
    expect([await token(), await token()]).toEqual([200, 200]);
    await activate(sb, scenario({ endpoint: 'tokenB2b', probability: 1 }));
    expect([await token(), await token()]).toEqual([403, 403]);
  });
});

describe('clock window matcher', () => {
  it('when a rule has a from/to window, then it fires only while the sandbox clock is inside it', async () => {
    await activate(sb, scenario({ endpoint: 'tokenB2b', clock: { from: '2030-01-01T00:00:00+07:00', to: '2030-01-02T00:00:00+07:00' } }));
    expect(await token()).toBe(200);
    await sb.http.post('/admin/clock').send({ set: '2030-01-01T12:00:00+07:00' });
    expect(await token()).toBe(403);
    await sb.http.post('/admin/clock').send({ set: '2030-01-02T00:00:00+07:00' });
    expect(await token()).toBe(200);
  });

  it('when a rule has a daily window across midnight (WIB), then it fires inside it on any day', async () => {
    await activate(sb, scenario({ endpoint: 'tokenB2b', clock: { dailyFrom: '23:00', dailyTo: '00:30' } }));
    const at = async (time: string) => {
      await sb.http.post('/admin/clock').send({ set: time });
      return token();
    };
    expect(await at('2030-03-04T22:59:00+07:00')).toBe(200);
    expect(await at('2030-03-04T23:00:00+07:00')).toBe(403);
    expect(await at('2030-03-05T00:29:00+07:00')).toBe(403);
    expect(await at('2030-03-05T00:30:00+07:00')).toBe(200);
  });
});

describe('rule order', () => {
  it('when several rules match, then the first fires; a later rule only sees calls the earlier ones let through', async () => {
    await activate(sb, {
      name: 'ordered',
      rules: [
        { name: 'first-two', match: { endpoint: 'tokenB2b' }, effect: { snapError: { kind: 'TooManyRequests' } }, times: 2 },
        { name: 'then-gateway', match: { endpoint: 'tokenB2b' }, effect: { gateway: 503 } },
      ],
    });
    expect([await token(), await token(), await token()]).toEqual([429, 429, 503]);
    const rules = (await sb.http.get('/admin/scenarios')).body.scenarios[0].rules;
    expect(rules.map((r: { matched: number }) => r.matched)).toEqual([2, 1]);
  });
});
