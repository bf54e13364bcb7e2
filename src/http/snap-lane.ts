import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { SnapError } from '../errors/snap-error.js';
import { OperationValidators, type FastCheck } from './operation-validators.js';
import type { OpenApiDocument, SnapOperation } from './openapi.js';
import './locals.js';

/**
 * SNAP calls take one lane through the app: a map from "METHOD path" to the operation, then the
 * same steps the general pipeline would run for them (JSON body, depth limit, spec validation,
 * the endpoint) without walking ~80 router layers and the validator's route search for each
 * call. That walk was most of what a signed call cost on top of bare Express.
 *
 * Only exact matches take the lane: a query string, a trailing slash, another case or another
 * method falls through to the general pipeline, which answers exactly as it always has.
 *
 * Validation: the operation's compiled check (http/operation-validators.ts) passes what is
 * certainly valid; anything else goes through express-openapi-validator, which either finds it
 * valid after all or produces the error, so every refusal is worded as before. With response
 * validation on (the tests), the validator also checks every request and wraps the response.
 */
export interface LaneSteps {
  /** Body parsing and the depth limit, as the general pipeline runs them. */
  parse: RequestHandler[];
  /** express-openapi-validator's middlewares, shared with the general pipeline. */
  validator: RequestHandler[];
  endpoint(op: SnapOperation): RequestHandler;
  alwaysRunValidator: boolean;
}

const JSON_MEDIA_TYPE = /^application\/json\s*(;\s*charset=utf-8\s*)?$/i;

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

export function snapLane(document: OpenApiDocument, operations: SnapOperation[], steps: LaneSteps): RequestHandler {
  const validators = new OperationValidators(document);
  const lanes = new Map<string, Lane>(operations.map((op) => [`${op.method.toUpperCase()} ${op.path}`, { op, endpoint: steps.endpoint(op) }]));

  const certainlyValid = (lane: Lane, req: Request): boolean => {
    if (!JSON_MEDIA_TYPE.test(req.headers['content-type'] ?? '')) return false;
    lane.check ??= validators.check(lane.op.path, lane.op.method);
    return lane.check({ headers: req.headers, body: req.body });
  };

  return (req, res, next) => {
    const lane = req.url.includes('?') ? undefined : lanes.get(`${req.method} ${req.url}`);
    if (!lane) return next();
    res.locals.serviceCode = lane.op.serviceCode;
    res.locals.operation = lane.op;
    chain(steps.parse, req, res, (parseError) => {
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
}
