import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorRequestHandler, Express, NextFunction, Request, RequestHandler, Response } from 'express';
import { SnapError } from '../errors/snap-error.js';
import { OperationValidators, type RequestCheck, type ResponseCheck } from './operation-validators.js';
import type { OpenApiDocument, SnapOperation } from './openapi.js';
import { readSnapBody, refuseBodyHeaders } from './snap-body.js';
import './locals.js';

/**
 * The one door for SNAP calls. A request for a SNAP operation's path is answered here from start
 * to end, journal included, and goes no further into the app; every other request passes on
 * untouched. One pass, each step refusing with the operation's service code (docs/fidelity.md,
 * "Requests at a SNAP path", says why each is answered so):
 *
 *   path     the operation's path exactly, or with one trailing slash (the signature covers the
 *            path as sent); the same letters in another case → 404, as at a case-sensitive gateway
 *   method   the operation's (POST, or PUT/DELETE for update-va/delete-va) → else 405, with Allow
 *   query    none (spec/ declares no query parameters) → else 400xx01 naming the first
 *   body     application/json in UTF-8, no Content-Encoding, within BODY_LIMIT_BYTES → else 415,
 *            413; read once (http/snap-body.ts), strict JSON at most 64 deep → else 400xx00
 *   spec/    headers and body (http/operation-validators.ts) → else 400xx01/02 naming the field
 *   endpoint guard, idempotency, the capability's handler, commit (http/snap-endpoint.ts)
 *
 * In the tests' mode (VALIDATE_RESPONSES) every JSON answer is checked against spec/ as well:
 * one that breaks it leaves as a 500 General Error, logged.
 *
 * Two public ways in, to the same answer: the server's request listener asks the door first and
 * hands every other request to the Express app (inFrontOf); and the app itself has the door as
 * its first middleware (app.use), for whoever hands requests to the app directly (supertest,
 * embedding). The listener spares SNAP calls Express's app.handle and router set-up, ~3 KB
 * allocated per call (docs/performance.md).
 */
export interface SnapDoorOptions {
  document: OpenApiDocument;
  operations: SnapOperation[];
  endpoint(op: SnapOperation): RequestHandler;
  /** Says whose call this is (the tenant of its partner) before the journal records it. */
  identify?: (req: Request, res: Response) => void;
  /** The journal and log line every request gets. */
  requestLog: RequestHandler;
  errorHandler: ErrorRequestHandler;
  bodyLimitBytes: number;
  checkResponses: boolean;
}

export interface SnapDoor {
  /** For app.use: SNAP calls are answered, everything else goes on to the next middleware. */
  middleware: RequestHandler;
  /** A node:http request listener: SNAP calls are answered, everything else goes to the app. */
  inFrontOf(app: Express): (req: IncomingMessage, res: ServerResponse) => void;
}

interface Room {
  op: SnapOperation;
  endpoint: RequestHandler;
  check?: RequestCheck;
  checkResponse?: ResponseCheck;
}

/** What the door found for a URL: the rooms of its path, or the path meant by one in another case. */
type Found = { rooms: Map<string, Room>; query: string | undefined } | { meant: string };

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

/** What Express's app.handle sets up before its router (express 5, lib/application.js), for a request that skips it. */
function asExpress(app: Express, req: IncomingMessage, res: ServerResponse): [Request, Response] {
  const request = Object.setPrototypeOf(req, app.request) as Request; // a no-op for the server's own classes
  const response = Object.setPrototypeOf(res, app.response) as Response;
  request.res = response;
  response.req = request;
  response.locals = Object.create(null) as Response['locals'];
  request.originalUrl = request.url;
  request.baseUrl = '';
  request.params = {};
  return [request, response];
}

export function snapDoor(options: SnapDoorOptions): SnapDoor {
  const validators = new OperationValidators(options.document);
  /** path → method (upper case) → its room; the lower-case path → the path, to name a near miss. */
  const paths = new Map<string, Map<string, Room>>();
  const byLowerCase = new Map<string, string>();
  for (const op of options.operations) {
    if (!paths.has(op.path)) paths.set(op.path, new Map());
    paths.get(op.path)!.set(op.method.toUpperCase(), { op, endpoint: options.endpoint(op) });
    byLowerCase.set(op.path.toLowerCase(), op.path);
  }

  const find = (url: string): Found | undefined => {
    const mark = url.indexOf('?');
    const path = mark < 0 ? url : url.slice(0, mark);
    const rooms = paths.get(path) ?? (path.length > 1 && path.endsWith('/') ? paths.get(path.slice(0, -1)) : undefined);
    if (rooms) return { rooms, query: mark < 0 ? undefined : url.slice(mark + 1) };
    const lower = path.toLowerCase();
    const meant = byLowerCase.get(lower) ?? byLowerCase.get(lower.replace(/\/$/, ''));
    return meant === undefined ? undefined : { meant };
  };

  const steps = (found: Found, req: Request, res: Response, fail: (err: unknown) => void) => {
    if ('meant' in found) return fail(new SnapError('NotFound', 'No such endpoint').withDiagnostics({ hint: `paths are case-sensitive: did you mean ${found.meant}?` }));
    const room = found.rooms.get(req.method);
    if (!room) {
      const [first] = found.rooms.values();
      const allowed = [...found.rooms.keys()].join(', ');
      res.locals.serviceCode = first!.op.serviceCode;
      res.setHeader('Allow', allowed);
      return fail(new SnapError('FunctionNotSupported').withDiagnostics({ hint: `${first!.op.path} answers ${allowed}` }));
    }
    const { op } = room;
    res.locals.serviceCode = op.serviceCode;
    res.locals.operation = op;
    if (options.checkResponses) checkAnswers(res, (room.checkResponse ??= validators.response(op)), fail);
    const parameter = found.query === undefined ? undefined : firstQueryParameter(found.query);
    if (parameter !== undefined) return fail(new SnapError('InvalidFieldFormat', parameter).withDiagnostics({ hint: `${op.path} takes no query parameters` }));
    const refused = refuseBodyHeaders(req.headers, options.bodyLimitBytes);
    if (refused) return fail(refused);
    readSnapBody(req, options.bodyLimitBytes, (unreadable) => {
      try {
        if (unreadable) return fail(unreadable);
        const invalid = (room.check ??= validators.request(op))({ headers: req.headers, body: req.body });
        if (invalid) return fail(invalid);
        void Promise.resolve(room.endpoint(req, res, fail)).catch(fail);
      } catch (error) {
        fail(error);
      }
    });
  };

  /** Journalled and logged like any request, then the steps; past the door there is only the error handler. */
  const answer = (found: Found, req: Request, res: Response) => {
    const fail = (err: unknown) => options.errorHandler(err, req, res, noop);
    options.identify?.(req, res);
    options.requestLog(req, res, () => {
      try {
        steps(found, req, res, fail);
      } catch (error) {
        fail(error);
      }
    });
  };

  return {
    middleware: function snapDoorway(req: Request, res: Response, next: NextFunction) {
      const found = find(req.url);
      if (!found) return next();
      answer(found, req, res);
    },
    inFrontOf: (app) => (req, res) => {
      const found = find(req.url!);
      if (!found) return app(req, res);
      answer(found, ...asExpress(app, req, res));
    },
  };
}
