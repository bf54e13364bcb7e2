import { parseZonedTime } from '../lib/time.js';
import { parseJsonPath, readPath } from './json-path.js';
import type { Condition, ConditionObject, Match, Names } from './types.js';

/** What a rule is matched against: an HTTP request or a notification delivery. */
export interface Facts {
  domain: 'http' | 'notification';
  method: string;
  /** Request path without query; for a notification, the path of the partner's URL. */
  path: string;
  operationId?: string;
  partner?: string;
  /** Lower-case names. */
  headers: Record<string, string | undefined>;
  body: unknown;
  accountId?: string;
  phoneNo?: string;
  now: number;
}

/** The stateless part of a rule's match (everything but nth and probability). */
export type Predicate = (facts: Facts) => boolean;

const list = (names: Names): string[] => (Array.isArray(names) ? names : [names]);

function globRegex(pattern: string, star: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.split('**').map((part) => part.replace(/\*/g, star)).join('.*')}$`);
}

/** Exact names, or globs: in paths '*' stays within a segment and '**' crosses them. */
function namesMatcher(names: Names, { pathLike = false, caseless = false } = {}): (value: string | undefined) => boolean {
  const tests = list(names).map((n) => {
    const pattern = caseless ? n.toLowerCase() : n;
    if (!pattern.includes('*')) return (v: string) => v === pattern;
    const re = globRegex(pattern, pathLike ? '[^/]*' : '.*');
    return (v: string) => re.test(v);
  });
  return (value) => {
    if (value === undefined) return false;
    const v = caseless ? value.toLowerCase() : value;
    return tests.some((t) => t(v));
  };
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

function equalValues(actual: unknown, expected: unknown): boolean {
  if (actual === expected) return true;
  if (actual === undefined) return false;
  const a = toNumber(actual);
  const e = toNumber(expected);
  if (a !== undefined && e !== undefined) return a === e;
  if (typeof expected !== 'object' || expected === null) return typeof actual !== 'object' && String(actual) === String(expected);
  return JSON.stringify(actual) === JSON.stringify(expected);
}

/** One value test: a plain value means equals; an object combines equals, in, regex, min, max, exists. */
export function conditionMatcher(condition: Condition): (value: unknown) => boolean {
  if (condition === null || typeof condition !== 'object') return (value) => equalValues(value, condition);
  const c: ConditionObject = condition;
  const re = c.regex !== undefined ? new RegExp(c.regex) : undefined;
  const min = c.min !== undefined ? toNumber(c.min) : undefined;
  const max = c.max !== undefined ? toNumber(c.max) : undefined;
  return (value) => {
    if (c.exists !== undefined) {
      if (c.exists !== (value !== undefined)) return false;
      if (value === undefined) return true;
    }
    if (value === undefined) return false;
    if (Object.hasOwn(c, 'equals') && !equalValues(value, c.equals)) return false;
    if (c.in && !c.in.some((e) => equalValues(value, e))) return false;
    if (re && !((typeof value === 'string' || typeof value === 'number') && re.test(String(value)))) return false;
    if (min !== undefined || max !== undefined) {
      const n = toNumber(value);
      if (n === undefined) return false;
      if (min !== undefined && n < min) return false;
      if (max !== undefined && n > max) return false;
    }
    return true;
  };
}

const WIB_OFFSET_MIN = 7 * 60;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function clockMatcher(clock: NonNullable<Match['clock']>): (now: number) => boolean {
  const from = clock.from ? parseZonedTime(clock.from) : undefined;
  const to = clock.to ? parseZonedTime(clock.to) : undefined;
  const dailyFrom = clock.dailyFrom ? minutesOf(clock.dailyFrom) : undefined;
  const dailyTo = clock.dailyTo ? minutesOf(clock.dailyTo) : undefined;
  return (now) => {
    if (from !== undefined && now < from) return false;
    if (to !== undefined && now >= to) return false;
    if (dailyFrom !== undefined && dailyTo !== undefined) {
      const minute = (Math.floor(now / 60_000) + WIB_OFFSET_MIN) % 1440;
      // A window such as 23:00–01:00 wraps past midnight.
      const inside = dailyFrom <= dailyTo ? minute >= dailyFrom && minute < dailyTo : minute >= dailyFrom || minute < dailyTo;
      if (!inside) return false;
    }
    return true;
  };
}

/** Compiles every stateless matcher of a rule into one predicate (all must hold). */
export function compileMatch(match: Match = {}): Predicate {
  const tests: Predicate[] = [];
  if (match.endpoint !== undefined) {
    const m = namesMatcher(match.endpoint);
    tests.push((f) => m(f.operationId));
  }
  if (match.path !== undefined) {
    const m = namesMatcher(match.path, { pathLike: true });
    tests.push((f) => m(f.path));
  }
  if (match.method !== undefined) {
    const m = namesMatcher(match.method, { caseless: true });
    tests.push((f) => m(f.method));
  }
  if (match.partner !== undefined) {
    const m = namesMatcher(match.partner);
    tests.push((f) => m(f.partner));
  }
  if (match.account !== undefined) {
    const m = namesMatcher(match.account);
    tests.push((f) => m(f.accountId));
  }
  if (match.phone !== undefined) {
    const m = namesMatcher(list(match.phone).map(normalizePhone));
    tests.push((f) => m(f.phoneNo === undefined ? undefined : normalizePhone(f.phoneNo)));
  }
  for (const [name, condition] of Object.entries(match.headers ?? {})) {
    const m = conditionMatcher(condition);
    const key = name.toLowerCase();
    tests.push((f) => m(f.headers[key]));
  }
  for (const [path, condition] of Object.entries(match.body ?? {})) {
    const segments = parseJsonPath(path)!;
    const m = conditionMatcher(condition);
    tests.push((f) => m(readPath(f.body, segments)));
  }
  if (match.clock !== undefined) {
    const m = clockMatcher(match.clock);
    tests.push((f) => m(f.now));
  }
  return (facts) => tests.every((t) => t(facts));
}

/** 0812…, +62812… and 62812… are the same Indonesian number. */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/[\s-]/g, '');
  if (digits.startsWith('+')) return digits.slice(1);
  if (digits.startsWith('0')) return `62${digits.slice(1)}`;
  return digits;
}
