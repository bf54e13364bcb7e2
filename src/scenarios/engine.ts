import type { Clock } from '../lib/time.js';
import { checkScenario, loadNamedScenario } from './loader.js';
import { MAGIC_VALUES } from './magic-values.js';
import { compileMatch, type Facts, type Predicate } from './matcher.js';
import { seededRandom, type Random } from './prng.js';
import { OUTCOMES, type Effect, type Match, type NotificationFault, type Rule, type Scenario, type ScenarioHooks } from './types.js';

export type ScenarioSource = 'builtin' | 'startup' | 'api';

interface RuleState {
  rule: Rule;
  domain: Facts['domain'];
  predicate: Predicate;
  /** Calls that met the stateless matchers (what nth counts). */
  matched: number;
  /** Times the effect was applied (what times limits). */
  fired: number;
  chance: Random;
  jitter: Random;
}

interface ActiveScenario {
  scenario: Scenario;
  source: ScenarioSource;
  activatedAt: number;
  rules: RuleState[];
}

/** A rule that fired on a request: its effect, with any random delay already drawn. */
export interface Fired {
  scenarioId: string;
  rule: string;
  effect: Effect;
  delayMs: number;
  /** Short text for the journal and logs, e.g. "snapError InsufficientFunds". */
  label: string;
}

export interface ScenarioView {
  id: string;
  name: string;
  description?: string;
  source: ScenarioSource;
  activatedAt: string;
  rules: { name: string; effect: string; times?: number; matched: number; uses: number; exhausted: boolean }[];
}

/** Short description of an effect, for the journal ("gateway 503", "reset after processing"). */
export function describeEffect(effect: Effect): string {
  const outcome = OUTCOMES.find((o) => effect[o] !== undefined && effect[o] !== false);
  let text: string;
  switch (outcome) {
    case 'snapError':
      text = `snapError ${effect.snapError!.kind ?? effect.snapError!.responseCode}`;
      break;
    case 'gateway':
      text = `gateway ${typeof effect.gateway === 'number' ? effect.gateway : effect.gateway!.status}`;
      break;
    case 'timeout': {
      const after = typeof effect.timeout === 'object' ? effect.timeout.afterMs : undefined;
      text = after === undefined ? 'timeout (held, never answered)' : `timeout (504 after ${after} ms)`;
      break;
    }
    case 'notification':
      text = `notification ${effect.notification!.kind}`;
      break;
    case undefined:
      text = 'delay';
      break;
    default:
      text = outcome;
  }
  if (effect.process && outcome !== undefined) text += ' after processing';
  if (effect.delay !== undefined && outcome !== undefined) text = `delay, then ${text}`;
  return text;
}

function nthAllows(nth: Match['nth'], count: number): boolean {
  if (nth === undefined) return true;
  if (typeof nth === 'number') return count === nth;
  if ('every' in nth) return count % nth.every === 0;
  return count >= nth.from;
}

/**
 * The active scenarios and their counters. Rules are tried in order (scenarios in activation
 * order, the built-in magic values last); the first rule that fires decides the request.
 */
export class ScenarioEngine implements ScenarioHooks {
  private active: ActiveScenario[] = [];
  private bootSet: { scenario: Scenario; source: ScenarioSource }[] = [];
  private readonly releases = new Set<() => void>();
  /** Told of every rule that fires (the metrics' scenario firings). */
  onFired: ((scenario: string, rule: string) => void) | undefined;

  constructor(
    private readonly clock: Clock,
    /** SCENARIOS_DIR: where scenarios are found by name. */
    readonly dir: string,
  ) {}

  /** Activates a validated scenario; one with the same name is replaced (counters start again). */
  activate(scenario: Scenario, source: ScenarioSource): ScenarioView {
    // The built-in scenario is code, checked against the schema by its test, not at every boot.
    const checked = source === 'builtin' ? scenario : checkScenario(scenario, scenario.name ?? 'scenario');
    return this.view(this.enter(checked, source));
  }

  /** Activates a scenario already checked (activate, or the boot set). */
  private enter(checked: Scenario, source: ScenarioSource): ActiveScenario {
    const seed = checked.seed ?? checked.name;
    const entry: ActiveScenario = {
      scenario: checked,
      source,
      activatedAt: this.clock.now(),
      rules: checked.rules.map((rule, index) => ({
        rule,
        domain: rule.effect.notification ? 'notification' : 'http',
        predicate: compileMatch(rule.match),
        matched: 0,
        fired: 0,
        chance: seededRandom(`${seed}#${index}`),
        jitter: seededRandom(`${seed}#${index}#delay`),
      })),
    };
    this.active = this.active.filter((a) => a.scenario.name !== checked.name);
    this.active.push(entry);
    return entry;
  }

  activateByName(name: string, source: ScenarioSource): ScenarioView {
    return this.activate(loadNamedScenario(this.dir, name), source);
  }

  remove(id: string): boolean {
    const before = this.active.length;
    this.active = this.active.filter((a) => a.scenario.name !== id);
    return this.active.length < before;
  }

  /** Removes every scenario but the built-in magic values; returns how many were removed. */
  clear(): number {
    const before = this.active.length;
    this.active = this.active.filter((a) => a.source === 'builtin');
    return before - this.active.length;
  }

