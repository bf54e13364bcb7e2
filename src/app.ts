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
import type { SnapOperation, SpecBundle } from './http/openapi.js';
import { requestLog } from './http/request-log.js';
import { scenarioPages } from './http/scenario-hook.js';
import { scenarioYamlBody } from './admin/scenarios.js';
import { serviceCodeOf } from './http/service-code.js';
import { snapEndpoint } from './http/snap-endpoint.js';
import { snapLane } from './http/snap-lane.js';
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

  // JSON bodies, keeping the raw bytes for signature checks; then the depth limit.
  const parseJson = [
    express.json({
      limit: ctx.config.bodyLimitBytes,
      type: ['application/json', 'application/*+json'],
      verify: (req, _res, buf) => {
        (req as express.Request).rawBody = buf;
      },
    }),
    jsonDepthLimit(),
  ];
  // Everything described in spec/ is validated against it: SNAP endpoints, /admin, /health.
  const validator = specValidator(spec.document, ctx.config.validateResponses);
  const endpoint = (op: SnapOperation) => snapEndpoint(op, handlers[op.handler]!, ctx);

  // 1. Every request is journalled and logged.
  const logRequest = requestLog(app, journal, ctx.log, () => ctx.clock.now());
  app.use(logRequest);

  // 2. SNAP calls at their exact path: straight to their endpoint (parse, validate, guard, handler).
  const onError = errorHandler(ctx.log);
  app.use(
    snapLane(app, spec.document, spec.operations, {
      requestLog: logRequest,
      parse: parseJson,
      validator,
      endpoint,
      errorHandler: onError,
      bodyLimitBytes: ctx.config.bodyLimitBytes,
      alwaysRunValidator: ctx.config.validateResponses,
    }),
  );

  // 3. Everything else, tagged with its SNAP service code first so even a parse error carries it.
  app.use(serviceCodeOf(spec.operations));

  // Server-rendered pages (PIN, consent): HTML forms, outside spec/. Scenario rules on page paths apply first.
  app.use(scenarioPages(ctx));
  app.use(pagesRouter(ctx, SNAP_PAGES));
  // The QA dashboard (a page over /admin) and the reference docs of spec/ (/docs, /openapi.json).
  app.use(dashboardRouter());
  app.use(docsRouter(spec.document));

  // With ADMIN_TOKEN set, /admin answers 401 before parsing or validating anything it was sent.
  app.use('/admin', adminAuth(ctx.config.adminToken));

  app.use(parseJson);
  // POST /admin/scenarios also takes YAML.
  app.use(scenarioYamlBody(ctx.config.bodyLimitBytes));

  app.use(validator);
  app.use(healthRouter(ctx, Date.now()));
  app.use('/admin', adminRouter(ctx, journal));

  // SNAP paths the lane did not take (a trailing slash, a query string, another case or method).
  for (const op of spec.operations) app[op.method as 'post'](op.path, endpoint(op));

  // 6. Anything else, and every error, leaves SNAP-shaped.
  app.use(notFound);
  app.use(onError);
  return { app, journal };
}
