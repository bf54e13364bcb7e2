import { describe, expect, it } from '@jest/globals';
import { loadSpec } from '../../src/http/openapi.js';
import { routeCompilation } from '../../src/http/validator.js';
import { signedIn, testSandbox } from '../helpers/harness.js';
import { RICH } from '../helpers/personas.js';

/**
 * express-openapi-validator compiles every spec route with path-to-regexp on every request; the
 * validator installs a memo over that function once. These tests show the memo is really the
 * function the validator calls, that it answers exactly what the original answers, and that
 * routing through the validator (match, path parameters, 404, 405) is unchanged.
 */
describe('the validator route compilation memo', () => {
  it('when a sandbox is built, then the function the validator calls is the memo, and a request fills it', async () => {
    const sb = await testSandbox();
    expect(routeCompilation.original()).toBeDefined();
    expect(routeCompilation.current()).not.toBe(routeCompilation.original());
    expect((await sb.http.get('/health')).status).toBe(200);
    expect(routeCompilation.cachedRoutes()).toBeGreaterThan(10);
  });

  it('when called with each spec route and the options the validator passes, then it answers what path-to-regexp answers, from the cache the second time', async () => {
    await testSandbox();
    const original = routeCompilation.original()!;
    const memo = routeCompilation.current();
    const routes = Object.keys(loadSpec().document.paths as object).map((p) => p.replace(/\{([^}]+)\}/g, ':$1'));
    expect(routes.length).toBeGreaterThan(20);
    for (const route of routes) {
      for (const options of [{ sensitive: false, strict: false }, { sensitive: true, strict: false }]) {
        const expected = original(route, options);
        const first = memo(route, options);
        expect(memo(route, { ...options })).toBe(first);
        expect(first.regexp.source).toBe(expected.regexp.source);
        expect(first.regexp.flags).toBe(expected.regexp.flags);
        expect(first.keys).toEqual(expected.keys);
      }
    }
    // Options that differ give different answers, not a cached one.
    expect(memo('/a/:b', { sensitive: true }).regexp.flags).toBe('');
    expect(memo('/a/:b', { sensitive: false }).regexp.flags).toBe('i');
    // Other options are not cached but still answered as path-to-regexp does.
    expect(memo('/a/:b', { end: false }).regexp.source).toBe(original('/a/:b', { end: false }).regexp.source);
    expect(memo('/a/:b', { end: false })).not.toBe(memo('/a/:b', { end: false }));
    // Non-string routes are not cached but still answered.
    expect(memo(['/x', '/y'], {}).regexp.source).toBe(original(['/x', '/y'], {}).regexp.source);
  });

  it('when the same requests go through the validator with and without the memo, then every answer is the same (match, path parameters, 404, 405)', async () => {
    const run = async () => {
      const { sb, client: c } = await signedIn({ customer: RICH });
      const answers: unknown[] = [];
      const keep = (res: { status: number; body: unknown }) => answers.push([res.status, res.body]);
      for (let i = 0; i < 2; i++) {
        const balance = await c.post('/snap-adapter/b2b2c/v1.0/balance-inquiry', { partnerReferenceNo: `memo-${i}` });
        expect(balance.status).toBe(200);
        keep(balance);
        keep(await sb.http.get('/admin/accounts/1140340010'));
        keep(await sb.http.get('/admin/accounts/ABC'));
        keep(await sb.http.get('/ADMIN/ACCOUNTS/1140340010'));
        keep(await sb.http.get('/admin/scenarios/no-such-scenario'));
        keep(await sb.http.post('/snap-adapter/b2b/v1.0/no-such-endpoint').send({}));
        keep(await sb.http.put('/snap-adapter/b2b2c/v1.0/balance-inquiry').send({}));
        keep(await c.post('/snap-adapter/b2b2c/v1.0/balance-inquiry/', { partnerReferenceNo: `memo-slash-${i}` }));
      }
      // Fresh sandboxes differ only in generated reference numbers and times.
      return JSON.stringify(answers)
        .replace(/"referenceNo":"\w+"/g, '"referenceNo":"*"')
        .replace(/\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)/g, '*');
    };
    const withMemo = await run();
    routeCompilation.enabled = false;
    try {
      const cachedBefore = routeCompilation.cachedRoutes();
      const without = await run();
      expect(routeCompilation.cachedRoutes()).toBe(cachedBefore);
      expect(without).toEqual(withMemo);
    } finally {
      routeCompilation.enabled = true;
    }
    expect(withMemo).toContain('404');
    expect(withMemo).toContain('405');
  });
});
