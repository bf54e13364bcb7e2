import { AdminClient } from '../../../src/client/admin.js';
import { PartnerClient, type PartnerCredentials } from '../../../src/client/partner.js';

/** What a test file gets on the shared sandbox: a tenant of its own, its admin client and its partner. */
export interface World {
  tenantId: string;
  admin: AdminClient;
  partner: PartnerClient;
  credentials: PartnerCredentials;
}

const server = () => new AdminClient({ baseUrl: process.env.SANDBOX_URL! });

/** POST /admin/tenants: the file's own world, over HTTP (the sandbox is another process). */
export async function takeWorld(name: string): Promise<World> {
  const admin = server();
  const created = await admin.createTenant({ name });
  const [p] = created.partners;
  const credentials = { clientId: p!.clientId, clientSecret: p!.clientSecret, privateKeyPem: p!.privateKey };
  return { tenantId: created.tenantId, admin: admin.forTenant(created.tenantId), partner: new PartnerClient({ ...credentials, baseUrl: process.env.SANDBOX_URL! }), credentials };
}

/**
 * Waits (bounded) until the other file has made its tenant too, as the default tenant's journal
 * records: run one after the other, the first file would wait for the second in vain and fail.
 */
export async function meet(otherName: string): Promise<void> {
  const until = Date.now() + 30_000;
  for (;;) {
    const made = await server().journal({ path: '/admin/tenants', limit: 1000 });
    if (made.some((e) => e.method === 'POST' && (e.request.body as { name?: string } | undefined)?.name === otherName && e.status === 201)) return;
    if (Date.now() > until) throw new Error(`the other test file (${otherName}) never made its tenant: the files did not run at the same time on one server`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function deleteWorld(world: World | undefined): Promise<void> {
  if (world) await server().deleteTenant(world.tenantId);
}
