import { Counter, Gauge, Registry } from 'prom-client';

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

type Sample = { labels: Record<string, string | number>; value: number; metricName: string };

/**
 * The latency histogram, counted in plain numbers per operation and handed to prom-client's
 * registry as a metric whose get() answers in prom-client's own shape (MetricObjectWithValues),
 * which the registry writes out. prom-client's Histogram hashes the label values on every
 * observe() (~0.45 µs); this is an array index (~0.02 µs), and the work is done when scraped.
 */
class LatencyHistogram {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  private readonly series = new Map<string, { counts: number[]; sum: number; count: number }>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly bounds: number[],
  ) {}

  observe(operation: string, seconds: number): void {
    let s = this.series.get(operation);
    if (!s) this.series.set(operation, (s = { counts: this.bounds.map(() => 0), sum: 0, count: 0 }));
    let i = 0;
    while (i < this.bounds.length && seconds > this.bounds[i]!) i++; // le: the first bound at or above it
    if (i < this.bounds.length) s.counts[i]!++;
    s.sum += seconds;
    s.count++;
  }

  async get(): Promise<{ name: string; help: string; type: string; aggregator: string; values: Sample[] }> {
    const values: Sample[] = [];
    for (const [operation, s] of this.series) {
      let cumulative = 0;
      this.bounds.forEach((le, i) => values.push({ labels: { le, operation }, value: (cumulative += s.counts[i]!), metricName: `${this.name}_bucket` }));
      values.push({ labels: { le: '+Inf', operation }, value: s.count, metricName: `${this.name}_bucket` });
      values.push({ labels: { operation }, value: s.sum, metricName: `${this.name}_sum` });
      values.push({ labels: { operation }, value: s.count, metricName: `${this.name}_count` });
    }
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }

  reset(): void {
    this.series.clear();
  }
}

/**
 * The sandbox's Prometheus metrics (GET /metrics), one registry per server, so that sandboxes side
 * by side in one process (startSandbox in several test files) count apart. prom-client keeps the
 * registry and writes the text format. The request log, the scenario engine and the notifier call
 * the record functions; the request counts and latencies are plain numbers on that path (~0.2 µs
 * a request) and reach prom-client when scraped, as the gauges read the store then.
 */
export class SandboxMetrics {
  readonly registry = new Registry();
  /** Requests per operation, status and responseCode, counted in plain numbers and handed to prom-client when scraped. */
  private readonly counted = new Map<string, { labels: { operation: string; status: string; response_code: string }; count: number; reported: number }>();
  private readonly latency = new LatencyHistogram(`${PREFIX}request_duration_seconds`, 'Time from receiving a request to its answer, by operation.', LATENCY_BUCKETS);
  private readonly firings: Counter<'scenario' | 'rule'>;
  private readonly notificationAttempts: Counter<'result'>;

  constructor(options: MetricsOptions) {
    const { worlds } = options;
    const registers = [this.registry];
    const counted = this.counted;
    new Counter({
      name: `${PREFIX}requests_total`,
      help: 'Requests answered, by operation, HTTP status and SNAP responseCode.',
      labelNames: ['operation', 'status', 'response_code'] as const,
      registers,
      collect() {
        for (const series of counted.values()) {
          if (series.count > series.reported) this.inc(series.labels, series.count - series.reported);
          series.reported = series.count;
        }
      },
    });
    // registerMetric's types name prom-client's own classes; the histogram answers get() in their shape.
    this.registry.registerMetric(this.latency as unknown as Parameters<Registry['registerMetric']>[0]);
    this.firings = new Counter({
      name: `${PREFIX}scenario_firings_total`,
      help: 'Scenario rules applied (magic values included), by scenario and rule.',
      labelNames: ['scenario', 'rule'] as const,
      registers,
    });
    this.notificationAttempts = new Counter({
      name: `${PREFIX}notification_attempts_total`,
      help: 'Notification sends to partners, by result: delivered (2xx), refused (another status), error (no answer or no token), dropped (by a scenario).',
      labelNames: ['result'] as const,
      registers,
    });
    const sum = (read: (w: MetricsWorld) => number) => worlds().reduce((n, w) => n + read(w), 0);
    new Gauge({
      name: `${PREFIX}tenants`,
      help: 'Worlds (tenants) on this server.',
      registers,
      collect() {
        this.set(worlds().length);
      },
    });
    new Gauge({
      name: `${PREFIX}wallets`,
      help: 'Wallets stored.',
      registers,
      collect() {
        this.set(sum((w) => w.store.wallets.size));
      },
    });
    new Gauge({
      name: `${PREFIX}transactions`,
      help: 'Transactions stored.',
      registers,
      collect() {
        this.set(sum((w) => w.store.transactions.size));
      },
    });
  }

  /** One answered request, as the request log journals it: two map lookups and a few additions. */
  request(facts: RequestFacts): void {
    const code = facts.responseCode ?? '';
    const key = `${facts.operation}\n${facts.status}\n${code}`;
    let series = this.counted.get(key);
    if (!series) this.counted.set(key, (series = { labels: { operation: facts.operation, status: String(facts.status), response_code: code }, count: 0, reported: 0 }));
    series.count++;
    this.latency.observe(facts.operation, facts.durationMs / 1000);
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
