import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import playwright, { type Browser, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/lib/logger.js';
import { startServer, type RunningSandbox } from '../../src/server.js';
import { signedClient, type SnapClient } from '../helpers/harness.js';
import { generate, idr } from '../helpers/qris.js';

/**
 * The QR images a tester scans with a phone, checked by a real QR reader: jsQR (an independent
 * decoder, not the library that drew them) runs inside headless Chromium on the pixels of the
 * dashboard's QR panel and of the admin PNG, and must read back the exact payload Generate answered.
 */
jest.setTimeout(120_000);

const ARTIFACTS = join(process.cwd(), 'test-artifacts');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ADMIN_TOKEN = 'qris-browser-token';
const JSQR = readFileSync(createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js'), 'utf8');

/**
 * Reads the QR in an image element, or in a PNG fetched with the admin token, with jsQR on its
 * pixels. Written as page source: this project compiles without the DOM's types.
 */
function scanInPage(page: Page, source: { selector: string } | { url: string }): Promise<string | null> {
  return page.evaluate(`(async () => {
    const source = ${JSON.stringify(source)};
    let bitmap;
    if (source.selector) {
      const img = document.querySelector(source.selector);
      await img.decode();
      bitmap = await createImageBitmap(img);
    } else {
      const res = await fetch(source.url, { headers: { Authorization: 'Bearer ${ADMIN_TOKEN}' } });
      bitmap = await createImageBitmap(await res.blob());
    }
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
    const code = window.jsQR(pixels.data, pixels.width, pixels.height);
    return code ? code.data : null;
  })()`);
}

describe('QRIS images in headless Chromium', () => {
  let sandbox: RunningSandbox;
  let browser: Browser;
  let client: SnapClient;

  beforeAll(async () => {
    sandbox = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ADMIN_TOKEN }), { log: silentLogger });
    client = await signedClient(sandbox);
    browser = await playwright.chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, timeout: 30_000 });
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  it('when a dynamic and a static QR are generated, then the dashboard shows both and jsQR reads each image, on the page and from the admin PNG, back to the exact qrContent', async () => {
    const dynamic = await generate(client, 'QR-BROWSER-1', { amount: idr('125000.00'), feeAmount: idr('2500.00'), terminalId: 'A02' });
    const fixed = await generate(client, 'QR-BROWSER-2', { additionalInfo: { feeType: '3' } });

    // The page allows scripts from its own origin only; the test's reader is added around that.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${sandbox.url}/dashboard?token=${ADMIN_TOKEN}`);
    await page.addScriptTag({ content: JSQR });
    for (const qr of [dynamic, fixed]) {
      const selector = `img[data-qr="${qr.referenceNo}"]`;
      await page.waitForFunction(`(document.querySelector(${JSON.stringify(selector)})?.src ?? '').startsWith('data:image/png')`, undefined, { timeout: 15_000 });
      await expect(page.locator(`tr[data-qr-row="${qr.referenceNo}"] td[data-col="qrContent"]`).textContent()).resolves.toBe(qr.qrContent);
      expect(await scanInPage(page, { selector })).toBe(qr.qrContent);
      expect(await scanInPage(page, { url: `/admin/qris/${qr.referenceNo}/image.png` })).toBe(qr.qrContent);
    }
    await expect(page.locator(`tr[data-qr-row="${fixed.referenceNo}"] td[data-col="type"]`).textContent()).resolves.toBe('STATIC');
    await page.locator('#qris').screenshot({ path: join(ARTIFACTS, 'dashboard-qris-panel.png') });
    await context.close();
  });
});
