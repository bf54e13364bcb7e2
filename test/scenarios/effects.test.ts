import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { activate, BALANCE, balanceBody, liveSandbox, rawPost, TOKEN_B2B, tokenHeaders, type Live } from '../helpers/scenarios.js';
import { signedClient } from '../helpers/harness.js';
import { RICH } from '../helpers/personas.js';

let live: Live;
beforeEach(async () => {
  live = await liveSandbox();
});
afterEach(async () => {
  await live.close();
});

const grant = { grantType: 'client_credentials' };
const tokenCall = (timeoutMs = 3000) => rawPost(live.url, TOKEN_B2B, tokenHeaders(live), grant, timeoutMs);
const rule = (effect: unknown, match: unknown = { endpoint: 'tokenB2b' }, extra: Record<string, unknown> = {}) => ({
  name: 'effect-under-test',
  rules: [{ name: 'r', match, effect, ...extra }],
});
const lastJournal = async (path = '') => (await live.sb.http.get(`/admin/journal?limit=1&path=${encodeURIComponent(path)}`)).body.entries[0];

describe('snapError effect', () => {
  it('when a rule names a kind, then its SNAP code with the endpoint service code, its message, and the partnerReferenceNo echoed', async () => {
    const c = await signedClient(live.sb, RICH);
    await activate(live.sb, rule({ snapError: { kind: 'InsufficientFunds' } }, { endpoint: 'balanceInquiry' }));
    const res = await c.post(BALANCE, balanceBody);
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ responseCode: '4031114', responseMessage: 'Insufficient Funds', partnerReferenceNo: 'BAL-1' });
  });

  it('when a rule gives a raw responseCode with xx and a custom message, then xx becomes the service code', async () => {
    await activate(live.sb, rule({ snapError: { responseCode: '403xx99', message: 'Wallet Frozen By Compliance' } }));
    const res = await tokenCall();
    expect(res.status).toBe(403);
    expect(JSON.parse(res.text)).toEqual({ responseCode: '4037399', responseMessage: 'Wallet Frozen By Compliance' });
  });

  it('when a rule gives a full responseCode of the table and a detail, then it is sent as is with the table message', async () => {
    await activate(live.sb, rule({ snapError: { responseCode: '4005401', detail: 'amount.value' } }));
    const res = await tokenCall();
    expect([res.status, JSON.parse(res.text)]).toEqual([400, { responseCode: '4005401', responseMessage: 'Invalid Field Format amount.value' }]);
  });
});

describe('delay effect', () => {
  it('when a rule delays by 300 ms, then the normal answer comes no sooner', async () => {
    await activate(live.sb, rule({ delay: 300 }));
    const res = await tokenCall();
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text).responseCode).toBe('2007300');
    expect(res.ms).toBeGreaterThanOrEqual(295);
  });

  it('when a rule delays by a range, then each delay is within it, and the draws repeat with the same seed', async () => {
    const scenario = { name: 'jitter', seed: 9, rules: [{ name: 'r', match: { endpoint: 'tokenB2b' }, effect: { delay: { min: 50, max: 250 } } }] };
    await activate(live.sb, scenario);
    for (let i = 0; i < 2; i++) {
      const res = await tokenCall();
      expect(res.status).toBe(200);
      expect(res.ms).toBeGreaterThanOrEqual(45);
    }
    const engine = live.sb.ctx.scenarioEngine!;
    const facts = { domain: 'http' as const, method: 'POST', path: TOKEN_B2B, operationId: 'tokenB2b', headers: {}, body: {}, now: 0 };
    const draws = () => {
      engine.activate(scenario, 'api');
      return Array.from({ length: 5 }, () => engine.match(facts)!.delayMs);
    };
    const first = draws();
    expect(first.every((ms) => ms >= 50 && ms <= 250)).toBe(true);
    expect(new Set(first).size).toBeGreaterThan(1);
    expect(draws()).toEqual(first);
  });
});

