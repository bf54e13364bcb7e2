import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What the gauges read when /metrics is scraped: one world today; every tenant's once there are tenants. */
export interface MetricsWorld {
  store: { wallets: { size: number }; transactions: { size: number } };
}

export interface MetricsOptions {
  /** The worlds the server holds; their number is the tenant gauge and the stored rows are summed over them. */
  worlds: () => readonly MetricsWorld[];
}

/** How one notification send ended. */
export type NotificationResult = 'delivered' | 'refused' | 'error' | 'dropped';

export interface RequestFacts {
  operation: string;
  status: number;
  responseCode: string | undefined;
  durationMs: number;
}

const PREFIX = 'doku_snap_sandbox_';
/** Seconds: a sandbox answers in about a millisecond; scenarios delay up to seconds. */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The sandbox's Prometheus metrics (GET /metrics), one registry per server, so that sandboxes side
 * by side in one process (startSandbox in several test files) count apart. prom-client keeps the
 * series and writes the text format; the request log, the scenario engine and the notifier call
 * the record functions, the gauges are read only when scraped.
 */
export class SandboxMetrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: `${PREFIX}requests_total`,
    help: 'Requests answered, by operation, HTTP status and SNAP responseCode.',
    labelNames: ['operation', 'status', 'response_code'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: `${PREFIX}request_duration_seconds`,
    help: 'Time from receiving a request to its answer, by operation.',
    labelNames: ['operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly firings = new Counter({
    name: `${PREFIX}scenario_firings_total`,
    help: 'Scenario rules applied (magic values included), by scenario and rule.',
    labelNames: ['scenario', 'rule'] as const,
    registers: [this.registry],
  });
  private readonly notificationAttempts = new Counter({
    name: `${PREFIX}notification_attempts_total`,
    help: 'Notification sends to partners, by result: delivered (2xx), refused (another status), error (no answer or no token), dropped (by a scenario).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  /** Label children by key: prom-client hashes the label values on every inc() otherwise. */
  private readonly children = new Map<string, { count: { inc(): void }; latency: { observe(v: number): void } }>();

  constructor(options: MetricsOptions) {
    const { worlds } = options;
    const sum = (read: (w: MetricsWorld) => number) => worlds().reduce((n, w) => n + read(w), 0);
    new Gauge({
      name: `${PREFIX}tenants`,
      help: 'Worlds (tenants) on this server.',
      registers: [this.registry],
      collect() {
        this.set(worlds().length);
      },
    });
    new Gauge({
      name: `${PREFIX}wallets`,
      help: 'Wallets stored.',
      registers: [this.registry],
      collect() {
        this.set(sum((w) => w.store.wallets.size));
      },
    });
    new Gauge({
      name: `${PREFIX}transactions`,
      help: 'Transactions stored.',
      registers: [this.registry],
      collect() {
        this.set(sum((w) => w.store.transactions.size));
      },
    });
  }

  /** One answered request, as the request log journals it. */
  request(facts: RequestFacts): void {
    const code = facts.responseCode ?? '';
    const key = `${facts.operation}\n${facts.status}\n${code}`;
    let child = this.children.get(key);
    if (!child) {
      child = { count: this.requests.labels(facts.operation, String(facts.status), code), latency: this.latency.labels(facts.operation) };
      this.children.set(key, child);
    }
    child.count.inc();
    child.latency.observe(facts.durationMs / 1000);
  }

  scenarioFired(scenario: string, rule: string): void {
    this.firings.labels(scenario, rule).inc();
  }

  notificationAttempt(result: NotificationResult): void {
    this.notificationAttempts.labels(result).inc();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
