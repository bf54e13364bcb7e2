import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { kindFor } from '../errors/codes.js';
import { parseZonedTime } from '../lib/time.js';
import { DEFAULT_SCENARIOS_DIR } from '../paths.js';
import { parseJsonPath } from './json-path.js';
import { NOTIFICATION_MATCHERS, OUTCOMES, type Scenario, type ScenarioProblem } from './types.js';

/** The bundled schema; SCENARIOS_DIR may point elsewhere, the format does not change. */
export const SCENARIO_SCHEMA_FILE = join(DEFAULT_SCENARIOS_DIR, 'schema.json');

let compiled: ValidateFunction | undefined;
function schemaValidator(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(SCENARIO_SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, allowUnionTypes: true });
    compiled = ajv.compile(schema);
  }
  return compiled;
}

export type Validation = { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] };

/**
 * Checks a parsed scenario against scenarios/schema.json and the rules a schema cannot say
 * (one outcome per effect, regexes that compile, windows that are not empty…). Every problem is
 * reported, each with the JSON pointer of the offending value.
 */
export function validateScenario(doc: unknown): Validation {
  const validate = schemaValidator();
  const problems: ScenarioProblem[] = [];
  if (!validate(doc)) problems.push(...(validate.errors ?? []).map(describe));
  problems.push(...semanticProblems(doc));
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.length === 0 ? { ok: true, scenario: doc as Scenario } : { ok: false, problems: unique };
}

