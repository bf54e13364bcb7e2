import type { CallCount, JournalSummary } from '../http/journal.js';

/** What a test expects the sandbox to have been called with (the client's expectCalled). */
export interface CallExpectation {
  /** The SNAP operationId (balanceInquiry, purchaseWeb …), or the method and path of a page or admin call ("POST /webview/purchase"). */
  operation: string;
  /** The partner's clientId. */
  partner?: string;
  responseCode?: string;
  /** Exactly this many calls; without it, at least one. */
  times?: number;
  /** Only calls at or after this time (ISO 8601, sandbox clock). */
  since?: string;
}

/** Thrown by expectCalled: the message names what was expected and lists what was called instead. */
export class CallExpectationError extends Error {
  constructor(
    message: string,
    readonly expectation: CallExpectation,
    readonly matched: number,
    readonly summary: JournalSummary,
  ) {
    super(message);
    this.name = 'CallExpectationError';
  }
}

const CRITERIA = ['operation', 'partner', 'responseCode'] as const;
const MAX_LINES = 10;

/** SNAP operations, pages, admin calls: a near miss is of the same kind as the call expected. */
const kindOf = (operation: string) => (/^[A-Z]+ \/admin\//.test(operation) ? 2 : /^[A-Z]+ \//.test(operation) ? 1 : 0);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function matches(call: CallCount, expected: CallExpectation): boolean {
  return CRITERIA.every((k) => expected[k] === undefined || call[k] === expected[k]);
}

/** Which of the expected facts a call differs in (operation first: the nearest misses share it). */
function differences(call: CallCount, expected: CallExpectation): string[] {
  return CRITERIA.filter((k) => expected[k] !== undefined && call[k] !== expected[k]);
}

function describeExpected(e: CallExpectation): string {
  const also = [e.partner !== undefined && `partner ${e.partner}`, e.responseCode !== undefined && `responseCode ${e.responseCode}`].filter(Boolean);
  return `${e.operation}${also.length ? ` with ${also.join(' and ')}` : ''}`;
}

function describeCall(call: CallCount, differs: string[]): string {
  const facts = `${call.count} × ${call.operation} · partner ${call.partner ?? '(none)'} · responseCode ${call.responseCode ?? '(none)'} · HTTP ${call.status}`;
  return `  ${facts}${differs.length ? `   ← ${differs.join(', ')} differ${differs.length === 1 ? 's' : ''}` : '   ← matches'}`;
}

/**
 * Checks the journal's counts against an expectation. When they disagree, the message lists the
 * calls nearest to the one expected first (same operation, then fewer differing facts), as
 * WireMock's verify lists near misses.
 */
export function checkCalls(summary: JournalSummary, expected: CallExpectation): { ok: boolean; matched: number; message: string } {
  const matched = summary.calls.filter((c) => matches(c, expected)).reduce((n, c) => n + c.count, 0);
  const ok = expected.times === undefined ? matched > 0 : matched === expected.times;
  const wanted = expected.times === undefined ? 'at least once' : plural(expected.times, 'time');
  const lines = [`Expected ${describeExpected(expected)} to be called ${wanted}, but it was called ${plural(matched, 'time')}.`];
  if (!ok) {
    const scope = expected.since ? `since ${expected.since}` : 'in the journal';
    if (summary.calls.length === 0) {
      lines.push(`No calls ${scope}.`);
    } else {
      const kind = kindOf(expected.operation);
      // Same operation first, then the same kind of call, then the fewest differing facts.
      const distance = (r: { call: CallCount; differs: string[] }) => (r.differs.includes('operation') ? 100 : 0) + (kindOf(r.call.operation) === kind ? 0 : 10) + r.differs.length;
      const ranked = summary.calls
        .map((call) => ({ call, differs: differences(call, expected) }))
        .sort((a, b) => distance(a) - distance(b) || b.call.count - a.call.count);
      lines.push(`Calls ${scope}, nearest first (${plural(summary.total, 'call')}):`);
      lines.push(...ranked.slice(0, MAX_LINES).map((r) => describeCall(r.call, r.differs)));
      if (ranked.length > MAX_LINES) lines.push(`  … and ${plural(ranked.length - MAX_LINES, 'more kind')} of call`);
    }
    if (summary.evicted > 0) lines.push(`(${plural(summary.evicted, 'older call')} no longer fit in the journal, JOURNAL_SIZE, and were not counted.)`);
  }
  return { ok, matched, message: lines.join('\n') };
}
