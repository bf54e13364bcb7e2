import { Router, type RequestHandler } from 'express';
import { SnapError } from '../errors/snap-error.js';
import type { Tenant } from '../tenants/tenant.js';
import { unknownTenant, type Tenants } from '../tenants/tenants.js';

/**
 * Tenants: POST /admin/tenants makes a world of its own, GET lists them, DELETE removes one and
 * everything in it. Every admin endpoint also answers under /admin/tenants/{tenantId}/…, with the
 * same shapes, acting on that tenant alone: the one admin router, built for the tenant's context
 * (adminOf), so an endpoint added to src/admin/ is there for every tenant without more work.
 */
export function tenantsRouter(tenants: Tenants, adminOf: (tenant: Tenant) => Router): Router {
  const router = Router();
  router.post('/tenants', async (req, res) => {
    const { name } = (req.body ?? {}) as { name?: string };
    const { tenant, partners } = await tenants.create(name);
    res.status(201).json({
      ...tenant.view(),
      // The private keys are shown this once: the sandbox keeps only the public ones.
      partners: partners.map((p) => ({ clientId: p.clientId, clientSecret: p.clientSecret, publicKey: p.publicKeyPem, privateKey: p.privateKeyPem })),
    });
  });
  router.get('/tenants', (_req, res) => {
    res.json({ tenants: tenants.list().map((t) => t.view()) });
  });
  router.get('/tenants/:tenantId', (req, res) => {
    res.json(known(tenants, req.params.tenantId).view());
  });
  router.delete('/tenants/:tenantId', async (req, res) => {
    await tenants.delete(req.params.tenantId);
    res.status(204).end();
  });
  router.use('/tenants/:tenantId', (req, res, next) => {
    // What the tenant's admin does not answer goes nowhere else (not to the default tenant's).
    adminOf(known(tenants, req.params.tenantId as string))(req, res, (error?: unknown) => next(error ?? new SnapError('NotFound', 'No such endpoint')));
  });
  return router;
}

/** Refuses a tenant-scoped path of an unknown tenant before its request is read or validated. */
export function knownTenant(tenants: Tenants): RequestHandler {
  return (req, _res, next) => {
    known(tenants, req.params.tenantId as string);
    next();
  };
}

function known(tenants: Tenants, id: string): Tenant {
  const tenant = tenants.get(id);
  if (!tenant) throw unknownTenant(id);
  return tenant;
}
