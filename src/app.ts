import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Express } from 'express';
import type { SandboxContext, SnapHandler } from './context.js';
import { adminAuth } from './admin/admin-auth.js';
import { adminRouter } from './admin/index.js';
import { scenarioYamlBody } from './admin/scenarios.js';
import { dashboardRouter } from './dashboard/dashboard.js';
import { docsRouter } from './docs/docs.js';
import { errorHandler, notFound } from './http/error-handler.js';
import { healthRouter } from './http/health.js';
import { metricsRouter } from './http/metrics-endpoint.js';
import { Journal } from './http/journal.js';
import { jsonDepthLimit } from './http/json-depth.js';
import { sandboxOwnApi, type SpecBundle } from './http/openapi.js';
import { requestLog } from './http/request-log.js';
import { scenarioPages } from './http/scenario-hook.js';
import { snapDoor } from './http/snap-door.js';
import { snapEndpoint } from './http/snap-endpoint.js';
import { specValidator } from './http/validator.js';
import { SNAP_HANDLERS, SNAP_PAGES } from './snap/index.js';
import { pagesRouter } from './webview/pages.js';

export interface App {
  app: Express;
  /** What node:http should call: the SNAP door first, then the app (http/snap-door.ts). */
  listener: (req: IncomingMessage, res: ServerResponse) => void;
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
  const onError = errorHandler(ctx.log);

  // 1. SNAP calls: one door, where each is journalled and answered from start to end (method,
  //    query, body, spec/ validation, guard, handler, commit), every refusal with the operation's
  //    service code. The server's listener asks it first (listener below); the app has it too.
  const logRequest = requestLog(app, journal, ctx.log, () => ctx.clock.now(), (facts) => ctx.metrics.request(facts));
  const door = snapDoor({
    document: spec.document,
    operations: spec.operations,
    endpoint: (op) => snapEndpoint(op, handlers[op.handler]!, ctx),
    requestLog: logRequest,
    errorHandler: onError,
    bodyLimitBytes: ctx.config.bodyLimitBytes,
    checkResponses: ctx.config.validateResponses,
  });
  app.use(door.middleware);

  // 2. Every other request is journalled and logged.
  app.use(logRequest);

  // 3. Server-rendered pages (PIN, consent): HTML forms, outside spec/. Scenario rules on page paths apply first.
  app.use(scenarioPages(ctx));
  app.use(pagesRouter(ctx, SNAP_PAGES));
  // The QA dashboard (a page over /admin) and the reference docs of spec/ (/docs, /openapi.json).
  app.use(dashboardRouter());
  app.use(docsRouter(spec.document));

  // 4. The sandbox's own API. With ADMIN_TOKEN set, /admin answers 401 before reading anything it was sent.
  app.use('/admin', adminAuth(ctx.config.adminToken));
  app.use(express.json({ limit: ctx.config.bodyLimitBytes, type: ['application/json', 'application/*+json'] }), jsonDepthLimit());
  // POST /admin/scenarios also takes YAML.
  app.use(scenarioYamlBody(ctx.config.bodyLimitBytes));
  // Validated against spec/admin*.yaml by express-openapi-validator (SNAP calls never get here).
  app.use(specValidator(sandboxOwnApi(spec.document), ctx.config.validateResponses));
  app.use(healthRouter(ctx, Date.now()));
  app.use(metricsRouter(ctx.metrics));
  app.use('/admin', adminRouter(ctx, journal));

  // 5. Anything else, and every error, leaves SNAP-shaped.
  app.use(notFound);
  app.use(onError);
  return { app, listener: door.inFrontOf(app), journal };
}
