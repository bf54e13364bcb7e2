import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { Router, type Express } from 'express';
import type { SandboxContext, SnapHandler } from './context.js';
import { adminAuth } from './admin/admin-auth.js';
import { adminRouter } from './admin/index.js';
import { scenarioYamlBody } from './admin/scenarios.js';
import { knownTenant, tenantsRouter } from './admin/tenants.js';
import { dashboardRouter } from './dashboard/dashboard.js';
import { docsRouter } from './docs/docs.js';
import { errorHandler, notFound } from './http/error-handler.js';
import { healthRouter } from './http/health.js';
import { metricsRouter } from './http/metrics-endpoint.js';
import type { Journal } from './http/journal.js';
import { jsonDepthLimit } from './http/json-depth.js';
import { sandboxOwnApi, type SpecBundle } from './http/openapi.js';
import { requestLog } from './http/request-log.js';
import { scenarioPages } from './http/scenario-hook.js';
import { snapDoor } from './http/snap-door.js';
import { snapEndpoint } from './http/snap-endpoint.js';
import { identifyByUrl, perTenant, tenantPages } from './http/tenant-routing.js';
import { specValidator } from './http/validator.js';
import { SNAP_HANDLERS, SNAP_PAGES } from './snap/index.js';
import { pagesRouter } from './webview/pages.js';
import { Tenants } from './tenants/tenants.js';

export interface App {
  app: Express;
  /** What node:http should call: the SNAP door first, then the app (http/snap-door.ts). */
  listener: (req: IncomingMessage, res: ServerResponse) => void;
  /** The default tenant's journal. */
  journal: Journal;
  tenants: Tenants;
}

/**
 * Builds the whole HTTP pipeline, readable top to bottom, for the server's tenants (by default
 * only `ctx`'s world, in memory: buildSandbox hands in those of DATA_FILE). Never listens.
 */
export function createApp(ctx: SandboxContext, spec: SpecBundle, handlers: Record<string, SnapHandler> = SNAP_HANDLERS, tenants: Tenants = new Tenants(ctx)): App {
  const missing = spec.operations.filter((op) => !handlers[op.handler]).map((op) => op.operationId);
  if (missing.length > 0) throw new Error(`spec operations without a handler: ${missing.join(', ')}`);

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'extended');
  const onError = errorHandler(ctx.log);
  // Each request is journalled in its tenant's journal, at its tenant's clock (the default one's
  // until it is known: tenants.ts, http/tenant-routing.ts).
  const logRequest = requestLog(app, (res) => res.locals.tenant ?? tenants.default, ctx.log, (facts) => ctx.metrics.request(facts));

  // 1. SNAP calls: one door, where each is journalled and answered from start to end (method,
  //    query, body, spec/ validation, guard, handler, commit), every refusal with the operation's
  //    service code. The server's listener asks it first (listener below); the app has it too.
  //    A call acts in the world of its partner's tenant (X-PARTNER-ID / X-CLIENT-KEY).
  const door = snapDoor({
    document: spec.document,
    operations: spec.operations,
    endpoint: (op) => snapEndpoint(op, handlers[op.handler]!, (res) => (res.locals.tenant ?? tenants.default).ctx),
    identify: (req, res) => {
      res.locals.tenant = tenants.forSnapCall(req.headers);
    },
    requestLog: logRequest,
    errorHandler: onError,
    bodyLimitBytes: ctx.config.bodyLimitBytes,
    checkResponses: ctx.config.validateResponses,
  });
  app.use(door.middleware);

  // 2. Every other request is journalled and logged, in its tenant's journal when the URL says which.
  app.use(identifyByUrl(tenants));
  app.use(logRequest);

  // 3. Server-rendered pages (PIN, consent; HTML forms, outside spec/) of the tenant that issued
  //    the page's token. Scenario rules on page paths apply first.
  const pagesOf = perTenant(tenants, (t) => Router().use(scenarioPages(t.ctx), pagesRouter(t.ctx, SNAP_PAGES)));
  app.use(tenantPages(tenants, pagesOf));
  app.use(pagesOf(tenants.default));
  // The QA dashboard (a page over /admin) and the reference docs of spec/ (/docs, /openapi.json).
  app.use(dashboardRouter());
  app.use(docsRouter(spec.document));

  // 4. The sandbox's own API. With ADMIN_TOKEN set, /admin answers 401 before reading anything it
  //    was sent; a tenant-scoped path of an unknown tenant, 404.
  app.use('/admin', adminAuth(ctx.config.adminToken));
  app.use('/admin/tenants/:tenantId', knownTenant(tenants));
  app.use(express.json({ limit: ctx.config.bodyLimitBytes, type: ['application/json', 'application/*+json'] }), jsonDepthLimit());
  // POST /admin/scenarios also takes YAML.
  app.use(scenarioYamlBody(ctx.config.bodyLimitBytes));
  // Validated against spec/admin*.yaml by express-openapi-validator (SNAP calls never get here),
  // the tenant-scoped mirror of every admin path included (http/openapi.ts).
  app.use(specValidator(sandboxOwnApi(spec.document), ctx.config.validateResponses));
  app.use(healthRouter(ctx, Date.now()));
  app.use(metricsRouter(ctx.metrics));
  // One admin router per tenant, on its context: /admin/tenants/{tenantId}/… for a tenant, /admin/… for the default one.
  const adminOf = perTenant(tenants, (t) => adminRouter(t.ctx, t.journal));
  app.use('/admin', tenantsRouter(tenants, adminOf));
  app.use('/admin', adminOf(tenants.default));

  // 5. Anything else, and every error, leaves SNAP-shaped.
  app.use(notFound);
  app.use(onError);
  return { app, listener: door.inFrontOf(app), journal: tenants.default.journal, tenants };
}
