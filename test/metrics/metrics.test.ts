import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import parsePrometheusTextFormat, { type MetricFamily } from 'parse-prometheus-text-format';
import type { JournalSummary } from '../../src/http/journal.js';
import { SandboxMetrics } from '../../src/metrics/metrics.js';
import { clientFor, signedClient, testSandbox, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { partnerServer } from '../helpers/partner-server.js';
import { RICH } from '../helpers/personas.js';
import { openPurchase, submitPin } from '../helpers/purchase.js';

/**
 * GET /metrics: Prometheus text, read back with a Prometheus text parser. After a scripted run
 * (SNAP calls, a refusal, a scenario, pages, notifications) its counts match the journal's.
 */
let sb: TestSandbox;
let client: SnapClient;
let partner: Awaited<ReturnType<typeof partnerServer>>;
const BALANCE = '/snap-adapter/b2b2c/v1.0/balance-inquiry';
const P = 'doku_snap_sandbox_';

async function scrape(target = sb): Promise<{ text: string; families: Map<string, MetricFamily>; contentType: string }> {
  const res = await target.http.get('/metrics');
  expect(res.status).toBe(200);
  const families = new Map(parsePrometheusTextFormat(res.text).map((f) => [f.name, f]));
  return { text: res.text, families, contentType: res.headers['content-type'] as string };
}

const value = (family: MetricFamily | undefined, labels: Record<string, string> = {}) =>
  Number(family?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v))?.value ?? NaN);

beforeAll(async () => {
  sb = await testSandbox();
  // The partner refuses the first notification and takes the next.
  partner = await partnerServer((call) => (call === 0 ? { status: 500, body: { responseCode: '5005600' } } : { status: 200, body: { responseCode: '2005600' } }));
  const seeded = sb.ctx.store.partners.get(sb.partner.clientId)!;
  await sb.http.post('/admin/partners').send({ clientId: seeded.id, clientSecret: seeded.clientSecret, publicKey: seeded.publicKeyPem, notificationUrl: partner.url }).expect(201);
  client = await signedClient(sb, RICH);

  // The scripted run.
  expect((await client.post(BALANCE, { partnerReferenceNo: 'M-1' })).body.responseCode).toBe('2001100');
  expect((await client.post(BALANCE, { partnerReferenceNo: 'M-2' }, { 'X-SIGNATURE': 'bm90IGEgc2lnbmF0dXJl' })).status).toBe(401);
  await sb.http.post('/admin/scenarios').send({ name: 'metrics-fault', rules: [{ name: 'balance-down', match: { endpoint: 'balanceInquiry' }, effect: { gateway: 503 }, times: 1 }] }).expect(201);
  expect((await client.post(BALANCE, { partnerReferenceNo: 'M-3' })).status).toBe(503);
  expect((await client.post(BALANCE, { partnerReferenceNo: 'M-4' })).status).toBe(200);
  const opened = await openPurchase(client, 'M-PAY-1');
  expect((await submitPin(sb, opened.token, '000000')).status).toBe(401);
  expect((await sb.http.post('/admin/webviews/complete').send({ url: opened.body.webRedirectUrl, pin: RICH.pin })).body.status).toBe(302);
  await sb.notifier.runDue(); // refused (500)
  sb.clock.advance(2);
  await sb.notifier.runDue(); // delivered
  expect(partner.received).toHaveLength(2);
  // Reads the dashboard makes: neither journalled nor counted.
  await sb.http.get('/admin/accounts').expect(200);
  await sb.http.get('/health').expect(200);
  await scrape();
});
afterAll(async () => {
  await partner.close();
  await sb.ctx.store.close();
});

