/** The one source of time. Domain code asks a Clock, never Date.now(), so QA can move it. */
export interface Clock {
  now(): number;
}

/** Real time plus an offset that the admin clock endpoint can move or pin. */
export class AdjustableClock implements Clock {
  private offsetMs = 0;

  constructor(private readonly base: () => number = Date.now) {}

  now(): number {
    return this.base() + this.offsetMs;
  }

  advance(seconds: number): void {
    this.offsetMs += seconds * 1000;
  }

  set(epochMs: number): void {
    this.offsetMs = epochMs - this.base();
  }

  reset(): void {
    this.offsetMs = 0;
  }

  get offsetSeconds(): number {
    return this.offsetMs / 1000;
  }
}

const WIB_OFFSET_MS = 7 * 3600 * 1000;

/** DOKU emits local Jakarta time with offset: 2024-03-26T16:01:41+07:00. */
export function formatWib(epochMs: number): string {
  const shifted = new Date(Math.floor(epochMs / 1000) * 1000 + WIB_OFFSET_MS);
  return shifted.toISOString().replace(/\.\d{3}Z$/, '+07:00');
}

/** The calendar day in Jakarta (YYYY-MM-DD); X-EXTERNAL-ID uniqueness is per this day. */
export function wibDay(epochMs: number): string {
  if (!(epochMs >= lastDay.start && epochMs < lastDay.start + DAY_MS)) {
    const start = Math.floor((epochMs + WIB_OFFSET_MS) / DAY_MS) * DAY_MS - WIB_OFFSET_MS;
    lastDay = { start, text: new Date(epochMs + WIB_OFFSET_MS).toISOString().slice(0, 10) };
  }
  return lastDay.text;
}
const DAY_MS = 86_400_000;
/** Every SNAP call asks for today: the answer is kept until the day changes. */
let lastDay = { start: NaN, text: '' };

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** Parses an ISO-8601 time that carries a zone (offset or Z); undefined otherwise. */
export function parseZonedTime(text: string): number | undefined {
  if (!ISO_WITH_ZONE.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}
