import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { loadSpec } from '../../src/http/openapi.js';
import { startSandbox, type SandboxHandle } from '../../src/index.js';

/** /docs (Swagger UI from the swagger-ui-dist package) over /openapi.json, the merged spec/. */
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
let sandbox: SandboxHandle;
let browser: Browser;

beforeAll(async () => {
  sandbox = await startSandbox({ adminToken: 'docs-token' });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    timeout: 30_000,
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await sandbox?.stop();
});

describe('/openapi.json and /docs', () => {
  it('serves the merged spec: every path of spec/ (DOKU and admin), without an admin token', async () => {
    const res = await fetch(`${sandbox.url}/openapi.json`, { signal: AbortSignal.timeout(5000) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toEqual(Object.keys(loadSpec().document.paths).sort());
    expect(doc.paths).toHaveProperty(['/authorization/v1/access-token/b2b']);
    expect(doc.paths).toHaveProperty(['/admin/scenarios']);
    expect((doc as unknown as { servers: { url: string }[] }).servers[0]).toEqual({ url: sandbox.url, description: 'this sandbox' });
  });

  it('serves Swagger UI and its assets from the package (no CDN)', async () => {
    const html = await (await fetch(`${sandbox.url}/docs`, { signal: AbortSignal.timeout(5000) })).text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(sources.filter((s) => /^(https?:)?\/\//.test(s))).toEqual([]);
    for (const asset of ['/docs/assets/swagger-ui-bundle.js', '/docs/assets/swagger-ui.css', '/docs/init.js']) {
      const res = await fetch(`${sandbox.url}${asset}`, { signal: AbortSignal.timeout(5000) });
      expect([asset, res.status]).toEqual([asset, 200]);
    }
  });

  it('renders every operation in headless Chromium without asking another origin for anything', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const elsewhere: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(sandbox.url) && !r.url().startsWith('data:')) elsewhere.push(r.url());
    });
    try {
      await page.goto(`${sandbox.url}/docs/`);
      await page.locator('.opblock-summary-path', { hasText: '/authorization/v1/access-token/b2b' }).first().waitFor({ timeout: 15_000 });
      const operations = Object.values(loadSpec().document.paths).reduce((n, item) => n + Object.keys(item as object).filter((k) => ['get', 'post', 'put', 'delete', 'patch'].includes(k)).length, 0);
      await expect(page.locator('.opblock').count()).resolves.toBe(operations);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: `${ARTIFACTS}docs.png` });
      expect(elsewhere).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
