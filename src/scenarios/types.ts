/**
 * The scenario document as written in scenarios/*.yaml|json (validated by scenarios/schema.json).
 * Shorthands are kept as written; compile.ts turns them into predicates.
 */
export type Names = string | string[];

export type ConditionObject = {
  equals?: unknown;
  in?: unknown[];
  regex?: string;
  min?: number | string;
  max?: number | string;
  exists?: boolean;
};
/** A plain value means equals. */
export type Condition = string | number | boolean | null | ConditionObject;

export interface Match {
  endpoint?: Names;
  path?: Names;
  method?: Names;
  partner?: Names;
  account?: Names;
  phone?: Names;
  headers?: Record<string, Condition>;
  body?: Record<string, Condition>;
  nth?: number | { every: number } | { from: number };
  probability?: number;
  clock?: { from?: string; to?: string; dailyFrom?: string; dailyTo?: string };
}

export interface SnapErrorEffect {
  kind?: string;
  responseCode?: string;
  message?: string;
  detail?: string;
}

export type NotificationKind = 'drop' | 'delay' | 'duplicate' | 'out-of-order';

export interface Effect {
  delay?: number | { min: number; max: number };
  process?: boolean;
  snapError?: SnapErrorEffect;
  gateway?: number | { status: number; body?: string };
  timeout?: boolean | { afterMs?: number };
  reset?: boolean;
  malformed?: boolean;
  truncated?: boolean;
  processThenFail?: boolean | { afterMs?: number };
  notification?: { kind: NotificationKind; delayMs?: number };
}

export interface Rule {
  name: string;
  description?: string;
  match?: Match;
  effect: Effect;
  times?: number;
}

export interface Scenario {
  name: string;
  description?: string;
  seed?: number | string;
  rules: Rule[];
}

/** One problem in a scenario document, located by JSON pointer ("/rules/0/effect/snapError/kind"). */
export interface ScenarioProblem {
  path: string;
  message: string;
}

/** The outcomes an effect may carry; at most one per rule (a delay may accompany any of them). */
export const OUTCOMES = ['snapError', 'gateway', 'timeout', 'reset', 'malformed', 'truncated', 'processThenFail', 'notification'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Matchers that make sense on a notification delivery (DOKU → partner). */
export const NOTIFICATION_MATCHERS = ['partner', 'path', 'nth', 'probability', 'clock'] as const;

/** What the notifier asks the scenario engine before each delivery (QA: drop, delay, duplicate, reorder). */
export interface NotificationFault {
  kind: 'drop' | 'delay' | 'duplicate' | 'out-of-order';
  delayMs?: number;
  /** scenario id + rule name, for the delivery log */
  rule: string;
}

export interface ScenarioHooks {
  notificationFault(delivery: { clientId: string; transactionId: string; url: string; attempt: number }): NotificationFault | undefined;
}
