import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseYaml } from '../../src/lib/yaml.js';
import { startSandbox, type SandboxHandle } from '../../src/index.js';
import { DEFAULT_SCENARIOS_DIR } from '../../src/paths.js';

/**
 * The dashboard's "Load a scenario" box as a new user meets it, in headless Chromium: the example
 * it shows is the library's token-down scenario, and typed in as shown it loads, is listed as
 * active, and a partner's token call then gets the gateway's 503 page. The hint's other two forms
 * (JSON, a bundled scenario's name) load too.
 */
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
let sandbox: SandboxHandle;
let browser: Browser;
let page: Page;

const tokenCall = () => sandbox.partner.tokenPost('/authorization/v1/access-token/b2b', { grantType: 'client_credentials' });
const activeNames = async () => (await sandbox.admin.scenarios()).map((s) => s.name);

beforeAll(async () => {
  sandbox = await startSandbox();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    timeout: 30_000,
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
  page.setDefaultTimeout(10_000);
  await page.goto(`${sandbox.url}/dashboard`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await sandbox?.stop();
});

describe('the example of the dashboard\'s "Load a scenario" box', () => {
  let example = '';

  it('is a scenario of the bundled library, as its file reads (but the editor modeline)', async () => {
    example = (await page.getAttribute('#scenario-text', 'placeholder')) ?? '';
    const file = readFileSync(`${DEFAULT_SCENARIOS_DIR}token-down.yaml`, 'utf8');
    expect(file).toContain(example);
    expect(file.replace(/^# yaml-language-server:.*\n/, '').trim()).toBe(example);
    expect((parseYaml(example) as { name: string }).name).toBe('token-down');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.locator('#scenario-form').screenshot({ path: `${ARTIFACTS}dashboard-scenario-example.png` });
  });

  it('when typed in as shown and loaded, then it is listed as active and a partner\'s token call gets the 503 gateway page', async () => {
    const before = await tokenCall();
    expect(before.status).toBe(200);

    await page.click('#scenario-text');
    await page.keyboard.type(example);
    expect(await page.inputValue('#scenario-text')).toBe(example);
    await page.click('#scenario-load');
    await page.locator('#scenario-msg.ok', { hasText: 'Loaded token-down.' }).waitFor();
    const row = page.locator('#scenarios tr[data-scenario="token-down"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('token-endpoints-503');
    expect(await activeNames()).toContain('token-down');

    const after = await tokenCall();
    expect(after.status).toBe(503);
    expect(after.headers.get('content-type')).toMatch(/^text\/html/);
    expect(after.body.responseMessage).toContain('503 Service Temporarily Unavailable');

    await row.locator('button[data-clear]').click();
    await row.waitFor({ state: 'detached' });
    expect((await tokenCall()).status).toBe(200);
  });

  it('when "Fill in the example" is pressed, then the box holds the example, ready to load', async () => {
    await page.click('#scenario-example');
    expect(await page.inputValue('#scenario-text')).toBe(example);
    await page.click('#scenario-load');
    await page.locator('#scenarios tr[data-scenario="token-down"]').waitFor();
    expect((await tokenCall()).status).toBe(503);
    await page.click('#scenario-clear-all');
    await page.locator('#scenarios tr[data-scenario="token-down"]').waitFor({ state: 'detached' });
  });

  it('when the same scenario is typed as JSON, or a bundled scenario\'s name is typed, then each loads (the hint\'s other two forms)', async () => {
    const json = JSON.stringify(parseYaml(example));
    await page.fill('#scenario-text', json);
    await page.click('#scenario-load');
    await page.locator('#scenarios tr[data-scenario="token-down"]').waitFor();

    await page.fill('#scenario-text', 'token-down-once');
    await page.click('#scenario-load');
    await page.locator('#scenarios tr[data-scenario="token-down-once"]').waitFor();
    expect(await activeNames()).toEqual(expect.arrayContaining(['token-down', 'token-down-once']));
  });
});
