import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import { SnapError } from '../errors/snap-error.js';
import { OperationValidators, type RequestCheck, type ResponseCheck } from './operation-validators.js';
import type { OpenApiDocument, SnapOperation } from './openapi.js';
import { readSnapBody, refuseBodyHeaders } from './snap-body.js';
import './locals.js';

/**
 * The one door for SNAP calls, mounted with app.use right after the request log. A request for a
 * SNAP operation's path is answered here from start to end and goes no further into the app;
 * every other request passes on untouched. One pass, each step refusing with the operation's
 * service code (docs/fidelity.md, "Requests at a SNAP path", says why each is answered so):
 *
 *   path     the operation's path exactly, or with one trailing slash (the signature covers the
 *            path as sent); the same letters in another case → 404, as at a case-sensitive gateway
 *   method   the operation's (POST) → else 405, with Allow
 *   query    none (spec/ declares no query parameters) → else 400xx01 naming the first
 *   body     application/json in UTF-8, no Content-Encoding, within BODY_LIMIT_BYTES → else 415,
 *            413; read once (http/snap-body.ts), strict JSON at most 64 deep → else 400xx00
 *   spec/    headers and body (http/operation-validators.ts) → else 400xx01/02 naming the field
 *   endpoint guard, idempotency, the capability's handler, commit (http/snap-endpoint.ts)
 *
 * In the tests' mode (VALIDATE_RESPONSES) every JSON answer is checked against spec/ as well:
 * one that breaks it leaves as a 500 General Error, logged.
 */
export interface SnapDoorOptions {
  document: OpenApiDocument;
  operations: SnapOperation[];
  endpoint(op: SnapOperation): RequestHandler;
  errorHandler: ErrorRequestHandler;
  bodyLimitBytes: number;
  checkResponses: boolean;
}

interface Room {
  op: SnapOperation;
  endpoint: RequestHandler;
  check?: RequestCheck;
  checkResponse?: ResponseCheck;
}

const noop = () => {};

/** The name of the first query parameter (`a` of `a[b]=1`, as Express's parser reads it), if any. */
function firstQueryParameter(query: string): string | undefined {
  for (const pair of query.split('&')) {
    let name = pair.split('=', 1)[0]!.replace(/\+/g, ' ');
    try {
      name = decodeURIComponent(name);
    } catch {
      // named as sent
    }
    const bracket = name.indexOf('[');
    if (bracket > 0) name = name.slice(0, bracket);
    if (name !== '') return name;
  }
  return undefined;
}

/** Answers through the response check first; an answer that breaks spec/ is replaced by the error handler's 500. */
function checkAnswers(res: Response, check: ResponseCheck, fail: (err: unknown) => void): void {
  const json = res.json;
  res.json = function checkedJson(this: Response, body: unknown) {
    const broke = check(this.statusCode, body);
    if (!broke) return json.call(this, body);
    delete (this as Partial<Response>).json;
    fail(broke);
    return this;
  };
}

export function snapDoor(options: SnapDoorOptions): RequestHandler {
  const validators = new OperationValidators(options.document);
  /** path → method (upper case) → its room; the lower-case path → the path, to name a near miss. */
  const rooms = new Map<string, Map<string, Room>>();
  const byLowerCase = new Map<string, string>();
  for (const op of options.operations) {
    if (!rooms.has(op.path)) rooms.set(op.path, new Map());
    rooms.get(op.path)!.set(op.method.toUpperCase(), { op, endpoint: options.endpoint(op) });
    byLowerCase.set(op.path.toLowerCase(), op.path);
  }

  const enter = (room: Room, query: string | undefined, req: Request, res: Response, fail: (err: unknown) => void) => {
    const { op } = room;
    if (options.checkResponses) checkAnswers(res, (room.checkResponse ??= validators.response(op)), fail);
    const parameter = query === undefined ? undefined : firstQueryParameter(query);
    if (parameter !== undefined) return fail(new SnapError('InvalidFieldFormat', parameter).withDiagnostics({ hint: `${op.path} takes no query parameters` }));
    const refused = refuseBodyHeaders(req.headers, options.bodyLimitBytes);
    if (refused) return fail(refused);
    readSnapBody(req, options.bodyLimitBytes, (unreadable) => {
      if (unreadable) return fail(unreadable);
      const invalid = (room.check ??= validators.request(op))({ headers: req.headers, body: req.body });
      if (invalid) return fail(invalid);
      void Promise.resolve(room.endpoint(req, res, fail)).catch(fail);
    });
  };

  return function snapDoorway(req: Request, res: Response, next: NextFunction) {
    const url = req.url;
    const mark = url.indexOf('?');
    const path = mark < 0 ? url : url.slice(0, mark);
    let methods = rooms.get(path);
    if (!methods && path.length > 1 && path.endsWith('/')) methods = rooms.get(path.slice(0, -1));
    if (!methods) {
      const meant = byLowerCase.get(path.toLowerCase()) ?? byLowerCase.get(path.toLowerCase().replace(/\/$/, ''));
      if (meant === undefined) return next();
      const notFound = new SnapError('NotFound', 'No such endpoint').withDiagnostics({ hint: `paths are case-sensitive: did you mean ${meant}?` });
      return options.errorHandler(notFound, req, res, noop);
    }
    // Past the door there is nothing for a SNAP call but the error handler.
    const fail = (err: unknown) => options.errorHandler(err, req, res, noop);
    const room = methods.get(req.method);
    if (!room) {
      const [first] = methods.values();
      const allowed = [...methods.keys()].join(', ');
      res.locals.serviceCode = first!.op.serviceCode;
      res.setHeader('Allow', allowed);
      return fail(new SnapError('FunctionNotSupported').withDiagnostics({ hint: `${first!.op.path} answers ${allowed}` }));
    }
    res.locals.serviceCode = room.op.serviceCode;
    res.locals.operation = room.op;
    enter(room, mark < 0 ? undefined : url.slice(mark + 1), req, res, fail);
  };
}