  /** Remembers the current set (built-ins and SCENARIOS) as what POST /admin/reset returns to. */
  markBoot(): void {
    this.bootSet = this.active.map((a) => ({ scenario: a.scenario, source: a.source }));
  }

  /** Back to the boot set, with every counter at zero. */
  resetToBoot(): void {
    this.active = [];
    for (const b of this.bootSet) this.enter(b.scenario, b.source);
  }

  /**
   * A new engine on another clock with this one's boot set (the built-ins and SCENARIOS, checked
   * once), counters at zero: each tenant's own (src/tenants/).
   */
  fork(clock: Clock): ScenarioEngine {
    const engine = new ScenarioEngine(clock, this.dir);
    engine.bootSet = this.bootSet;
    engine.onFired = this.onFired;
    engine.resetToBoot();
    return engine;
  }

  list(): ScenarioView[] {
    return this.ordered().map((a) => this.view(a));
  }

  get(id: string): ScenarioView | undefined {
    const found = this.active.find((a) => a.scenario.name === id);
    return found && this.view(found);
  }

  /** The first rule that fires on these facts, counters updated; undefined when none does. */
  match(facts: Facts): Fired | undefined {
    for (const active of this.ordered()) {
      for (const state of active.rules) {
        if (state.domain !== facts.domain) continue;
        const { rule } = state;
        if (rule.times !== undefined && state.fired >= rule.times) continue;
        if (!state.predicate(facts)) continue;
        state.matched++;
        if (!nthAllows(rule.match?.nth, state.matched)) continue;
        if (rule.match?.probability !== undefined && !(state.chance() < rule.match.probability)) continue;
        state.fired++;
        this.onFired?.(active.scenario.name, rule.name);
        const delay = rule.effect.delay;
        const delayMs = delay === undefined ? 0 : typeof delay === 'number' ? delay : delay.min + Math.floor(state.jitter() * (delay.max - delay.min + 1));
        return { scenarioId: active.scenario.name, rule: rule.name, effect: rule.effect, delayMs, label: describeEffect(rule.effect) };
      }
    }
    return undefined;
  }

  /** ScenarioHooks: asked by the notifier before each delivery attempt. */
  notificationFault(delivery: { clientId: string; transactionId: string; url: string; attempt: number }): NotificationFault | undefined {
    let path = delivery.url;
    try {
      path = new URL(delivery.url).pathname;
    } catch {
      // keep the raw text: a bad URL fails at delivery, not here
    }
    const fired = this.match({
      domain: 'notification',
      method: 'POST',
      path,
      partner: delivery.clientId,
      headers: {},
      body: { transactionId: delivery.transactionId, attempt: delivery.attempt },
      now: this.clock.now(),
    });
    const n = fired?.effect.notification;
    if (!fired || !n) return undefined;
    return { kind: n.kind, delayMs: n.delayMs, rule: `${fired.scenarioId}/${fired.rule}` };
  }

  /** Held connections (timeout effect) register how to let go, so the server can stop. */
  onRelease(release: () => void): () => void {
    this.releases.add(release);
    return () => this.releases.delete(release);
  }

  releaseHeld(): void {
    for (const release of [...this.releases]) release();
    this.releases.clear();
  }

  get heldCount(): number {
    return this.releases.size;
  }

  private orderedCache: { of: ActiveScenario[]; length: number; ordered: ActiveScenario[] } | undefined;

  /** Every SNAP call asks: kept until the active set changes (it is replaced, or grows by push). */
  private ordered(): ActiveScenario[] {
    const cache = this.orderedCache;
    if (cache && cache.of === this.active && cache.length === this.active.length) return cache.ordered;
    const ordered = [...this.active.filter((a) => a.source !== 'builtin'), ...this.active.filter((a) => a.source === 'builtin')];
    this.orderedCache = { of: this.active, length: this.active.length, ordered };
    return ordered;
  }

  private view(a: ActiveScenario): ScenarioView {
    return {
      id: a.scenario.name,
      name: a.scenario.name,
      ...(a.scenario.description ? { description: a.scenario.description } : {}),
      source: a.source,
      activatedAt: new Date(a.activatedAt).toISOString(),
      rules: a.rules.map((r) => ({
        name: r.rule.name,
        effect: describeEffect(r.rule.effect),
        ...(r.rule.times !== undefined ? { times: r.rule.times } : {}),
        matched: r.matched,
        uses: r.fired,
        exhausted: r.rule.times !== undefined && r.fired >= r.rule.times,
      })),
    };
  }
}

/**
 * The engine a sandbox boots with: the built-in magic values plus the SCENARIOS named at startup.
 * An unknown or invalid name throws (one line), which stops the boot.
 */
export function createScenarioEngine(clock: Clock, dir: string, startup: string[]): ScenarioEngine {
  const engine = new ScenarioEngine(clock, dir);
  engine.activate(MAGIC_VALUES, 'builtin');
  for (const name of startup) {
    try {
      engine.activateByName(name, 'startup');
    } catch (error) {
      throw new Error(`SCENARIOS: ${(error as Error).message}`, { cause: error });
    }
  }
  engine.markBoot();
  return engine;
}
