import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startSandbox, type SandboxHandle } from '../../src/index.js';

/**
 * The dashboard driven in headless Chromium against a real sandbox with ADMIN_TOKEN set: it takes
 * the token from ?token=, lists what the admin API holds, loads and clears a scenario through its
 * form, and shows the signature diagnostics of a badly signed request.
 */
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const ADMIN_TOKEN = 'dashboard-qa-token';
const SCENARIO_YAML = `name: dashboard-topup-down
description: loaded from the dashboard test
rules:
  - name: topup-503
    match: { endpoint: topUp }
    effect: { gateway: 503 }
`;

let sandbox: SandboxHandle;
let partnerServer: Server;
let partnerUrl: string;
const notified: unknown[] = [];
let browser: Browser;
let page: Page;
const requested: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ adminToken: ADMIN_TOKEN });
  // The partner's side: a return page for the browser and a notification endpoint.
  partnerServer = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      if (req.method === 'POST') {
        notified.push(JSON.parse(body));
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"responseCode":"2005600","responseMessage":"Successful"}');
      } else {
        res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>partner</title><p>Thanks for your payment');
      }
    });
  });
  await new Promise<void>((resolve) => partnerServer.listen(0, '127.0.0.1', resolve));
  partnerUrl = `http://127.0.0.1:${(partnerServer.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    timeout: 30_000,
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
  page.setDefaultTimeout(10_000);
  page.on('request', (r) => requested.push(r.url()));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await sandbox?.stop();
  partnerServer?.closeAllConnections();
  await new Promise((resolve) => partnerServer?.close(resolve));
});

describe('/dashboard in headless Chromium', () => {
  it('when opened with ?token=, then it keeps the token in sessionStorage, drops it from the address bar and lists partners and accounts', async () => {
    await page.goto(`${sandbox.url}/dashboard?token=${ADMIN_TOKEN}`);
    await expect(page.evaluate("sessionStorage.getItem('doku-snap-sandbox.adminToken')")).resolves.toBe(ADMIN_TOKEN);
    expect(page.url()).toBe(`${sandbox.url}/dashboard`);
    await page.locator('#partners td', { hasText: sandbox.credentials.clientId }).first().waitFor();
    await page.locator('#accounts td', { hasText: '1140340010' }).first().waitFor();
    expect(await page.locator('#banner').isHidden()).toBe(true);
  });

  it('when a scenario is pasted as YAML and loaded, then it is listed with its rule; Clear removes it', async () => {
    await page.fill('#scenario-text', SCENARIO_YAML);
    await page.click('#scenario-load');
    await page.locator('#scenario-msg', { hasText: 'Loaded dashboard-topup-down' }).waitFor();
    const row = page.locator('#scenarios tr[data-scenario="dashboard-topup-down"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('topup-503');
    expect((await sandbox.admin.scenarios()).map((s) => s.name)).toContain('dashboard-topup-down');

    await row.locator('button[data-clear]').click();
    await row.waitFor({ state: 'detached' });
    expect((await sandbox.admin.scenarios()).map((s) => s.name)).not.toContain('dashboard-topup-down');
  });

  it('when a scenario is invalid, then the form shows every problem and nothing is loaded', async () => {
    await page.fill('#scenario-text', 'name: broken\nrules:\n  - name: r\n    effect: { snapError: { kind: NoSuchKind } }\n');
    await page.click('#scenario-load');
    const msg = page.locator('#scenario-msg.bad');
    await msg.waitFor();
    expect(await msg.textContent()).toMatch(/^Refused: 400/);
    expect((await sandbox.admin.scenarios()).map((s) => s.name)).not.toContain('broken');
  });

  it('when a partner sends a badly signed request, then the journal shows it with its signature diagnostics', async () => {
    await sandbox.partner.getB2bToken();
    const reply = await sandbox.partner.post('/snap-adapter/b2b/v1.0/emoney/account-inquiry', { partnerReferenceNo: 'DASH-BAD-SIG', customerNumber: '1140340010', amount: { value: '10000.00', currency: 'IDR' } }, {
      headers: { 'X-SIGNATURE': Buffer.alloc(64, 7).toString('base64') },
    });
    expect(reply.status).toBe(401);
    await page.click('#refresh');
    const entry = page.locator('#journal tr.entry', { hasText: '/snap-adapter/b2b/v1.0/emoney/account-inquiry' }).first();
    await entry.waitFor();
    expect(await entry.textContent()).toContain(reply.body.responseCode);
    await entry.locator('.badge.bad', { hasText: 'diagnostics' }).waitFor();
    await entry.click();
    const detail = page.locator('#journal tr.detail:not([hidden])').first();
    await detail.waitFor();
    const text = (await detail.textContent()) ?? '';
    expect(text).toContain('expectedStringToSign');
    expect(text).toContain('POST:/snap-adapter/b2b/v1.0/emoney/account-inquiry:');
    expect(text).not.toContain(sandbox.partner.b2bToken!); // masked in the journal view
  });

  it('when a partner opens a registration and tops a wallet up, then Pending OTPs and Recent transactions show them', async () => {
    await sandbox.partner.getB2bToken();
    const creation = await sandbox.partner.post<{ referenceNo: string }>('/snap-adapter/b2b/v1.0/registration-account-creation', {
      partnerReferenceNo: 'DASH-REG-1', name: 'Dash Board', email: 'dash@example.com', phoneNo: '6281299887766', redirectUrl: 'https://partner.example/cb',
    });
    expect(creation.body.responseCode).toBe('2000600');
    const topUp = await sandbox.partner.post<{ referenceNo: string }>('/snap-adapter/b2b/v1.0/emoney/topup', {
      partnerReferenceNo: 'DASH-TOPUP-1', customerNumber: '1140340011', amount: { value: '50000.00', currency: 'IDR' },
    });
    expect(topUp.body.responseCode).toBe('2003800');
    await page.click('#refresh');
    const otp = await sandbox.admin.otpFor(creation.body.referenceNo!);
    await page.locator('#otps tr', { hasText: '6281299887766' }).filter({ hasText: otp }).waitFor();
    const tx = page.locator('#transactions tr', { hasText: topUp.body.referenceNo! });
    await tx.waitFor();
    expect(await tx.textContent()).toMatch(/TOP_UP.*DASH-TOPUP-1.*1140340011.*50000\.00 IDR.*00 Success/);
    await page.locator('#accounts tr', { hasText: '1140340011' }).filter({ hasText: '50000.00' }).waitFor();
  });

  it('when a VA is created and paid and an OVO account is bound, then Virtual accounts and Direct-debit bindings show them', async () => {
    await sandbox.partner.getB2bToken();
    const psid = '   66655';
    const created = await sandbox.partner.post('/virtual-accounts/bi-snap-va/v1.1/transfer-va/create-va', {
      partnerServiceId: psid, customerNo: '000000000042', virtualAccountNo: `${psid}000000000042`, virtualAccountName: 'Dash Board', virtualAccountEmail: 'dash@example.com',
      virtualAccountPhone: '6281299887766', trxId: 'DASH-VA-1', totalAmount: { value: '77000.00', currency: 'IDR' }, additionalInfo: { channel: 'VIRTUAL_ACCOUNT_BNI' },
      virtualAccountTrxType: 'C', expiredDate: '2099-01-01T10:00:00+07:00',
    });
    expect(created.body.responseCode).toBe('2002700');
    const paid = await fetch(`${sandbox.url}/admin/virtual-accounts/66655000000000042/pay`, { method: 'POST', headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' }, body: '{}' });
    expect(paid.status).toBe(200);
    const bound = await sandbox.partner.post('/direct-debit/core/v1/registration-account-binding', {
      phoneNo: '6281255554444', additionalInfo: { channel: 'EMONEY_OVO_SNAP', custIdMerchant: 'dash-cust', successRegistrationUrl: `${partnerUrl}/ok`, failedRegistrationUrl: `${partnerUrl}/ko` },
    });
    expect(bound.body.responseCode).toBe('2000700');
    await page.click('#refresh');
    const va = page.locator('#virtual-accounts tr', { hasText: '66655000000000042' });
    await va.waitFor();
    expect(await va.textContent()).toMatch(/DASH-VA-1.*VIRTUAL_ACCOUNT_BNI.*C.*77000\.00 IDR.*77000\.00 IDR.*PAID/);
    const binding = page.locator('#debit-bindings tr', { hasText: '6281255554444' });
    await binding.waitFor();
    expect(await binding.textContent()).toMatch(/EMONEY_OVO_SNAP.*ACCOUNT.*dash-cust.*PENDING.*5000000\.00/);
  });

  it('when the customer pays a purchase on its PIN page, then Notification deliveries shows the notification the partner received', async () => {
    await sandbox.partner.getB2bToken();
    await sandbox.partner.getCustomerToken('cfb5de1a-6a40-40e0-8549-0634bcaed8ed'); // seeded wallet 1140340010, PIN 135790
    const purchase = await sandbox.partner.post<{ webRedirectUrl: string; referenceNo: string }>('/snap-adapter/b2b2c/v1.0/debit/payment-host-to-host', {
      partnerReferenceNo: 'DASH-INV-1',
      amount: { value: '15000.00', currency: 'IDR' },
      urlParams: [
        { url: `${partnerUrl}/return`, type: 'PAY_RETURN', isDeeplink: 'N' },
        { url: `${partnerUrl}/v1.0/debit/notify`, type: 'PAY_NOTIFY', isDeeplink: 'N' },
      ],
    });
    expect(purchase.body.responseCode).toBe('2005400');
    const pinPage = await browser.newPage();
    try {
      await pinPage.goto(purchase.body.webRedirectUrl!);
      await pinPage.fill('input[name=pin]', '135790');
      await Promise.all([pinPage.waitForURL(`${partnerUrl}/return**`), pinPage.click('button[type=submit]')]);
      expect(new URL(pinPage.url()).searchParams.get('status')).toBe('SUCCESS');
    } finally {
      await pinPage.close();
    }
    await page.click('#refresh');
    const row = page.locator('#notifications tr', { hasText: purchase.body.referenceNo! });
    await row.filter({ hasText: 'DELIVERED' }).waitFor();
    expect(await row.textContent()).toContain('/v1.0/debit/notify');
    expect(notified).toHaveLength(1);
  });

  it('when partners call the sandbox, then Request rates shows each operation from /metrics, its total and, from the second refresh, its rate', async () => {
    await page.uncheck('#auto-refresh'); // two refreshes of our own, with the calls between them
    try {
      await page.click('#refresh');
      await page.locator('#request-rates td[data-col="operation"]', { hasText: /^tokenB2b$/ }).waitFor();
      for (let i = 0; i < 3; i++) await sandbox.partner.getB2bToken();
      const metrics = parsePrometheusTextFormat(await sandbox.admin.metrics());
      const total = metrics
        .find((f) => f.name === 'doku_snap_sandbox_requests_total')!
        .metrics.filter((m) => m.labels?.operation === 'tokenB2b')
        .reduce((n, m) => n + Number(m.value), 0);
      await page.click('#refresh');
      const row = page.locator('#request-rates tr', { has: page.locator('td[data-col="operation"]', { hasText: /^tokenB2b$/ }) });
      await row.locator('td[data-col="total"]', { hasText: new RegExp(`^${total}$`) }).waitFor();
      expect(Number(await row.locator('td[data-col="rate"]').textContent())).toBeGreaterThan(0);
    } finally {
      await page.check('#auto-refresh');
    }
  });

  it('saves a screenshot and never asked another origin for anything', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = `${ARTIFACTS}dashboard.png`;
    await page.screenshot({ path: file, fullPage: true });
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).size).toBeGreaterThan(10_000);
    expect(requested.filter((u) => !u.startsWith(sandbox.url) && !u.startsWith(partnerUrl))).toEqual([]);
  });

  it('when opened without the token, then the banner asks for it', async () => {
    const anonymous = await browser.newPage();
    try {
      await anonymous.goto(`${sandbox.url}/dashboard`);
      await anonymous.locator('#banner', { hasText: 'ADMIN_TOKEN' }).waitFor({ timeout: 10_000 });
    } finally {
      await anonymous.close();
    }
  });
});