describe('timeout effect', () => {
  it('when a rule holds the connection, then the client times out, and stopping the server lets go of it', async () => {
    await activate(live.sb, rule({ timeout: true }));
    await expect(tokenCall(400)).rejects.toMatchObject({ code: 'CLIENT_TIMEOUT' });
    // The client gave up; the sandbox journals the call with no HTTP status and the rule that held it.
    const entry = await lastJournal(TOKEN_B2B);
    expect(entry).toMatchObject({ status: 0, scenario: { id: 'effect-under-test', rule: 'r', effect: 'timeout (held, never answered)' } });

    const pending = tokenCall(10_000).then(
      () => 'answered',
      (error: { code?: string; message: string }) => error.code ?? error.message,
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(live.sb.ctx.scenarioEngine!.heldCount).toBe(1);
    const started = performance.now();
    await live.close();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(await pending).toMatch(/ECONNRESET|socket hang up/);
    live = await liveSandbox(); // for afterEach
  });

  it('when a rule answers after 200 ms, then 504xx00 Timeout comes after that long', async () => {
    await activate(live.sb, rule({ timeout: { afterMs: 200 } }));
    const res = await tokenCall();
    expect(res.status).toBe(504);
    expect(JSON.parse(res.text)).toEqual({ responseCode: '5047300', responseMessage: 'Timeout' });
    expect(res.ms).toBeGreaterThanOrEqual(195);
  });

  it('when fetch has a client timeout (AbortSignal.timeout), then it aborts while the sandbox holds', async () => {
    await activate(live.sb, rule({ timeout: true }));
    const attempt = fetch(`${live.url}${TOKEN_B2B}`, { method: 'POST', headers: tokenHeaders(live), body: JSON.stringify(grant), signal: AbortSignal.timeout(300) });
    await expect(attempt).rejects.toMatchObject({ name: 'TimeoutError' });
  });
});

describe('connection effects', () => {
  it('when a rule resets the connection, then the client gets a socket error and no HTTP answer', async () => {
    await activate(live.sb, rule({ reset: true }));
    await expect(tokenCall()).rejects.toMatchObject({ message: expect.stringMatching(/ECONNRESET|socket hang up/) });
    const entry = await lastJournal(TOKEN_B2B);
    expect(entry).toMatchObject({ status: 0, scenario: { rule: 'r', effect: 'reset' } });
  });

  it('when a rule sends a malformed body, then the status and Content-Type are right but JSON.parse fails, and the call was processed', async () => {
    const before = live.sb.ctx.store.accessTokens.size;
    await activate(live.sb, rule({ malformed: true }));
    const res = await tokenCall();
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(() => JSON.parse(res.text)).toThrow(SyntaxError);
    expect(res.text.startsWith('{"responseCode":"2007300"')).toBe(true);
    expect(live.sb.ctx.store.accessTokens.size).toBe(before + 1);
  });

  it('when a rule truncates the body, then the connection ends before Content-Length bytes arrive', async () => {
    await activate(live.sb, rule({ truncated: true }));
    await expect(tokenCall()).rejects.toMatchObject({ message: expect.stringMatching(/aborted|ECONNRESET|socket hang up/) });
    await expect(
      fetch(`${live.url}${TOKEN_B2B}`, { method: 'POST', headers: tokenHeaders(live), body: JSON.stringify(grant), signal: AbortSignal.timeout(3000) }).then((r) => r.text()),
    ).rejects.toThrow(/terminated/);
  });

  it.each([502, 503, 504])('when a rule answers gateway %i, then an HTML page with that status that is not JSON', async (status) => {
    await activate(live.sb, rule({ gateway: status }));
    const res = await tokenCall();
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain(`<title>${status} `);
    expect(() => JSON.parse(res.text)).toThrow(SyntaxError);
  });

  it('when a gateway rule gives its own body, then that body is sent', async () => {
    await activate(live.sb, rule({ gateway: { status: 502, body: '<h1>upstream connect error</h1>' } }));
    const res = await tokenCall();
    expect([res.status, res.text]).toEqual([502, '<h1>upstream connect error</h1>']);
  });
});

describe('process, then fail', () => {
  it('when a token call is processed and then answered 504xx00, then the new token exists: the earlier one is revoked', async () => {
    const c = await signedClient(live.sb, RICH);
    expect((await c.post(BALANCE, balanceBody)).status).toBe(200);
    await activate(live.sb, rule({ processThenFail: true }, { endpoint: 'tokenB2b' }, { times: 1 }));
    const res = await tokenCall();
    expect([res.status, JSON.parse(res.text)]).toEqual([504, { responseCode: '5047300', responseMessage: 'Timeout' }]);
    // The partner never saw the new token, but issuing it replaced the one it holds.
    const stale = await c.post(BALANCE, { partnerReferenceNo: 'BAL-2' });
    expect([stale.status, stale.body.responseCode]).toEqual([401, '4011101']);
    expect((await lastJournal(TOKEN_B2B)).scenario).toEqual({ id: 'effect-under-test', name: 'effect-under-test', rule: 'r', effect: 'processThenFail' });
  });

  it('when process is combined with a reset, then the state changes and the client sees a socket error', async () => {
    const before = live.sb.ctx.store.accessTokens.size;
    await activate(live.sb, rule({ process: true, reset: true }));
    await expect(tokenCall()).rejects.toMatchObject({ message: expect.stringMatching(/ECONNRESET|socket hang up/) });
    expect(live.sb.ctx.store.accessTokens.size).toBe(before + 1);
  });

  it('when the endpoint itself refuses the call, then process-then-fail still answers 504xx00 (the refusal is lost too)', async () => {
    await activate(live.sb, rule({ processThenFail: true }, { endpoint: 'tokenB2b2c' }));
    const res = await live.client.tokenRequest('/authorization/v1/access-token/b2b2c', { grantType: 'authorization_code', authCode: 'no-such-code' });
    expect([res.status, res.body]).toEqual([504, { responseCode: '5047400', responseMessage: 'Timeout' }]);
    const entry = await lastJournal('/authorization/v1/access-token/b2b2c');
    expect(entry.diagnostics.hint).toBe('no binding has this authCode');
  });

  it('when the guard refuses the call, then no rule is asked and the real error comes back', async () => {
    const c = await signedClient(live.sb, RICH);
    await activate(live.sb, rule({ processThenFail: true }, { endpoint: 'balanceInquiry' }));
    const res = await c.post(BALANCE, balanceBody, { 'Authorization-Customer': undefined });
    expect([res.status, res.body.responseCode]).toEqual([401, '4011101']);
    expect((await live.sb.http.get('/admin/scenarios')).body.scenarios[0].rules[0]).toMatchObject({ matched: 0, uses: 0 });
  });
});

describe('requests that never reached DOKU', () => {
  it('when a gateway rule fires, then X-EXTERNAL-ID is not recorded and the partner may retry with it', async () => {
    const c = await signedClient(live.sb, RICH);
    await activate(live.sb, rule({ gateway: 503 }, { endpoint: 'balanceInquiry' }, { times: 1 }));
    const headers = { 'X-EXTERNAL-ID': '123456789012' };
    expect((await c.post(BALANCE, balanceBody, headers)).status).toBe(503);
    const retry = await c.post(BALANCE, balanceBody, headers);
    expect([retry.status, retry.body.responseCode]).toEqual([200, '2001100']);
  });

  it('when a snapError rule fires, then DOKU answered: the same X-EXTERNAL-ID is a 409xx00 Conflict', async () => {
    const c = await signedClient(live.sb, RICH);
    await activate(live.sb, rule({ snapError: { kind: 'GeneralError' } }, { endpoint: 'balanceInquiry' }, { times: 1 }));
    const headers = { 'X-EXTERNAL-ID': '123456789013' };
    expect((await c.post(BALANCE, balanceBody, headers)).body.responseCode).toBe('5001100');
    const retry = await c.post(BALANCE, balanceBody, headers);
    expect([retry.status, retry.body.responseCode]).toEqual([409, '4091100']);
  });
});
