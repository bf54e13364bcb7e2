import express, { type Express } from 'express';
import type { SandboxContext, SnapHandler } from './context.js';
import { adminAuth } from './admin/admin-auth.js';
import { adminRouter } from './admin/index.js';
import { dashboardRouter } from './dashboard/dashboard.js';
import { docsRouter } from './docs/docs.js';
import { errorHandler, notFound } from './http/error-handler.js';
import { jsonDepthLimit } from './http/json-depth.js';
import { healthRouter } from './http/health.js';
import { Journal } from './http/journal.js';
import type { SpecBundle } from './http/openapi.js';
import { requestLog } from './http/request-log.js';
import { scenarioPages } from './http/scenario-hook.js';
import { scenarioYamlBody } from './admin/scenarios.js';
import { serviceCodeOf } from './http/service-code.js';
import { snapEndpoint } from './http/snap-endpoint.js';
import { specValidator } from './http/validator.js';
import { SNAP_HANDLERS, SNAP_PAGES } from './snap/index.js';
import { pagesRouter } from './webview/pages.js';

export interface App {
  app: Express;
  journal: Journal;
}

/** Builds the whole HTTP pipeline, readable top to bottom. Never listens. */
export function createApp(ctx: SandboxContext, spec: SpecBundle, handlers: Record<string, SnapHandler> = SNAP_HANDLERS): App {
  const missing = spec.operations.filter((op) => !handlers[op.handler]).map((op) => op.operationId);
  if (missing.length > 0) throw new Error(`spec operations without a handler: ${missing.join(', ')}`);

  const journal = new Journal(ctx.config.journalSize);
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'extended');

  // 1. Every request is journalled and logged, and tagged with its SNAP service code.
  app.use(requestLog(journal, ctx.log, () => ctx.clock.now()));
  app.use(serviceCodeOf(spec.operations));

  // 2. Server-rendered pages (PIN, consent): HTML forms, outside spec/. Scenario rules on page paths apply first.
  app.use(scenarioPages(ctx));
  app.use(pagesRouter(ctx, SNAP_PAGES));
  // The QA dashboard (a page over /admin) and the reference docs of spec/ (/docs, /openapi.json).
  app.use(dashboardRouter());
  app.use(docsRouter(spec.document));

  // With ADMIN_TOKEN set, /admin answers 401 before parsing or validating anything it was sent.
  app.use('/admin', adminAuth(ctx.config.adminToken));

  // 3. JSON bodies, keeping the raw bytes for signature checks.
  app.use(
    express.json({
      limit: ctx.config.bodyLimitBytes,
      type: ['application/json', 'application/*+json'],
      verify: (req, _res, buf) => {
        (req as express.Request).rawBody = buf;
      },
    }),
  );
  app.use(jsonDepthLimit());

  // POST /admin/scenarios also takes YAML.
  app.use(scenarioYamlBody(ctx.config.bodyLimitBytes));

  // 4. Everything described in spec/ is validated against it: SNAP endpoints, /admin, /health.
  app.use(specValidator(spec.document, ctx.config.validateResponses));
  app.use(healthRouter(ctx, Date.now()));
  app.use('/admin', adminRouter(ctx, journal));

  // 5. SNAP endpoints: guard, idempotency, the capability's handler.
  for (const op of spec.operations) {
    app[op.method as 'post'](op.path, snapEndpoint(op, handlers[op.handler]!, ctx));
  }

  // 6. Anything else, and every error, leaves SNAP-shaped.
  app.use(notFound);
  app.use(errorHandler(ctx.log));
  return { app, journal };
}
