import { afterAll, describe, expect, it } from '@jest/globals';
import { Writable } from 'node:stream';
import { AdminRequestError, createLogger, startSandbox, type SandboxHandle } from '../../src/index.js';

/** The README's in-process example, and the handle's promises: random port, memory store, typed clients. */
const RICH = { accountId: '1140340010', authCode: 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed' };
const BALANCE = '/snap-adapter/b2b2c/v1.0/balance-inquiry';
const handles: SandboxHandle[] = [];
const start = async (...args: Parameters<typeof startSandbox>) => {
  const sb = await startSandbox(...args);
  handles.push(sb);
  return sb;
};

afterAll(async () => {
  await Promise.all(handles.map((h) => h.stop()));
});

describe('startSandbox()', () => {
  it('when started without options, then it listens on a random 127.0.0.1 port with the memory store and the seeded partner can sign a balance inquiry', async () => {
    const sandbox = await start();
    expect(sandbox.url).toBe(`http://127.0.0.1:${sandbox.port}`);
    expect(sandbox.port).toBeGreaterThan(0);
    expect(sandbox.config.dataFile).toBeUndefined();
    expect((await sandbox.admin.health()).status).toBe('ok');

    await sandbox.partner.getB2bToken();
    await sandbox.partner.getCustomerToken(RICH.authCode);
    const reply = await sandbox.partner.post(BALANCE, { partnerReferenceNo: 'README-0001', additionalInfo: {} });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ responseCode: '2001100', responseMessage: 'Successful' });

    const [entry] = await sandbox.admin.journal({ path: BALANCE, limit: 1 });
    expect(entry).toMatchObject({ method: 'POST', path: BALANCE, partner: sandbox.credentials.clientId, status: 200, responseCode: '2001100' });
  });

  it('when a call is signed badly, then the reply is the SNAP error (not a throw) and the journal explains the signature', async () => {
    const sandbox = await start();
    await sandbox.partner.getB2bToken();
    const reply = await sandbox.partner.post(BALANCE, { partnerReferenceNo: 'BAD-SIG-1' }, { headers: { 'X-SIGNATURE': 'bm90LXRoZS1zaWduYXR1cmU=' }, customerToken: null });
    expect(reply.ok).toBe(false);
    expect(reply.status).toBe(401);
    expect(reply.body.responseCode).toBe('4011100');
    const [entry] = await sandbox.admin.journal({ responseCode: '4011100' });
    expect(entry!.diagnostics).toMatchObject({ expectedStringToSign: expect.stringMatching(/^POST:\/snap-adapter\/b2b2c\/v1\.0\/balance-inquiry:/) });
  });

  it('when two sandboxes run side by side, then their state is separate', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    expect(a.port).not.toBe(b.port);
    await a.partner.getB2bToken();
    await a.partner.post(BALANCE, { partnerReferenceNo: 'ONLY-IN-A' }, { customerToken: null });
    expect(await a.admin.journal({ path: BALANCE })).toHaveLength(1);
    expect(await b.admin.journal({ path: BALANCE })).toHaveLength(0);
  });

  it('when the sandbox clock is moved, then the partner client keeps signing with a timestamp the sandbox accepts', async () => {
    const sandbox = await start();
    sandbox.server.ctx.clock.advance(3 * 86_400);
    await expect(sandbox.partner.getB2bToken()).resolves.toEqual(expect.any(String));
    const other = sandbox.partnerClient();
    expect(other).not.toBe(sandbox.partner);
    await expect(other.getB2bToken()).resolves.toEqual(expect.any(String));
  });

  it('when started with an adminToken, then the admin client sends it and a call without it is refused', async () => {
    const sandbox = await start({ adminToken: 'qa-secret' });
    expect((await sandbox.admin.partners()).map((p) => p.clientId)).toContain(sandbox.credentials.clientId);
    const anonymous = await fetch(`${sandbox.url}/admin/partners`, { signal: AbortSignal.timeout(5000) });
    expect(anonymous.status).toBe(401);
    const { AdminClient } = await import('../../src/index.js');
    await expect(new AdminClient({ baseUrl: sandbox.url }).partners()).rejects.toBeInstanceOf(AdminRequestError);
  });

  it('when given a log level and a logger, then each request is one structured line', async () => {
    let out = '';
    const sink = new Writable({ write: (chunk, _enc, done) => ((out += String(chunk)), done()) });
    const sandbox = await start({ logLevel: 'info', log: createLogger('info', sink, false) });
    await sandbox.partner.getB2bToken();
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'request', method: 'POST', path: '/authorization/v1/access-token/b2b', status: 200, responseCode: '2007300', partner: sandbox.credentials.clientId }));
  });

  it('when given scenarios by name, then they are active from the start', async () => {
    const sandbox = await start({ scenarios: ['token-down'] });
    expect((await sandbox.admin.scenarios()).find((s) => s.name === 'token-down')).toMatchObject({ source: 'startup' });
    await expect(sandbox.partner.getB2bToken()).rejects.toMatchObject({ name: 'SnapRequestError' });
  });

  it('when stopped, then the port no longer answers and stop() may be called again', async () => {
    const sandbox = await start();
    await sandbox.stop();
    await sandbox.stop();
    await expect(fetch(`${sandbox.url}/health`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
  });
});
