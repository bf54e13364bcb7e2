import type { Express, RequestHandler, Response } from 'express';
import type { Logger } from '../lib/logger.js';
import type { Clock } from '../lib/time.js';
import type { RequestFacts } from '../metrics/metrics.js';
import { maskPath, operationName, type Journal } from './journal.js';
import './locals.js';
import { mirroredAdminPath } from './tenant-routing.js';

const QUIET_READS = /^\/(admin|dashboard|docs|health|metrics|openapi\.json|favicon\.ico)(\/|\?|$)/;

/** Where a request is journalled, and by which clock: its tenant's. */
export interface RequestScope {
  journal: Journal;
  clock: Clock;
}

/** res.json keeps the body it sends in res.locals, for the journal and the log line. */
function keepJsonBodies(app: Express): void {
  const json = app.response.json;
  app.response.json = function (this: Response, body: unknown) {
    this.locals.responseBody = body;
    return json.call(this, body);
  };
}

/**
 * res.status(status).json(body) as Express would answer it (same bytes and headers: ETag is off),
 * without its per-call settings lookups and content-type negotiation, which were ~4 % of a SNAP
 * call. Where something has wrapped this response's json() (the response validator of the tests'
 * mode), it goes through that wrapper.
 */
export function sendJson(res: Response, status: number, body: unknown): void {
  if (Object.hasOwn(res, 'json')) {
    res.status(status).json(body);
    return;
  }
  res.locals.responseBody = body;
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

/**
 * Records every request in the journal and logs one line for it once the response is done
 * ('close' comes after 'finish', and also when the client went away first). The same requests
 * are counted for /metrics (`counted`), so the metrics and the journal agree.
 */
export function requestLog(app: Express, scopeOf: (res: Response) => RequestScope, log: Logger, counted?: (facts: RequestFacts) => void): RequestHandler {
  keepJsonBodies(app);
  return (req, res, next) => {
    const started = performance.now();
    const early = scopeOf(res);
    const at = early.clock.now();
    res.once('close', () => {
      const durationMs = performance.now() - started;
      // A page's form post names its tenant only in the body, read after this started.
      const scope = scopeOf(res);
      const journal = scope.journal;
      const body = res.locals.responseBody as { responseCode?: unknown } | undefined;
      const responseCode = typeof body?.responseCode === 'string' ? body.responseCode : undefined;
      const path = req.originalUrl;
      // The dashboard polls /admin and loads /docs assets: those reads stay out of the journal
      // (they would push the partner's calls out of it) and out of the info log.
      const own = mirroredAdminPath(path);
      const quiet = (req.method === 'GET' && QUIET_READS.test(path)) || own.startsWith('/admin/journal');
      if (!quiet) {
        const operationId = res.locals.operation?.operationId;
        counted?.({ operation: operationName(req.method, own, operationId), status: res.statusCode, responseCode, durationMs });
        journal.add({
          at: scope === early ? at : scope.clock.now() - durationMs,
          method: req.method,
          path,
          operationId,
          partner: res.locals.partnerId,
          status: res.statusCode,
          responseCode,
          durationMs: Math.round(durationMs * 100) / 100,
          diagnostics: res.locals.diagnostics,
          scenario: res.locals.scenario,
          request: { headers: req.headers, body: req.body },
          response: { body },
        });
      }
      log[quiet ? 'debug' : 'info']('request', {
        method: req.method,
        path: maskPath(path),
        status: res.statusCode,
        responseCode,
        durationMs: Math.round(durationMs * 10) / 10,
        partner: res.locals.partnerId,
        scenario: res.locals.scenario ? `${res.locals.scenario.name}/${res.locals.scenario.rule}` : undefined,
      });
    });
    next();
  };
}
