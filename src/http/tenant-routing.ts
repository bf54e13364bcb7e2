import express, { Router, type RequestHandler } from 'express';
import { SnapError } from '../errors/snap-error.js';
import type { Tenant } from '../tenants/tenant.js';
import type { Tenants } from '../tenants/tenants.js';
import './locals.js';

const SCOPED_ADMIN = /^\/admin\/tenants\/([^/?]+)(?=[/?]|$)/;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The tenant a tenant-scoped admin path names (/admin/tenants/{tenantId}/…), as sent. */
export function scopedTenantId(path: string): string | undefined {
  const match = SCOPED_ADMIN.exec(path);
  return match ? decoded(match[1]!) : undefined;
}

/** /admin/tenants/{tenantId}/… as the path it mirrors, /admin/…; any other path as it is. */
export function mirroredAdminPath(path: string): string {
  const match = SCOPED_ADMIN.exec(path);
  return match && path[match[0].length] === '/' ? `/admin${path.slice(match[0].length)}` : path;
}

/**
 * Whose world a request acts in, as far as its URL says, before the journal records it: the
 * tenant of /admin/tenants/{tenantId}/…, or of a page's ?token= (or the bank simulator's
 * ?virtualAccountNo=). SNAP calls are identified at the door; a page's form post once its body is
 * read (tenantPages).
 */
export function identifyByUrl(tenants: Tenants): RequestHandler {
  return (req, res, next) => {
    if (tenants.size === 1) return next();
    const path = req.path;
    if (path.startsWith('/admin/tenants/')) {
      const id = scopedTenantId(path);
      const tenant = id === undefined ? undefined : tenants.get(id);
      if (tenant) res.locals.tenant = tenant;
    } else if (path.startsWith('/webview/')) {
      const tenant = tenants.forPageToken(req.query.token) ?? tenants.forVirtualAccount(req.query.virtualAccountNo);
      if (tenant) res.locals.tenant = tenant;
    }
    next();
  };
}

/**
 * How many tenants keep their routers built. A tenant's admin and pages routers hold ~100 KB
 * and build in under a millisecond (test/bench/tenants.ts), so the least recently used beyond
 * these are dropped and built again on their next request.
 */
export const BUILT_ROUTERS = 100;

/**
 * One router per tenant, built on its first request; the BUILT_ROUTERS most recently used are
 * kept, and none of a deleted tenant once another is built.
 */
export function perTenant(tenants: Tenants, build: (tenant: Tenant) => Router, keep = BUILT_ROUTERS): (tenant: Tenant) => Router {
  const built = new Map<Tenant, Router>();
  return (tenant) => {
    let router = built.get(tenant);
    if (router) built.delete(tenant);
    else {
      router = build(tenant);
      for (const t of built.keys()) if (tenants.get(t.id) !== t) built.delete(t);
    }
    built.set(tenant, router); // the most recently used last
    if (built.size > keep) built.delete(built.keys().next().value!);
    return router;
  };
}

/**
 * The sandbox's pages (/webview/…: PIN, consent, bank simulator) of the tenant that issued the
 * page's token; the form is read first, since a form post carries its token in the body. The
 * default tenant's pages come next in the app (mounted as they always were).
 */
export function tenantPages(tenants: Tenants, pagesOf: (tenant: Tenant) => Router): Router {
  const router = Router();
  router.use('/webview', express.urlencoded({ extended: false, limit: '16kb' }));
  router.use((req, res, next) => {
    if (tenants.size === 1 || !req.path.startsWith('/webview')) return next();
    const form = (req.body ?? {}) as Record<string, unknown>;
    const tenant = (res.locals.tenant ??= tenants.forPageToken(form.token) ?? tenants.forVirtualAccount(form.virtualAccountNo) ?? tenants.default);
    if (tenant.isDefault) return next();
    // What the tenant's pages do not answer goes nowhere else (not to the default tenant's pages or scenarios).
    pagesOf(tenant)(req, res, (error?: unknown) => next(error ?? new SnapError('NotFound', 'No such endpoint')));
  });
  return router;
}
