import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { AdminRequestError, startSandbox, type SandboxHandle, type TenantHandle } from '../../src/index.js';

/** Issue 17, tenants: bad input gets a SNAP-shaped 4xx naming the problem, and nothing changes. */
const TOP_UP = '/snap-adapter/b2b/v1.0/emoney/topup';
const topUp = () => ({ partnerReferenceNo: randomUUID(), customerNumber: '1140340010', amount: { value: '10000.00', currency: 'IDR' } });

let sandbox: SandboxHandle;
let a: TenantHandle;
let b: TenantHandle;

beforeAll(async () => {
  sandbox = await startSandbox({ validateResponses: true });
  [a, b] = await Promise.all([sandbox.createTenant(), sandbox.createTenant()]);
}, 60_000);

afterAll(async () => {
  await sandbox?.stop();
});

async function send(method: string, path: string, body?: unknown) {
  const res = await fetch(`${sandbox.url}${path}`, { method, headers: body === undefined ? {} : { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** What a refused call could have changed: the tenants, their partners, clocks and scenarios. */
async function state() {
  const tenants = await sandbox.admin.tenants();
  return Promise.all(
    tenants.map(async (t) => {
      const admin = sandbox.admin.forTenant(t.tenantId);
      return { ...t, partners: await admin.partners(), offset: (await admin.clock()).offsetSeconds, scenarios: (await admin.scenarios()).map((s) => s.id) };
    }),
  );
}

describe('tenants: bad input', () => {
  it('when a tenant-scoped path names an unknown tenant, then 404 naming it, whatever the method or body, and nothing changes', async () => {
    const before = await state();
    const calls: [string, string, unknown?][] = [
      ['GET', '/admin/tenants/no-such-tenant/clock'],
      ['POST', '/admin/tenants/no-such-tenant/clock', { advanceSeconds: 60 }],
      ['POST', '/admin/tenants/no-such-tenant/clock', { advanceSeconds: 'not a number' }],
      ['POST', '/admin/tenants/no-such-tenant/reset'],
      ['POST', '/admin/tenants/no-such-tenant/partners', { clientId: 'X' }],
      ['GET', '/admin/tenants/no-such-tenant'],
      ['DELETE', '/admin/tenants/no-such-tenant'],
    ];
    for (const [method, path, body] of calls) {
      const res = await send(method, path, body);
      expect({ call: `${method} ${path}`, status: res.status, body: res.body }).toEqual({
        call: `${method} ${path}`,
        status: 404,
        body: { responseCode: '4040000', responseMessage: 'Not Found. Unknown tenant no-such-tenant' },
      });
    }
    expect(await state()).toEqual(before);
  });

  it('when a clientId another tenant has is registered, then 409 naming the clientId and its tenant, and nothing changes', async () => {
    const before = await state();
    const [aPartner] = await a.admin.partners();
    const attempts: [TenantHandle['admin'], string][] = [
      [b.admin, a.credentials.clientId], // a tenant's own partner, in another tenant
      [sandbox.admin, a.credentials.clientId], // … in the default tenant
      [a.admin, sandbox.credentials.clientId], // the fixture partner, in a tenant
    ];
    for (const [admin, clientId] of attempts) {
      const error = await admin.registerPartner({ clientId, clientSecret: 'SK-someone-else-0001', publicKey: aPartner!.publicKey }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AdminRequestError);
      const { status, body } = error as AdminRequestError;
      const owner = clientId === sandbox.credentials.clientId ? 'default' : a.tenantId;
      expect({ status, body }).toEqual({
        status: 409,
        body: { responseCode: '4090000', responseMessage: 'Conflict', additionalInfo: { reason: `clientId ${clientId} is already registered in tenant ${owner}; a clientId is unique across the server` } },
      });
    }
    expect(await state()).toEqual(before);
    // The owner's partner still signs, in its own world.
    await a.partner.getB2bToken();
    expect((await a.partner.post(TOP_UP, topUp())).body.responseCode).toBe('2003800');
  });

  it('when a tenant re-registers its own partner, then it is replaced there as before (201)', async () => {
    const [own] = await a.admin.partners();
    const replaced = await a.admin.registerPartner({ clientId: own!.clientId, clientSecret: a.credentials.clientSecret, publicKey: own!.publicKey, name: 'renamed' });
    expect([replaced.clientId, replaced.name]).toEqual([a.credentials.clientId, 'renamed']);
  });

  it('when the default tenant is deleted, or a tenant is made with a bad name, then 409 / 400 naming it, and nothing changes', async () => {
    const before = await state();
    const deleted = await send('DELETE', '/admin/tenants/default');
    expect(deleted).toEqual({ status: 409, body: { responseCode: '4090000', responseMessage: 'Conflict', additionalInfo: { reason: 'the default tenant cannot be deleted: POST /admin/reset returns it to the fixtures' } } });
    for (const body of [{ name: 42 }, { name: '' }, { name: 'x', color: 'blue' }]) {
      const made = await send('POST', '/admin/tenants', body);
      expect(made.status).toBe(400);
      expect(made.body.responseMessage).toMatch(/^Invalid Field Format (name|color)$/);
    }
    expect(await state()).toEqual(before);
  });

  it('when a tenant is deleted, then its admin paths are 404, its partner is unknown, its clientId is free, and the others are untouched', async () => {
    const doomed = await sandbox.createTenant({ name: 'doomed' });
    await doomed.partner.getB2bToken();
    const others = (await state()).filter((t) => t.tenantId !== doomed.tenantId);
    await doomed.delete();

    expect((await send('GET', `/admin/tenants/${doomed.tenantId}/clock`)).status).toBe(404);
    expect((await sandbox.admin.tenants()).map((t) => t.tenantId)).not.toContain(doomed.tenantId);
    const token = await doomed.partner.tokenPost('/authorization/v1/access-token/b2b', { grantType: 'client_credentials' });
    expect([token.status, token.body.responseCode]).toEqual([401, '4017300']);
    const call = await doomed.partner.post(TOP_UP, topUp());
    expect([call.status, call.body.responseCode]).toEqual([401, '4013801']);
    expect(await state()).toEqual(others);
    const [aPartner] = await a.admin.partners();
    await b.admin.registerPartner({ clientId: doomed.credentials.clientId, clientSecret: 'SK-reused-after-delete-1', publicKey: aPartner!.publicKey });
    expect((await b.admin.partners()).map((p) => p.clientId)).toContain(doomed.credentials.clientId);
  });
});
