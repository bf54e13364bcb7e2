import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SNAP_CASES } from '../../src/errors/codes.js';
import { loadSpec } from '../../src/http/openapi.js';
import { DEFAULT_SCENARIOS_DIR } from '../../src/paths.js';
import { createScenarioEngine } from '../../src/scenarios/engine.js';
import { listLibrary, loadNamedScenario, parseScenarioText, ScenarioInvalid, ScenarioNotFound } from '../../src/scenarios/loader.js';
import { MAGIC_VALUES } from '../../src/scenarios/magic-values.js';
import { validateScenario } from '../../src/scenarios/validate.js';
import { AdjustableClock } from '../../src/lib/time.js';

function problems(doc: unknown) {
  const result = validateScenario(doc);
  return result.ok ? [] : result.problems;
}

describe('scenario schema', () => {
  it('when a scenario has many mistakes, then every one is reported with its JSON pointer', () => {
    const found = problems({
      name: 'Bad Name',
      colour: 'red',
      rules: [
        { name: 'a', match: { nth: 0, foo: 1, probability: 2 }, effect: { snapError: { kind: 'Nope' }, gateway: 503 } },
        { name: 'a', match: { body: { 'not a path!': 1, '$.amount.value': { regex: '(' } }, clock: { from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' } }, effect: {} },
        { match: { method: 7 }, effect: { delay: { min: 5, max: 1 }, timeout: { afterMs: -1 } }, times: 0 },
        { name: 'n', match: { endpoint: 'topUp' }, effect: { notification: { kind: 'delay' } } },
      ],
    });
    const at = found.map((p) => p.path);
    expect(at).toEqual(
      expect.arrayContaining([
        '/name',
        '/colour',
        '/rules/0/match/nth',
        '/rules/0/match/foo',
        '/rules/0/match/probability',
        '/rules/0/effect/snapError/kind',
        '/rules/0/effect',
        '/rules/1/name',
        '/rules/1/match/body/not a path!',
        '/rules/1/match/body/$.amount.value/regex',
        '/rules/1/match/clock',
        '/rules/1/effect',
        '/rules/2/name',
        '/rules/2/match/method',
        '/rules/2/effect/delay',
        '/rules/2/effect/timeout/afterMs',
        '/rules/2/times',
        '/rules/3/match/endpoint',
        '/rules/3/effect/notification/delayMs',
      ]),
    );
    expect(found.find((p) => p.path === '/colour')!.message).toMatch(/not a known property; allowed: \$schema, name, description, seed, rules/);
    expect(found.find((p) => p.path === '/rules/0/effect')!.message).toBe('has snapError and gateway: pick one outcome (a delay may accompany it)');
    expect(found.find((p) => p.path === '/rules/2/name')!.message).toBe('is required');
    expect(found.find((p) => p.path === '/rules/3/match/endpoint')!.message).toMatch(/does not apply to notification deliveries/);
  });

  it('when a raw responseCode is outside the code table, then a message is required', () => {
    expect(problems({ name: 'x', rules: [{ name: 'r', effect: { snapError: { responseCode: '403xx99' } } }] })).toEqual([
      { path: '/rules/0/effect/snapError/message', message: 'is required: 403xx99 is not in the SNAP code table' },
    ]);
    expect(problems({ name: 'x', rules: [{ name: 'r', effect: { snapError: { responseCode: '403xx99', message: 'Custom' } } }] })).toEqual([]);
    expect(problems({ name: 'x', rules: [{ name: 'r', effect: { snapError: { responseCode: '4035414' } } }] })).toEqual([]);
  });

  it('when the YAML does not parse, then one problem names the line', () => {
    expect(() => parseScenarioText('name: x\nrules: [\n  - a', 'yaml')).toThrow(ScenarioInvalid);
    try {
      parseScenarioText('name: x\nrules: [ {\n', 'yaml');
    } catch (error) {
      expect((error as ScenarioInvalid).problems).toEqual([{ path: '/', message: expect.stringMatching(/^is not valid YAML: .*line \d+/) }]);
    }
  });

  it('lists every SNAP error kind of src/errors/codes.ts (and only those)', () => {
    const schema = JSON.parse(readFileSync(join(DEFAULT_SCENARIOS_DIR, 'schema.json'), 'utf8'));
    const kinds = Object.keys(SNAP_CASES).filter((k) => k !== 'Successful');
    expect([...schema.definitions.kind.enum].sort()).toEqual(kinds.sort());
  });

  it('accepts the built-in magic values', () => {
    expect(problems(MAGIC_VALUES)).toEqual([]);
  });
});

describe('the scenario library in scenarios/', () => {
  const names = listLibrary(DEFAULT_SCENARIOS_DIR);
  const operationIds = new Set(
    Object.values(loadSpec().document.paths).flatMap((item) => Object.values(item).map((op) => (op as { operationId?: string }).operationId)),
  );

  it('has the scenarios partners most need', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'token-down',
        'topup-timeout',
        'purchase-pin-page-down',
        'purchase-insufficient-funds-third',
        'slow-bank-inquiry',
        'notification-retries',
        'rate-limited',
        'transfer-insufficient-funds',
        'otp-invalid',
      ]),
    );
  });

  it.each(names)('%s passes the schema, is named after its file and names only endpoints that exist', (name) => {
    const scenario = loadNamedScenario(DEFAULT_SCENARIOS_DIR, name);
    expect(scenario.name).toBe(name);
    for (const rule of scenario.rules) {
      const endpoints = rule.match?.endpoint === undefined ? [] : [rule.match.endpoint].flat();
      for (const endpoint of endpoints) expect({ rule: rule.name, endpoint, exists: operationIds.has(endpoint) }).toEqual({ rule: rule.name, endpoint, exists: true });
    }
  });

  it('can activate every library scenario at boot at once', () => {
    const engine = createScenarioEngine(new AdjustableClock(), DEFAULT_SCENARIOS_DIR, names);
    expect(engine.list().map((s) => s.id).sort()).toEqual([...names, 'magic-values'].sort());
  });

  it('when a name is not in the folder, then the error lists what is there', () => {
    expect(() => loadNamedScenario(DEFAULT_SCENARIOS_DIR, 'nope')).toThrow(ScenarioNotFound);
    expect(() => loadNamedScenario(DEFAULT_SCENARIOS_DIR, '../package')).toThrow(ScenarioNotFound);
    expect(() => createScenarioEngine(new AdjustableClock(), DEFAULT_SCENARIOS_DIR, ['token-down', 'nope'])).toThrow(
      /^SCENARIOS: no scenario "nope" in .* \(available: .*token-down.*\)$/,
    );
  });
});
