import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
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
 * The Create-PIN and consent pages driven by a real browser (Debian's chromium through
 * playwright-core) against a real listening sandbox; the partner's redirectUrl is a tiny local
 * server that records where the browser lands.
 */
jest.setTimeout(120_000);

const ARTIFACTS = join(process.cwd(), 'test-artifacts');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe('wallet pages in headless Chromium', () => {
  let sandbox: RunningSandbox;
  let partnerApp: Server;
  let partnerUrl: string;
  let browser: Browser;
  let b2bToken = '';
  const landed: string[] = [];
  const partner = { clientId: '', clientSecret: '', privateKeyPem: '' };

  beforeAll(async () => {
    sandbox = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }));
    const seed = sandbox.ctx.seed.partners[0]!;
    Object.assign(partner, { clientId: seed.clientId, clientSecret: seed.clientSecret, privateKeyPem: seed.privateKeyPem! });

    partnerApp = createServer((req, res) => {
      landed.push(req.url ?? '');
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Partner app</title><h1>Back in the partner app</h1>');
    });
    await new Promise<void>((resolve) => partnerApp.listen(0, '127.0.0.1', resolve));
    partnerUrl = `http://127.0.0.1:${(partnerApp.address() as AddressInfo).port}`;

    // playwright gives every launch a fresh temporary profile
    browser = await playwright.chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, timeout: 30_000 });
    mkdirSync(ARTIFACTS, { recursive: true });

    const ts = snapTimestamp();
    const res = await fetch(`${sandbox.url}/authorization/v1/access-token/b2b`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CLIENT-KEY': partner.clientId, 'X-TIMESTAMP': ts, 'X-SIGNATURE': tokenSignature(partner.privateKeyPem, partner.clientId, ts) },
      body: JSON.stringify({ grantType: 'client_credentials' }),
      signal: AbortSignal.timeout(10_000),
    });
    b2bToken = ((await res.json()) as { accessToken: string }).accessToken;
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (partnerApp ? partnerApp.close(() => resolve()) : resolve()));
    await sandbox?.close();
  });

  /** A signed SNAP call over real HTTP, as a partner's backend makes it. */
  async function snap<T extends object = object>(path: string, body: unknown, customerToken?: string): Promise<SnapBody & T> {
    const timestamp = snapTimestamp();
    const res = await fetch(`${sandbox.url}${path}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${b2bToken}`,
        'X-PARTNER-ID': partner.clientId,
        'X-EXTERNAL-ID': externalId(),
        'X-TIMESTAMP': timestamp,
        'X-SIGNATURE': transactionSignature({ clientSecret: partner.clientSecret, method: 'POST', path, accessToken: b2bToken, body, timestamp }),
        ...(customerToken ? { 'Authorization-Customer': `Bearer ${customerToken}` } : {}),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    return (await res.json()) as SnapBody & T;
  }

  it('when a customer creates a PIN and consents to the binding in a browser, then the partner app receives accountId and then an authCode that buys a token', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    try {
      // Registration up to the Create-PIN page
      const phoneNo = `6281377${String(Date.now()).slice(-6)}`;
      const created = await snap('/snap-adapter/b2b/v1.0/registration-account-creation', {
        partnerReferenceNo: 'browser-reg-1',
        name: 'Browser Customer',
        email: 'browser@example.com',
        phoneNo,
        redirectUrl: `${partnerUrl}/registerdoku/`,
      });
      expect(created.responseCode).toBe('2000600');
      const otps = (await (await fetch(`${sandbox.url}/admin/otps?referenceNo=${created.referenceNo}`)).json()) as { otps: { otp: string }[] };
      const verified = await snap<{ qparamsURL: string; qparams: { token: string } }>('/snap-adapter/b2b/v1.0/otp-verification', { originalPartnerReferenceNo: 'browser-reg-1', originalReferenceNo: created.referenceNo, otp: otps.otps[0]!.otp });
      expect(verified.responseCode).toBe('2000400');

      // Create-PIN page: a weak PIN is refused, then a good one goes back to the partner with accountId
      await page.goto(`${verified.qparamsURL}?token=${verified.qparams.token}`);
      await page.fill('#pin', '123456');
      await page.fill('#confirmPin', '123456');
      await page.click('button[type=submit]');
      await expect(page.locator('.error').textContent()).resolves.toContain('sequence');
      await page.fill('#pin', '582046');
      await page.fill('#confirmPin', '582046');
      await page.screenshot({ path: join(ARTIFACTS, 'accounts-create-pin.png'), fullPage: true });
      await Promise.all([page.waitForURL(`${partnerUrl}/**`), page.click('button[type=submit]')]);
      const accountId = page.url().match(/(?<=\?accountId=)\d+/)?.[0];
      expect(accountId).toMatch(/^\d{10}$/);
      expect(page.url()).toContain('&partnerReferenceNo=browser-reg-1&status=SUCCESS');
      expect(landed.filter((u) => u.startsWith('/registerdoku/'))).toEqual([expect.stringMatching(/^\/registerdoku\/\?accountId=\d{10}&/)]); // favicon requests aside

      // Binding consent page: one wrong PIN, then the right one → authCode
      const bound = await snap<{ nextAction: string }>('/snap-adapter/b2b/v1.0/registration-account-binding', {
        partnerReferenceNo: 'browser-bind-1',
        redirectUrl: `${partnerUrl}/doku/callback`,
        successParams: { accountId },
      });
      expect(bound.responseCode).toBe('2000700');
      await page.goto(bound.nextAction);
      await page.fill('#pin', '000000');
      await page.click('button[type=submit]');
      await expect(page.locator('.error').textContent()).resolves.toContain('Wrong PIN. 2 attempts left.');
      await page.fill('#pin', '582046');
      await page.screenshot({ path: join(ARTIFACTS, 'accounts-binding-consent.png'), fullPage: true });
      await Promise.all([page.waitForURL(`${partnerUrl}/**`), page.click('button[type=submit]')]);
      const authCode = page.url().match(/(?<=\?authCode=)[^&]+/)?.[0];
      expect(authCode).toMatch(/^[0-9a-f-]{36}$/);

      const ts = snapTimestamp();
      const token = await fetch(`${sandbox.url}/authorization/v1/access-token/b2b2c`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CLIENT-KEY': partner.clientId, 'X-TIMESTAMP': ts, 'X-SIGNATURE': tokenSignature(partner.privateKeyPem, partner.clientId, ts) },
        body: JSON.stringify({ grantType: 'authorization_code', authCode }),
        signal: AbortSignal.timeout(10_000),
      });
      const customer = (await token.json()) as { responseCode: string; accessToken: string };
      expect(customer.responseCode).toBe('2007400');
      const balance = await snap<{ accountInfos: { availableBalance: unknown }[] }>('/snap-adapter/b2b2c/v1.0/balance-inquiry', { partnerReferenceNo: 'browser-bal-1' }, customer.accessToken);
      expect(balance.accountInfos[0]?.availableBalance).toEqual({ value: '0.00', currency: 'IDR' });
    } finally {
      await context.close();
    }

    for (const file of ['accounts-create-pin.png', 'accounts-binding-consent.png']) {
      const path = join(ARTIFACTS, file);
      expect(existsSync(path)).toBe(true);
      expect(statSync(path).size).toBeGreaterThan(1000);
    }
  });
});
