import type { RequestHandler } from 'express';
import type { Logger } from '../lib/logger.js';
import { maskPath, type Journal } from './journal.js';
import './locals.js';

const QUIET_READS = /^\/(admin|dashboard|docs|health|openapi\.json|favicon\.ico)(\/|\?|$)/;

/**
 * Records every request in the journal and logs one line for it once the response is finished.
 * res.json is wrapped to keep the body that was sent.
 */
export function requestLog(journal: Journal, log: Logger, now: () => number): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const at = new Date(now()).toISOString();
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      res.locals.responseBody = body;
      return json(body);
    };
    const record = () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const body = res.locals.responseBody as { responseCode?: unknown } | undefined;
      const responseCode = typeof body?.responseCode === 'string' ? body.responseCode : undefined;
      const path = req.originalUrl;
      // The dashboard polls /admin and loads /docs assets: those reads stay out of the journal
      // (they would push the partner's calls out of it) and out of the info log.
      const quiet = (req.method === 'GET' && QUIET_READS.test(path)) || path.startsWith('/admin/journal');
      if (!quiet) {
        journal.add({
          at,
          method: req.method,
          path,
          operationId: res.locals.operation?.operationId,
          partner: res.locals.partnerId,
          status: res.statusCode,
          responseCode,
          durationMs: Math.round(durationMs * 100) / 100,
          diagnostics: res.locals.diagnostics,
          scenario: res.locals.scenario,
          request: { headers: flatHeaders(req.headers), body: req.body },
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
    };
    res.once('finish', record);
    res.once('close', () => {
      if (!res.writableFinished) record();
    });
    next();
  };
}

function flatHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}
