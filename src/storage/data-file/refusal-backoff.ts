/** While the disk refuses, a write is tried again only after this wait, doubled after each refusal. */
export interface RetryPolicy {
  firstMs: number;
  maxMs: number;
  /** Monotonic ms the backoff is measured in (default performance.now; tests move their own). */
  now?: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = { firstMs: 100, maxMs: 2000 };

export interface Refusal {
  error: Error;
  /** Epoch ms of the first refusal in a row. */
  since: number;
  /** When the disk is tried again (RetryPolicy.now). */
  retryAt: number;
  backoffMs: number;
}

/** When a disk that refused writes is tried again: the change log's refusals in a row, and their backoff. */
export class RefusalBackoff {
  /** Set from a refused write until the disk takes one again. */
  current: Refusal | undefined;

  constructor(
    private readonly retry: RetryPolicy,
    /** Epoch ms, for `since` (health). */
    private readonly wallClock: () => number,
  ) {}

  /** Refused, and the backoff has passed: the disk may be tried again. */
  due(): boolean {
    return this.current !== undefined && this.monotonic() >= this.current.retryAt;
  }

  /** Another refusal: the wait before the next try doubles, up to maxMs. */
  note(error: Error): void {
    const previous = this.current;
    const backoffMs = previous ? Math.min(this.retry.maxMs, Math.max(this.retry.firstMs, previous.backoffMs * 2)) : this.retry.firstMs;
    this.current = { error, since: previous?.since ?? this.wallClock(), retryAt: this.monotonic() + backoffMs, backoffMs };
  }

  clear(): void {
    this.current = undefined;
  }

  private monotonic(): number {
    return this.retry.now ? this.retry.now() : performance.now();
  }
}
