import type { ErrorRequestHandler, Express, NextFunction, Request, RequestHandler, Response } from 'express';
import { SnapError } from '../errors/snap-error.js';
import { OperationValidators, type FastCheck } from './operation-validators.js';
import type { OpenApiDocument, SnapOperation } from './openapi.js';
import { isJsonMediaType, isPlainJson, readPlainJson } from './plain-json-body.js';
import './locals.js';

/**
 * SNAP calls take one lane through the app: a map from "METHOD path" to the operation, then the
 * same steps the general pipeline would run for them (journal and log, JSON body, depth limit,
 * spec validation, the endpoint, the error handler) without walking Express's router layers and
 * the validator's route search for each call. That walk was most of what a signed call cost on
 * top of bare Express.
 *
 * Two entrances: a call with a plain JSON body (http/plain-json-body.ts) enters before Express's
 * router and its body is read straight from the socket; any other body enters as middleware,
 * after the request log, and is read by express.json(). Only exact matches take the lane: a query
 * string, a trailing slash, another case or another method falls through to the general pipeline,
 * which answers exactly as it always has.
 *
 * Validation: the operation's compiled check (http/operation-validators.ts) passes what is
 * certainly valid; anything else goes through express-openapi-validator, which either finds it
 * valid after all or produces the error, so every refusal is worded as before. With response
 * validation on (the tests), the validator also checks every request and wraps the response.
 */
export interface LaneSteps {
  /** The journal and log line every request gets (the pipeline's first middleware). */
  requestLog: RequestHandler;
  /** Body parsing and the depth limit, as the general pipeline runs them. */
  parse: RequestHandler[];
  /** express-openapi-validator's middlewares, shared with the general pipeline. */
  validator: RequestHandler[];
  endpoint(op: SnapOperation): RequestHandler;
  errorHandler: ErrorRequestHandler;
  bodyLimitBytes: number;
  alwaysRunValidator: boolean;
}

/** Runs handlers in order as Express would; done(err) on the first error. */
function chain(handlers: RequestHandler[], req: Request, res: Response, done: NextFunction): void {
  let i = 0;
  const step = (err?: unknown): void => {
    if (err !== undefined && err !== null && err !== 'route') return done(err);
    const handler = handlers[i++];
    if (!handler) return done();
    try {
      const result = handler(req, res, step) as unknown;
      if (result instanceof Promise) result.catch(done);
    } catch (error) {
      done(error);
    }
  };
  step();
}

function laneDisagrees(op: SnapOperation, err: unknown): SnapError {
  return new SnapError('GeneralError').withDiagnostics({
    hint: `the fast check of ${op.operationId} passed a request express-openapi-validator refuses`,
    validatorSaid: (err as { errors?: unknown }).errors ?? String(err),
  });
}

interface Lane {
  op: SnapOperation;
  endpoint: RequestHandler;
  check?: FastCheck;
}

export function snapLane(app: Express, document: OpenApiDocument, operations: SnapOperation[], steps: LaneSteps): RequestHandler {
  const validators = new OperationValidators(document);
  const lanes = new Map<string, Lane>(operations.map((op) => [`${op.method.toUpperCase()} ${op.path}`, { op, endpoint: steps.endpoint(op) }]));
  const [parseJson, ...afterParse] = steps.parse;
  const laneOf = (req: Request) => (req.url.includes('?') ? undefined : lanes.get(`${req.method} ${req.url}`));

  const certainlyValid = (lane: Lane, req: Request): boolean => {
    if (!isJsonMediaType(req.headers['content-type'])) return false;
    lane.check ??= validators.check(lane.op.path, lane.op.method);
    return lane.check({ headers: req.headers, body: req.body });
  };

  /** Everything after the body is read: depth limit, validation, the endpoint. */
  const afterBody = (lane: Lane, req: Request, res: Response, next: NextFunction) => {
    chain(afterParse, req, res, (parseError) => {
      if (parseError) return next(parseError);
      const run = (err?: unknown) => (err ? next(err) : void Promise.resolve(lane.endpoint(req, res, next)).catch(next));
      const fast = certainlyValid(lane, req);
      if (fast && !steps.alwaysRunValidator) return run();
      chain(steps.validator, req, res, (err) => {
        // Both ran (tests): the fast check must never pass what the validator refuses.
        if (err && fast) return next(laneDisagrees(lane.op, err));
        run(err);
      });
    });
  };

  const tag = (lane: Lane, res: Response) => {
    res.locals.serviceCode = lane.op.serviceCode;
    res.locals.operation = lane.op;
  };

  // Entrance 1: a plain JSON body, before the router. What Express's app.handle and router would
  // have set up first (express/lib/application.js, router/index.js) is set up here.
  type Handle = (req: Request, res: Response, done?: NextFunction) => void;
  const withHandle = app as unknown as { handle: Handle };
  const expressHandle = withHandle.handle.bind(app);
  withHandle.handle = (req, res, done) => {
    const lane = laneOf(req);
    if (!lane || !isPlainJson(req.headers, steps.bodyLimitBytes)) return expressHandle(req, res, done);
    req.res = res;
    res.req = req;
    Object.setPrototypeOf(req, app.request);
    Object.setPrototypeOf(res, app.response);
    res.locals ??= Object.create(null) as Response['locals'];
    req.originalUrl ??= req.url;
    req.baseUrl = '';
    req.params = {};
    // Past the lane there is nothing for this request but the error handler, as at the router's end.
    const fail: NextFunction = (err?: unknown) => steps.errorHandler(err ?? new SnapError('NotFound', 'No such endpoint'), req, res, () => {});
    steps.requestLog(req, res, () => {
      tag(lane, res);
      readPlainJson(req, (error) => (error ? fail(error) : afterBody(lane, req, res, fail)));
    });
  };

  // Entrance 2: any other body, as middleware after the request log.
  return (req, res, next) => {
    const lane = laneOf(req);
    if (!lane) return next();
    tag(lane, res);
    parseJson!(req, res, (parseError?: unknown) => (parseError ? next(parseError) : afterBody(lane, req, res, next)));
  };
}