export function pointer(...parts: (string | number)[]): string {
  return parts.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function describe(error: ErrorObject): ScenarioProblem {
  const at = error.instancePath || '';
  const params = error.params as Record<string, unknown>;
  const parent = error.parentSchema as { properties?: Record<string, unknown>; description?: string } | undefined;
  switch (error.keyword) {
    case 'required':
      return { path: `${at}/${String(params.missingProperty)}`, message: 'is required' };
    case 'additionalProperties': {
      const allowed = Object.keys(parent?.properties ?? {});
      const known = allowed.length > 0 ? `; allowed: ${allowed.join(', ')}` : '';
      return { path: `${at}${pointer(String(params.additionalProperty))}`, message: `is not a known property${known}` };
    }
    case 'enum': {
      const values = (params.allowedValues as unknown[]) ?? [];
      if (values.length > 12) return { path: at, message: 'is not a kind of the SNAP code table (src/errors/codes.ts), e.g. InsufficientFunds' };
      return { path: at, message: `must be one of: ${values.map((v) => JSON.stringify(v)).join(', ')}` };
    }
    case 'type':
      return { path: at, message: `must be ${String(params.type).split(',').join(' or ')}` };
    case 'pattern':
      return { path: at, message: parent?.description ? `does not fit: ${parent.description}` : `must match ${String(params.pattern)}` };
    default:
      return { path: at, message: error.message ?? error.keyword };
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function semanticProblems(doc: unknown): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  if (!isObject(doc) || !Array.isArray(doc.rules)) return problems;
  const names = new Map<string, number>();
  doc.rules.forEach((rule, i) => {
    if (!isObject(rule)) return;
    const at = (...parts: (string | number)[]) => pointer('rules', i, ...parts);
    if (typeof rule.name === 'string') {
      const first = names.get(rule.name);
      if (first !== undefined) problems.push({ path: at('name'), message: `repeats the name of /rules/${first}; rule names must be unique` });
      else names.set(rule.name, i);
    }
    const effect = isObject(rule.effect) ? rule.effect : undefined;
    const match = isObject(rule.match) ? rule.match : undefined;
    if (effect) problems.push(...effectProblems(effect, match, at));
    if (match) problems.push(...matchProblems(match, at));
  });
  return problems;
}

type At = (...parts: (string | number)[]) => string;

function effectProblems(effect: Record<string, unknown>, match: Record<string, unknown> | undefined, at: At): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const outcomes = OUTCOMES.filter((o) => effect[o] !== undefined && effect[o] !== false);
  if (outcomes.length > 1) {
    problems.push({ path: at('effect'), message: `has ${outcomes.join(' and ')}: pick one outcome (a delay may accompany it)` });
  }
  if (outcomes.length === 0 && effect.delay === undefined) {
    problems.push({ path: at('effect'), message: `needs an outcome (${OUTCOMES.join(', ')}) or a delay` });
  }
  if (effect.process === true && !outcomes.some((o) => ['snapError', 'gateway', 'timeout', 'reset'].includes(o))) {
    problems.push({ path: at('effect', 'process'), message: 'applies to snapError, gateway, timeout or reset (malformed, truncated and processThenFail always process)' });
  }
  const delay = effect.delay;
  if (isObject(delay) && typeof delay.min === 'number' && typeof delay.max === 'number' && delay.min > delay.max) {
    problems.push({ path: at('effect', 'delay'), message: 'min is greater than max' });
  }
  const snap = effect.snapError;
  if (isObject(snap)) {
    if (snap.kind === undefined && snap.responseCode === undefined) problems.push({ path: at('effect', 'snapError'), message: 'needs kind or responseCode' });
    if (snap.kind !== undefined && snap.responseCode !== undefined) problems.push({ path: at('effect', 'snapError'), message: 'give kind or responseCode, not both' });
    if (typeof snap.responseCode === 'string' && /^\d{3}(\d{2}|xx)\d{2}$/.test(snap.responseCode) && snap.message === undefined) {
      const known = kindFor(Number(snap.responseCode.slice(0, 3)), snap.responseCode.slice(5, 7));
      if (!known) problems.push({ path: at('effect', 'snapError', 'message'), message: `is required: ${snap.responseCode} is not in the SNAP code table` });
    }
    if (typeof snap.kind === 'string' && snap.kind === 'Successful') problems.push({ path: at('effect', 'snapError', 'kind'), message: 'must be an error kind' });
  }
  if (effect.notification !== undefined) {
    const notification = isObject(effect.notification) ? effect.notification : {};
    if (notification.kind === 'delay' && notification.delayMs === undefined) {
      problems.push({ path: at('effect', 'notification', 'delayMs'), message: 'is required when kind is delay' });
    }
    if (effect.delay !== undefined) problems.push({ path: at('effect', 'delay'), message: 'does not apply to notifications: use notification.delayMs' });
    for (const key of Object.keys(match ?? {})) {
      if (!(NOTIFICATION_MATCHERS as readonly string[]).includes(key)) {
        problems.push({ path: at('match', key), message: `does not apply to notification deliveries (use ${NOTIFICATION_MATCHERS.join(', ')})` });
      }
    }
  }
  return problems;
}

function conditionProblems(condition: unknown, at: string): ScenarioProblem[] {
  if (!isObject(condition)) return [];
  const problems: ScenarioProblem[] = [];
  if (typeof condition.regex === 'string') {
    try {
      new RegExp(condition.regex);
    } catch (error) {
      problems.push({ path: `${at}/regex`, message: `is not a valid regular expression: ${(error as Error).message}` });
    }
  }
  const min = Number(condition.min);
  const max = Number(condition.max);
  if (condition.min !== undefined && condition.max !== undefined && !Number.isNaN(min) && !Number.isNaN(max) && min > max) {
    problems.push({ path: at, message: 'min is greater than max' });
  }
  return problems;
}

function matchProblems(match: Record<string, unknown>, at: At): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  if (isObject(match.body)) {
    for (const [path, condition] of Object.entries(match.body)) {
      if (!parseJsonPath(path)) {
        problems.push({ path: at('match', 'body', path), message: 'is not a JSON path such as $.amount.value, $.items[0].name or amount.value' });
      }
      problems.push(...conditionProblems(condition, at('match', 'body', path)));
    }
  }
  if (isObject(match.headers)) {
    for (const [name, condition] of Object.entries(match.headers)) problems.push(...conditionProblems(condition, at('match', 'headers', name)));
  }
  if (isObject(match.clock)) {
    const clock = match.clock;
    const from = typeof clock.from === 'string' ? parseZonedTime(clock.from) : undefined;
    const to = typeof clock.to === 'string' ? parseZonedTime(clock.to) : undefined;
    if (typeof clock.from === 'string' && from === undefined) problems.push({ path: at('match', 'clock', 'from'), message: 'is not a valid time' });
    if (typeof clock.to === 'string' && to === undefined) problems.push({ path: at('match', 'clock', 'to'), message: 'is not a valid time' });
    if (from !== undefined && to !== undefined && from >= to) problems.push({ path: at('match', 'clock'), message: 'from must be before to' });
    if ((clock.dailyFrom === undefined) !== (clock.dailyTo === undefined)) {
      problems.push({ path: at('match', 'clock'), message: 'dailyFrom and dailyTo go together' });
    }
  }
  return problems;
}
