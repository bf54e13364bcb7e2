import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { clientFor, signedIn, testSandbox } from '../helpers/harness.js';

const BALANCE = '/snap-adapter/b2b2c/v1.0/balance-inquiry';
const AUTH_CODE = 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed';

describe('GET /health', () => {
  it('when the spec is compiled and the store is open, then 200 {status: ok, version (package.json), uptimeSeconds}', async () => {
    const sb = await testSandbox();
    const res = await sb.http.get('/health');
    expect(res.status).toBe(200);
    const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
    expect(res.body).toMatchObject({ status: 'ok', version, store: 'memory' });
    expect(res.body.uptimeSeconds).toBeGreaterThanOrEqual(0);
  });
});

describe('GET /admin/journal', () => {
  it('when requests were made, then it lists them newest first with method, path, partner, status, responseCode and durationMs', async () => {
    const { sb, client: c } = await signedIn({ customer: AUTH_CODE });
    await c.post(BALANCE, { partnerReferenceNo: 'J1' });
    const res = await sb.http.get('/admin/journal');
    expect(res.status).toBe(200);
    const [newest, middle, oldest] = res.body.entries;
    expect(newest).toMatchObject({ method: 'POST', path: BALANCE, partner: sb.partner.clientId, status: 200, responseCode: '2001100', operationId: 'balanceInquiry' });
    expect(middle).toMatchObject({ path: '/authorization/v1/access-token/b2b2c', responseCode: '2007400' });
    expect(oldest).toMatchObject({ path: '/authorization/v1/access-token/b2b', responseCode: '2007300' });
    expect(newest.id).toBeGreaterThan(middle.id);
    expect(typeof newest.durationMs).toBe('number');
  });

  it('when tokens and secrets pass through, then they are masked unless reveal=true', async () => {
    const sb = await testSandbox();
    const c = clientFor(sb);
    const token = await c.getB2bToken();
    const masked = JSON.stringify((await sb.http.get('/admin/journal')).body);
    expect(masked).not.toContain(token);
    expect(masked).toContain('(masked)');
    const revealed = JSON.stringify((await sb.http.get('/admin/journal?reveal=true')).body);
    expect(revealed).toContain(token);
  });

  it('when more requests than JOURNAL_SIZE were made, then only the newest JOURNAL_SIZE are kept', async () => {
    const sb = await testSandbox({ JOURNAL_SIZE: '3' });
    for (let i = 0; i < 5; i++) await sb.http.get(`/no-such-path-${i}`);
    const entries = (await sb.http.get('/admin/journal')).body.entries;
    expect(entries.map((e: { path: string }) => e.path)).toEqual(['/no-such-path-4', '/no-such-path-3', '/no-such-path-2']);
  });

  it('when filtered by path, partner, responseCode or limit, then only matching entries come back', async () => {
    const { sb, client: c } = await signedIn();
    await c.tokenRequest('/authorization/v1/access-token/b2b', { grantType: 'client_credentials' }, { 'X-SIGNATURE': 'AAAA' });
    await sb.http.get('/nowhere');
    const byCode = (await sb.http.get('/admin/journal?responseCode=4017300')).body.entries;
    expect(byCode).toHaveLength(1);
    expect(byCode[0].diagnostics.expectedStringToSign).toMatch(/^BRN-0001-1732500000001\|/);
    expect((await sb.http.get(`/admin/journal?partner=${sb.partner.clientId}`)).body.entries).toHaveLength(2);
    expect((await sb.http.get('/admin/journal?path=/nowhere')).body.entries).toHaveLength(1);
    expect((await sb.http.get('/admin/journal?limit=1')).body.entries[0].path).toBe('/nowhere');
  });

  it('when DELETE /admin/journal, then it is empty', async () => {
    const sb = await testSandbox();
    await sb.http.get('/nowhere');
    expect((await sb.http.delete('/admin/journal')).status).toBe(204);
    expect((await sb.http.get('/admin/journal')).body.entries).toEqual([]);
  });
});
