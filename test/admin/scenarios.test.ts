import { beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clientFor, testSandbox, type TestSandbox } from '../helpers/harness.js';

const TOKEN_B2B = '/authorization/v1/access-token/b2b';
const YAML = `# yaml-language-server: $schema=./schema.json
name: yaml-token-down
rules:
  - name: gateway
    match: { endpoint: tokenB2b }
    effect: { gateway: 503 }
    times: 1
`;

let sb: TestSandbox;
beforeEach(async () => {
  sb = await testSandbox();
});

const ids = async () => ((await sb.http.get('/admin/scenarios')).body.scenarios as { id: string }[]).map((s) => s.id);
const token = async () => (await clientFor(sb).tokenRequest(TOKEN_B2B, { grantType: 'client_credentials' })).status;

describe('POST /admin/scenarios', () => {
  it('when the body is a JSON scenario, then 201 with its id (its name) and its rules, and it applies at once', async () => {
    const res = await sb.http.post('/admin/scenarios').send({ name: 'json-one', rules: [{ name: 'r', match: { endpoint: 'tokenB2b' }, effect: { gateway: 502 } }] });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: 'json-one',
      name: 'json-one',
      source: 'api',
      activatedAt: expect.any(String),
      rules: [{ name: 'r', effect: 'gateway 502', matched: 0, uses: 0, exhausted: false }],
    });
    expect(await token()).toBe(502);
  });

  it.each(['application/yaml', 'text/yaml', 'application/x-yaml'])('when the body is YAML sent as %s, then it is activated', async (type) => {
    const res = await sb.http.post('/admin/scenarios').set('Content-Type', type).send(YAML);
    expect([res.status, res.body.id]).toEqual([201, 'yaml-token-down']);
    expect([await token(), await token()]).toEqual([503, 200]);
  });

  it('when the body names a file of SCENARIOS_DIR, then that file is activated', async () => {
    const res = await sb.http.post('/admin/scenarios').send({ name: 'token-down' });
    expect([res.status, res.body.id, res.body.rules[0].name]).toEqual([201, 'token-down', 'token-endpoints-503']);
    expect(await token()).toBe(503);
  });

  it('when the name is not in SCENARIOS_DIR, then 404 listing the names that are', async () => {
    const res = await sb.http.post('/admin/scenarios').send({ name: 'no-such-scenario' });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ responseCode: '4040000', responseMessage: 'Not Found. No scenario "no-such-scenario" in SCENARIOS_DIR' });
    expect(res.body.available).toEqual(expect.arrayContaining(['token-down', 'rate-limited']));
  });

  it('when the scenario is invalid, then 400 lists every problem with its path and nothing is activated', async () => {
    const res = await sb.http.post('/admin/scenarios').send({
      name: 'broken',
      rules: [
        { name: 'ok', match: { endpoint: 'tokenB2b' }, effect: { gateway: 503 } },
        { name: 'bad', match: { nth: -1 }, effect: { snapError: { kind: 'NoSuchKind' } }, times: 'twice' },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.responseCode).toBe('4000000');
    expect(res.body.responseMessage).toBe('Bad Request. Invalid scenario');
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['/rules/1/effect/snapError/kind', '/rules/1/match/nth', '/rules/1/times']);
    expect(await ids()).toEqual(['magic-values']);
    expect(await token()).toBe(200);
  });

  it('when an invalid version of an active scenario is posted, then the active one stays as it was', async () => {
    await sb.http.post('/admin/scenarios').send({ name: 'keep', rules: [{ name: 'r', match: { endpoint: 'tokenB2b' }, effect: { gateway: 502 } }] });
    const res = await sb.http.post('/admin/scenarios').send({ name: 'keep', rules: [{ name: 'r', effect: { gateway: 999 } }] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: '/rules/0/effect/gateway', message: 'must be <= 504' }]);
    expect(await token()).toBe(502);
  });

  it('when the YAML does not parse, then 400 with the line of the problem', async () => {
    const res = await sb.http.post('/admin/scenarios').set('Content-Type', 'application/yaml').send('name: x\nrules: [\n');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: '/', message: expect.stringMatching(/^is not valid YAML: .*line \d+/) }]);
  });

  it('when a scenario with an active name is posted, then it replaces the active one and counters start again', async () => {
    await sb.http.post('/admin/scenarios').send({ name: 'token-down' });
    await token();
    const again = await sb.http.post('/admin/scenarios').send({ name: 'token-down' });
    expect(again.body.rules[0]).toMatchObject({ matched: 0, uses: 0 });
    expect(await ids()).toEqual(['token-down', 'magic-values']);
  });
});

