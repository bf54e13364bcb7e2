import { describe, expect, test } from '@jest/globals';
import { signedIn, testSandbox } from '../helpers/harness.js';

const TOPUP = '/snap-adapter/b2b/v1.0/emoney/topup';

describe('request body size limit', () => {
  test('when a body is larger than BODY_LIMIT_BYTES, then it is refused with 413 and a SNAP body, before any parsing', async () => {
    const { client: c } = await signedIn({ env: { BODY_LIMIT_BYTES: '2048' } });
    const body = { partnerReferenceNo: 'BIG-1', customerNumber: '1140340010', amount: { value: '10000.00', currency: 'IDR' }, additionalInfo: { padding: 'x'.repeat(4096) } };
    const res = await c.post(TOPUP, body);
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ responseCode: '4133800', responseMessage: 'Payload Too Large' });
  });

  test('the default limit is 64 KiB: just under passes the parser, just over is 413', async () => {
    const { client: c } = await signedIn();
    const sized = (bytes: number) => ({ partnerReferenceNo: 'SIZE', customerNumber: '1140340010', amount: { value: '10000.00', currency: 'IDR' }, additionalInfo: { padding: 'x'.repeat(bytes) } });
    const over = await c.post(TOPUP, sized(70_000));
    expect(over.status).toBe(413);
    const under = await c.post(TOPUP, sized(60_000));
    expect(under.status).not.toBe(413);
  });

  test('an oversized unsigned body is refused with 413 before the guard looks at it', async () => {
    const sb = await testSandbox({ BODY_LIMIT_BYTES: '1024' });
    const res = await sb.http
      .post(TOPUP)
      .set('Content-Type', 'application/json')
      .send(`{"padding":"${'x'.repeat(5000)}"}`);
    expect(res.status).toBe(413);
    expect(res.body.responseCode).toMatch(/^413/);
  });
});

describe('admin API with ADMIN_TOKEN', () => {
  const ADMIN = 'adm-TEST-ONLY-4f1c9e7a';

  test('when ADMIN_TOKEN is set, then /admin refuses no token, a wrong one, one of another length and a non-Bearer scheme', async () => {
    const sb = await testSandbox({ ADMIN_TOKEN: ADMIN });
    const attempts = [undefined, 'Bearer wrong-token-same-len', `Bearer ${ADMIN}x`, `Bearer ${ADMIN.slice(0, -1)}`, `Basic ${ADMIN}`, ADMIN];
    for (const authorization of attempts) {
      const req = sb.http.get('/admin/partners');
      const res = authorization ? await req.set('Authorization', authorization) : await req;
      expect({ authorization, status: res.status }).toEqual({ authorization, status: 401 });
      expect(res.body).toEqual({ responseCode: '4010000', responseMessage: expect.stringMatching(/^Unauthorized/) });
    }
  });

  test('every admin route is behind it, mutations included', async () => {
    const sb = await testSandbox({ ADMIN_TOKEN: ADMIN });
    expect((await sb.http.post('/admin/partners').send({ clientId: 'X', clientSecret: 'longenough', publicKey: 'x' })).status).toBe(401);
    expect((await sb.http.get('/admin/journal')).status).toBe(401);
    expect((await sb.http.get('/admin/ledger/verify')).status).toBe(401);
    expect((await sb.http.get('/admin/accounts')).status).toBe(401);
  });

  test('with the right token it answers, and /health stays open', async () => {
    const sb = await testSandbox({ ADMIN_TOKEN: ADMIN });
    expect((await sb.http.get('/admin/partners').set('Authorization', `Bearer ${ADMIN}`)).status).toBe(200);
    expect((await sb.http.get('/health')).status).toBe(200);
  });

  test('without ADMIN_TOKEN the admin API is open (the documented default for local use)', async () => {
    const sb = await testSandbox();
    expect((await sb.http.get('/admin/partners')).status).toBe(200);
  });
});