describe('GET /metrics', () => {
  it('is Prometheus text (0.0.4) that a Prometheus parser reads, with help and type for every family', async () => {
    const { families, contentType } = await scrape();
    expect(contentType).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(Object.fromEntries([...families.values()].map((f) => [f.name, f.type]))).toEqual({
      [`${P}requests_total`]: 'COUNTER',
      [`${P}request_duration_seconds`]: 'HISTOGRAM',
      [`${P}scenario_firings_total`]: 'COUNTER',
      [`${P}notification_attempts_total`]: 'COUNTER',
      [`${P}tenants`]: 'GAUGE',
      [`${P}wallets`]: 'GAUGE',
      [`${P}transactions`]: 'GAUGE',
    });
    for (const family of families.values()) expect(family.help).not.toBe('');
  });

  it('counts requests by operation, HTTP status and responseCode exactly as the journal does, and times each', async () => {
    const { families } = await scrape();
    const summary = (await sb.http.get('/admin/journal/summary')).body as JournalSummary;
    expect(summary.evicted).toBe(0);
    const fromJournal = new Map<string, number>();
    for (const c of summary.calls) {
      const key = `${c.operation} ${c.status} ${c.responseCode ?? ''}`;
      fromJournal.set(key, (fromJournal.get(key) ?? 0) + c.count);
    }
    const requests = families.get(`${P}requests_total`)!.metrics;
    const fromMetrics = new Map(requests.map((m) => [`${m.labels!.operation} ${m.labels!.status} ${m.labels!.response_code}`, Number(m.value)]));
    expect(fromMetrics).toEqual(fromJournal);
    expect(fromMetrics.get('balanceInquiry 200 2001100')).toBe(2);
    expect(fromMetrics.get('balanceInquiry 401 4011100')).toBe(1);
    expect(fromMetrics.get('POST /webview/purchase 401 ')).toBe(1);
    expect(fromMetrics.get('POST /admin/webviews/complete 200 ')).toBe(1);
    expect([...fromMetrics.keys()].some((k) => /metrics|GET \/admin|health/.test(k))).toBe(false);

    // parse-prometheus-text-format folds a labelled histogram into one series (it keeps only
    // unlabelled _count and _sum), so the latency series are read from the registry itself.
    const family = (await sb.ctx.metrics.registry.getMetricsAsJSON()).find((m) => m.name === `${P}request_duration_seconds`)!;
    const histogram = family.values as { metricName?: string; labels: Record<string, string | number>; value: number }[];
    const perOperation = (op: string) => summary.calls.filter((c) => c.operation === op).reduce((n, c) => n + c.count, 0);
    const counts = histogram.filter((v) => v.metricName === `${P}request_duration_seconds_count`);
    expect(counts.map((v) => v.labels.operation).sort()).toEqual([...new Set(summary.calls.map((c) => c.operation))].sort());
    for (const v of counts) expect(v.value).toBe(perOperation(String(v.labels.operation)));
    const infinite = histogram.filter((v) => v.metricName === `${P}request_duration_seconds_bucket` && v.labels.le === '+Inf');
    expect(infinite.map((v) => v.value)).toEqual(counts.map((v) => v.value));
    expect(new Set(Object.keys(families.get(`${P}request_duration_seconds`)!.metrics[0]!.buckets!))).toEqual(new Set(['0.0005', '0.001', '0.0025', '0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '10', '+Inf']));
  });

  it('counts scenario firings by scenario and rule, and notification sends by result', async () => {
    const { families } = await scrape();
    expect(value(families.get(`${P}scenario_firings_total`), { scenario: 'metrics-fault', rule: 'balance-down' })).toBe(1);
    const attempts = families.get(`${P}notification_attempts_total`)!.metrics.map((m) => [m.labels!.result, Number(m.value)]);
    expect(Object.fromEntries(attempts)).toEqual({ refused: 1, delivered: 1 });
  });

  it('shows what the store holds: one world, its wallets and transactions', async () => {
    const { families } = await scrape();
    expect(value(families.get(`${P}tenants`))).toBe(1);
    expect(value(families.get(`${P}wallets`))).toBe(sb.ctx.store.wallets.size);
    expect(value(families.get(`${P}transactions`))).toBe(sb.ctx.store.transactions.size);
    expect(sb.ctx.store.transactions.size).toBeGreaterThan(0);
  });

  it('stays out of the journal, and each sandbox counts its own requests', async () => {
    expect((await sb.http.get('/admin/journal?path=/metrics')).body.entries).toEqual([]);
    const other = await testSandbox();
    try {
      await clientFor(other).getB2bToken();
      const { families } = await scrape(other);
      expect(families.get(`${P}requests_total`)!.metrics.map((m) => [m.labels!.operation, Number(m.value)])).toEqual([['tokenB2b', 1]]);
    } finally {
      await other.ctx.store.close();
    }
  });

  it('puts a latency on a bucket boundary in that bucket (le: less or equal), and sums the seconds', async () => {
    const metrics = new SandboxMetrics({ worlds: () => [] });
    for (const durationMs of [1, 1.2, 30]) metrics.request({ operation: 'balanceInquiry', status: 200, responseCode: '2001100', durationMs });
    const [histogram] = parsePrometheusTextFormat(await metrics.text()).filter((f) => f.name === `${P}request_duration_seconds`);
    expect(histogram!.metrics[0]!.buckets).toMatchObject({ '0.0005': '0', '0.001': '1', '0.0025': '2', '0.025': '2', '0.05': '3', '+Inf': '3' });
    // The parser keeps no labelled _sum: read it from the registry.
    const values = (await metrics.registry.getMetricsAsJSON()).find((m) => m.name === `${P}request_duration_seconds`)!.values as { metricName?: string; value: number }[];
    expect(values.find((v) => v.metricName === `${P}request_duration_seconds_sum`)!.value).toBeCloseTo(0.0322, 6);
  });
});
