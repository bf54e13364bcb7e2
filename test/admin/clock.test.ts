import { beforeEach, describe, expect, it } from '@jest/globals';
import { signedClient, testSandbox, type TestSandbox } from '../helpers/harness.js';
import { RICH } from '../helpers/personas.js';
import { BALANCE } from '../helpers/scenarios.js';

let sb: TestSandbox;
beforeEach(async () => {
  sb = await testSandbox();
});

describe('GET/POST /admin/clock', () => {
  it('reads the sandbox clock in UTC and in Jakarta time, with its offset from real time', async () => {
    const res = await sb.http.get('/admin/clock');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ now: expect.stringMatching(/Z$/), nowWib: expect.stringMatching(/\+07:00$/), offsetSeconds: 0 });
    expect(Math.abs(Date.parse(res.body.now) - Date.now())).toBeLessThan(5000);
  });

  it('when advanced by n seconds, then now moves by n and keeps running from there', async () => {
    const res = await sb.http.post('/admin/clock').send({ advanceSeconds: 3600 });
    expect(res.status).toBe(200);
    expect(res.body.offsetSeconds).toBeCloseTo(3600, 0);
    expect(Date.parse(res.body.now) - Date.now()).toBeGreaterThan(3595_000);
    const back = await sb.http.post('/admin/clock').send({ advanceSeconds: -1800 });
    expect(back.body.offsetSeconds).toBeCloseTo(1800, 0);
  });

  it('when set to an ISO time with a zone, then now is that time; reset goes back to real time', async () => {
    const res = await sb.http.post('/admin/clock').send({ set: '2030-06-01T09:00:00+07:00' });
    expect(res.status).toBe(200);
    expect(Math.abs(Date.parse(res.body.now) - Date.parse('2030-06-01T02:00:00Z'))).toBeLessThan(2000);
    expect(res.body.nowWib).toMatch(/^2030-06-01T09:00:0\d\+07:00$/);
    const reset = await sb.http.post('/admin/clock').send({ reset: true });
    expect(reset.body.offsetSeconds).toBe(0);
  });

  it('when the body is not one of the three forms, then 400 names the field', async () => {
    const bad = await sb.http.post('/admin/clock').send({ set: 'tomorrow' });
    expect([bad.status, bad.body]).toEqual([400, { responseCode: '4000001', responseMessage: 'Invalid Field Format set' }]);
    expect((await sb.http.post('/admin/clock').send({})).status).toBe(400);
    expect((await sb.http.post('/admin/clock').send({ advanceSeconds: 1, set: '2030-06-01T09:00:00+07:00' })).status).toBe(400);
    expect((await sb.http.post('/admin/clock').send({ advanceSeconds: 'ten' })).status).toBe(400);
  });
});

describe('expiry follows the sandbox clock', () => {
  it('when the clock moves past the token lifetime (900 s), then the B2B token is refused with 401xx01', async () => {
    const c = await signedClient(sb, RICH);
    expect((await c.post(BALANCE, { partnerReferenceNo: 'B-1' })).status).toBe(200);
    // Each successful use slides the expiry: 899 s later the token still works …
    await sb.http.post('/admin/clock').send({ advanceSeconds: 899 });
    expect((await c.post(BALANCE, { partnerReferenceNo: 'B-2' })).status).toBe(200);
    // … and 901 s of silence end it.
    await sb.http.post('/admin/clock').send({ advanceSeconds: 901 });
    const res = await c.post(BALANCE, { partnerReferenceNo: 'B-3' });
    expect([res.status, res.body.responseCode]).toEqual([401, '4011101']);
  });
});