describe('GET and DELETE /admin/scenarios', () => {
  it('lists active scenarios in the order rules are tried, with per-rule counters, and the library', async () => {
    await sb.http.post('/admin/scenarios').send({ name: 'token-down-once' });
    await token();
    await token();
    const res = await sb.http.get('/admin/scenarios');
    expect(res.status).toBe(200);
    expect(res.body.scenarios[0]).toMatchObject({ id: 'token-down-once', source: 'api', rules: [{ name: 'first-token-call-503', times: 1, matched: 1, uses: 1, exhausted: true }] });
    expect(res.body.scenarios[1]).toMatchObject({ id: 'magic-values', source: 'builtin' });
    expect(res.body.library).toEqual(expect.arrayContaining(['token-down', 'topup-timeout']));
    expect(res.body.library).not.toContain('schema');
  });

  it('when one scenario is deleted by id, then it stops applying; an unknown id is 404', async () => {
    await sb.http.post('/admin/scenarios').send({ name: 'token-down' });
    expect((await sb.http.delete('/admin/scenarios/token-down')).status).toBe(204);
    expect(await token()).toBe(200);
    const again = await sb.http.delete('/admin/scenarios/token-down');
    expect([again.status, again.body.responseCode]).toEqual([404, '4040000']);
  });

  it('when all are deleted, then only the built-in magic values stay; they can be deleted by id', async () => {
    await sb.http.post('/admin/scenarios').send({ name: 'token-down' });
    await sb.http.post('/admin/scenarios').send({ name: 'rate-limited' });
    expect((await sb.http.delete('/admin/scenarios')).status).toBe(204);
    expect(await ids()).toEqual(['magic-values']);
    expect((await sb.http.delete('/admin/scenarios/magic-values')).status).toBe(204);
    expect(await ids()).toEqual([]);
  });
});

describe('ADMIN_TOKEN', () => {
  it('when set, then /admin/scenarios needs it (also for YAML bodies)', async () => {
    const guarded = await testSandbox({ ADMIN_TOKEN: 'qa-secret-token' });
    expect((await guarded.http.get('/admin/scenarios')).status).toBe(401);
    expect((await guarded.http.post('/admin/scenarios').set('Content-Type', 'text/yaml').send(YAML)).status).toBe(401);
    const ok = await guarded.http.post('/admin/scenarios').set('Authorization', 'Bearer qa-secret-token').set('Content-Type', 'text/yaml').send(YAML);
    expect(ok.status).toBe(201);
  });
});

describe('scenarios at startup', () => {
  it('when SCENARIOS names files, then they are active from the first request, as source startup', async () => {
    const started = await testSandbox({ SCENARIOS: 'token-down-once,rate-limited' });
    const list = (await started.http.get('/admin/scenarios')).body.scenarios;
    expect(list.map((s: { id: string; source: string }) => `${s.id}:${s.source}`)).toEqual(['token-down-once:startup', 'rate-limited:startup', 'magic-values:builtin']);
    expect((await clientFor(started).tokenRequest(TOKEN_B2B, { grantType: 'client_credentials' })).status).toBe(503);
  });

  it('when SCENARIOS_DIR is another folder, then names are looked up there (JSON files too)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
    writeFileSync(join(dir, 'mine.json'), JSON.stringify({ name: 'mine', rules: [{ name: 'r', match: { endpoint: 'tokenB2b' }, effect: { snapError: { kind: 'TooManyRequests' } } }] }));
    const started = await testSandbox({ SCENARIOS_DIR: dir, SCENARIOS: 'mine' });
    expect((await clientFor(started).tokenRequest(TOKEN_B2B, { grantType: 'client_credentials' })).status).toBe(429);
    expect((await started.http.get('/admin/scenarios')).body.library).toEqual(['mine']);
  });

  it('when a name is unknown, then the boot stops with one line naming it', async () => {
    await expect(testSandbox({ SCENARIOS: 'token-down,no-such-one' })).rejects.toThrow(/^SCENARIOS: no scenario "no-such-one" in .*\(available: [^\n]*\)$/);
  });

  it('when a file is invalid, then the boot stops with one line listing its problems', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
    writeFileSync(join(dir, 'broken.yaml'), 'name: broken\nrules:\n  - name: r\n    effect: { gateway: 200 }\n');
    await expect(testSandbox({ SCENARIOS_DIR: dir, SCENARIOS: 'broken' })).rejects.toThrow(
      'SCENARIOS: broken.yaml is not a valid scenario: /rules/0/effect/gateway must be >= 502',
    );
  });
});
