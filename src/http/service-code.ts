import type { RequestHandler } from 'express';
import { NO_SERVICE } from '../errors/codes.js';
import type { SnapOperation } from './openapi.js';
import './locals.js';

/** Tags the request with its SNAP service code first, so even a parse error carries the right responseCode. */
export function serviceCodeOf(operations: SnapOperation[]): RequestHandler {
  const byPath = new Map(operations.map((op) => [op.path, op]));
  return (req, res, next) => {
    // Express routes /x/ as /x (non-strict routing), so the service code must follow it.
    const op = byPath.get(req.path.length > 1 ? req.path.replace(/\/+$/, '') : req.path);
    res.locals.serviceCode = op?.serviceCode ?? NO_SERVICE;
    if (op && req.method.toLowerCase() === op.method) res.locals.operation = op;
    next();
  };
}
