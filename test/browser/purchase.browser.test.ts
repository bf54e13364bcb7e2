import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createHash, createHmac } from 'node:crypto';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import playwright, { type Browser } from 'playwright-core';
import { externalId, snapTimestamp, tokenSignature, transactionSignature } from '../../src/client/signing.js';
import type { SnapBody } from '../../src/client/partner.js';
import { loadConfig } from '../../src/config.js';
import { startServer, type RunningSandbox } from '../../src/server.js';

/**
 * The purchase journey in a real browser: Purchase Web over HTTP, the PIN page in headless
 * Chromium (Debian's chromium through playwright-core), the redirect to the partner's return URL,
 * and the signed notification the started worker sends to the partner's server, which verifies it.
 */
jest.setTimeout(120_000);

const ARTIFACTS = join(process.cwd(), 'test-artifacts');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const RICH = { accountId: '1140340010', authCode: 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed', pin: '135790' };

interface Notified {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

describe('purchase PIN page in headless Chromium', () => {
  let sandbox: RunningSandbox;
  let partnerApp: Server;
  let partnerUrl: string;
  let browser: Browser;
  let b2bToken = '';
  let customerToken = '';
  const landed: string[] = [];
  const notified: Notified[] = [];
  const partner = { clientId: '', clientSecret: '', privateKeyPem: '' };

  beforeAll(async () => {
    sandbox = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }));
    const seed = sandbox.ctx.seed.partners[0]!;
    Object.assign(partner, { clientId: seed.clientId, clientSecret: seed.clientSecret, privateKeyPem: seed.privateKeyPem! });

    // The partner: a return page for the browser and a notification endpoint for the sandbox.
    partnerApp = createServer((req, res) => {
      if (req.method === 'POST') {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          notified.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
          res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"responseCode":"2005600","responseMessage":"Successful"}');
        });
        return;
      }
      landed.push(req.url ?? '');
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Merchant</title><h1>Thank you for your order</h1>');
    });
    await new Promise<void>((resolve) => partnerApp.listen(0, '127.0.0.1', resolve));
    partnerUrl = `http://127.0.0.1:${(partnerApp.address() as AddressInfo).port}`;

    browser = await playwright.chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, timeout: 30_000 });
    mkdirSync(ARTIFACTS, { recursive: true });

    b2bToken = ((await tokenCall('/authorization/v1/access-token/b2b', { grantType: 'client_credentials' })) as { accessToken: string }).accessToken;
    customerToken = ((await tokenCall('/authorization/v1/access-token/b2b2c', { grantType: 'authorization_code', authCode: RICH.authCode })) as { accessToken: string }).accessToken;
  });

  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
    await new Promise<void>((resolve) => {
      if (!partnerApp) return resolve();
      partnerApp.closeAllConnections();
      partnerApp.close(() => resolve());
    });
  });

  async function tokenCall(path: string, body: unknown): Promise<unknown> {
    const ts = snapTimestamp();
    const res = await fetch(`${sandbox.url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CLIENT-KEY': partner.clientId, 'X-TIMESTAMP': ts, 'X-SIGNATURE': tokenSignature(partner.privateKeyPem, partner.clientId, ts) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    return res.json();
  }

  /** A signed SNAP call over real HTTP, as a partner's backend makes it. */
  async function snap(path: string, body: unknown): Promise<SnapBody> {
    const timestamp = snapTimestamp();
    const res = await fetch(`${sandbox.url}${path}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${b2bToken}`,
        'Authorization-Customer': `Bearer ${customerToken}`,
        'X-PARTNER-ID': partner.clientId,
        'X-EXTERNAL-ID': externalId(),
        'X-TIMESTAMP': timestamp,
        'X-SIGNATURE': transactionSignature({ clientSecret: partner.clientSecret, method: 'POST', path, accessToken: b2bToken, body, timestamp }),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    return (await res.json()) as SnapBody;
  }

  it('when the customer enters a wrong PIN and then the right one, then the purchase is paid, the browser lands on the return URL and the partner receives a notification it can verify', async () => {
    const purchase = await snap('/snap-adapter/b2b2c/v1.0/debit/payment-host-to-host', {
      partnerReferenceNo: 'BROWSER-001',
      amount: { value: '125000.00', currency: 'IDR' },
      urlParams: [
        { url: `${partnerUrl}/order/return`, type: 'PAY_RETURN', isDeeplink: 'N' },
        { url: `${partnerUrl}/v1.0/debit/notify`, type: 'PAY_NOTIFY', isDeeplink: 'N' },
      ],
    });
    expect(purchase.responseCode).toBe('2005400');

    const page = await browser.newPage();
    try {
      await page.goto(purchase.webRedirectUrl as string, { timeout: 30_000 });
      await expect(page.locator('[data-testid=amount]').textContent()).resolves.toBe('Rp 125.000,00');
      await expect(page.textContent('body')).resolves.toContain('Sandbox Test Merchant (TEST-ONLY)');
      const screenshot = join(ARTIFACTS, 'purchase-pin-page.png');
      await page.screenshot({ path: screenshot, fullPage: true });
      expect(existsSync(screenshot) && statSync(screenshot).size > 1000).toBe(true);

      await page.fill('input[name=pin]', '000000');
      await page.click('button[type=submit]');
      await expect(page.locator('[role=alert]').textContent()).resolves.toContain('Wrong PIN. 2 attempts left');

      await page.fill('input[name=pin]', RICH.pin);
      await Promise.all([page.waitForURL(`${partnerUrl}/order/return**`, { timeout: 30_000 }), page.click('button[type=submit]')]);
      await expect(page.textContent('h1')).resolves.toBe('Thank you for your order');
    } finally {
      await page.close();
    }

    // the browser may also ask the partner for /favicon.ico
    const returned = landed.find((u) => u.startsWith('/order/return'));
    const outcome = Object.fromEntries(new URL(returned!, partnerUrl).searchParams);
    expect(outcome).toEqual({ partnerReferenceNo: 'BROWSER-001', referenceNo: purchase.referenceNo, status: 'SUCCESS', responseCode: '2005400' });

    const status = await snap('/snap-adapter/b2b/v1.0/debit/status', { originalPartnerReferenceNo: 'BROWSER-001', serviceCode: '54' });
    expect(status).toMatchObject({ responseCode: '2005500', latestTransactionStatus: '00', transAmount: { value: '125000.00', currency: 'IDR' } });

    const until = Date.now() + 10_000;
    while (notified.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(notified).toHaveLength(1);
    const { path, headers, body } = notified[0]!;
    const token = /^Bearer (.+)$/.exec(String(headers.authorization))![1]!;
    const stringToSign = `POST:${path}:${token}:${createHash('sha256').update(body).digest('hex')}:${headers['x-timestamp']}`;
    expect(headers['x-signature']).toBe(createHmac('sha512', partner.clientSecret).update(stringToSign).digest('base64'));
    expect(JSON.parse(body)).toMatchObject({ originalPartnerReferenceNo: 'BROWSER-001', originalReferenceNo: purchase.referenceNo, latestTransactionStatus: '00' });
  });
});
