import type { ErrorRequestHandler, RequestHandler } from 'express';
import { NO_SERVICE, type SnapKind } from '../errors/codes.js';
import { SnapError } from '../errors/snap-error.js';
import type { Logger } from '../lib/logger.js';

/** express-openapi-validator's error: a status plus one entry per failed check. */
interface ValidatorError {
  status: number;
  errors?: { path?: string; message?: string; errorCode?: string }[];
}

const KNOWN_HEADERS: Record<string, string> = {
  'content-type': 'Content-Type',
  'authorization-customer': 'Authorization-Customer',
  authorization: 'Authorization',
};

/** "/body/amount/value" → "amount.value"; "/headers/x-timestamp" → "X-TIMESTAMP"; "/query/pageSize" → "pageSize". */
export function fieldName(path: string | undefined): string {
  if (!path) return 'request';
  const [, location, ...rest] = path.split('/');
  if (location === 'headers') {
    const name = rest.join('/');
    return KNOWN_HEADERS[name] ?? name.toUpperCase();
  }
  const parts = (location === 'body' || location === 'query' || location === 'params' ? rest : [location ?? '', ...rest]).filter(Boolean);
  return parts.reduce((out, part) => (/^\d+$/.test(part) ? `${out}[${part}]` : out ? `${out}.${part}` : part), '') || 'request';
}

function fromValidator(err: ValidatorError): SnapError {
  const first = err.errors?.[0];
  const diagnostics = { validation: err.errors?.map((e) => ({ path: e.path, message: e.message })) };
  let kind: SnapKind;
  let detail: string | undefined;
  switch (err.status) {
    case 400:
      kind = first?.errorCode?.startsWith('required') ? 'InvalidMandatoryField' : 'InvalidFieldFormat';
      detail = fieldName(first?.path);
      break;
    case 404:
      kind = 'NotFound';
      detail = 'No such endpoint';
      break;
    case 405:
      kind = 'FunctionNotSupported';
      break;
    case 413:
      kind = 'PayloadTooLarge';
      break;
    case 415:
      kind = 'UnsupportedMediaType';
      detail = 'Content-Type must be application/json';
      break;
    default:
      // A 500 from the validator is a response that broke the spec: our bug, not the client's.
      kind = err.status >= 500 ? 'GeneralError' : 'BadRequest';
  }
  return new SnapError(kind, detail).withDiagnostics(diagnostics);
}

/** body-parser failures carry a `type`. */
function fromBodyParser(type: string): SnapError | undefined {
  switch (type) {
    case 'entity.parse.failed':
      return new SnapError('BadRequest', 'Malformed JSON body');
    case 'entity.too.large':
      return new SnapError('PayloadTooLarge');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new SnapError('UnsupportedMediaType', 'Unsupported charset or encoding');
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return new SnapError('BadRequest');
    default:
      return undefined;
  }
}

export function toSnapError(err: unknown): SnapError | undefined {
  if (err instanceof SnapError) return err;
  const e = err as { type?: unknown; status?: unknown; errors?: unknown };
  if (typeof e?.type === 'string') {
    const parsed = fromBodyParser(e.type);
    if (parsed) return parsed;
  }
  if (typeof e?.status === 'number' && Array.isArray(e.errors)) return fromValidator(e as ValidatorError);
  // Other client errors body-parser exposes (a gzip body that does not inflate, …).
  const exposed = err as { status?: unknown; expose?: unknown };
  if (exposed?.expose === true && typeof exposed.status === 'number' && exposed.status >= 400 && exposed.status < 500) {
    if (exposed.status === 413) return new SnapError('PayloadTooLarge');
    if (exposed.status === 415) return new SnapError('UnsupportedMediaType', 'Unsupported charset or encoding');
    return new SnapError('BadRequest', 'Unreadable request body');
  }
  return undefined;
}

/** The one error handler: every failure leaves as {responseCode, responseMessage}, never a stack. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    let snap = toSnapError(err);
    if (snap?.kind === 'GeneralError') {
      log.error('response broke the spec', { method: req.method, path: req.originalUrl, diagnostics: snap.diagnostics });
    }
    if (!snap) {
      log.error('unexpected error', { method: req.method, path: req.originalUrl, stack: (err as Error)?.stack ?? String(err) });
      snap = new SnapError('GeneralError');
    }
    if (snap.diagnostics) res.locals.diagnostics = { ...res.locals.diagnostics, ...snap.diagnostics };
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(snap.status).json(snap.toBody(res.locals.serviceCode ?? NO_SERVICE));
  };
}

export const notFound: RequestHandler = (_req, _res, next) => {
  next(new SnapError('NotFound', 'No such endpoint'));
};
