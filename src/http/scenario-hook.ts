import type { Request, RequestHandler, Response } from 'express';
import type { SandboxContext } from '../context.js';
import type { Facts } from '../scenarios/matcher.js';
import type { Authenticated } from './guard.js';
import type { SnapOperation } from './openapi.js';
import './locals.js';
import { lowerHeaders, withLazyHeaders } from './request-headers.js';
import { ArmedFault, neverReached } from './armed-fault.js';

/**
 * Applies scenario effects at the HTTP level. A SNAP endpoint asks after its guard (so partner,
 * customer and the nth count only see authenticated calls); pages ask before they run.
 */

function firstString(...values: unknown[]): string | undefined {
  return values.find((v): v is string => typeof v === 'string' && v.length > 0);
}

/** The body fields, across SNAP operations, that name the wallet a call is about. */
interface WalletFields {
  accountId?: unknown;
  phoneNo?: unknown;
  customerNumber?: unknown;
  additionalInfo?: { accountId?: unknown; phoneNo?: unknown };
  successParams?: { accountId?: unknown };
}

/** What rules match on, from a SNAP call that passed its guard. */
export function snapFacts(req: Request, op: SnapOperation, auth: Authenticated, now: number): Facts {
  // Any operation's body (the spec has validated it): only the fields that name a wallet are read, each checked to be a string.
  const body = (req.body ?? {}) as WalletFields;
  return withLazyHeaders(
    {
      domain: 'http' as const,
      method: req.method,
      path: req.path,
      operationId: op.operationId,
      partner: auth.partner.id,
      body,
      accountId: auth.customer?.accountId ?? firstString(body.accountId, body.additionalInfo?.accountId, body.successParams?.accountId),
      phoneNo: firstString(body.phoneNo, body.customerNumber, body.additionalInfo?.phoneNo),
      now,
    },
    req,
  );
}


const UNDO_GUARD: unique symbol = Symbol('scenario: undo the guard');

/**
 * Runs the guard and the scenario match as one unit: when the rule that fires means the request
 * never reached DOKU (gateway, timeout or reset without processing), the guard's records are undone.
 */
export function guardWithScenario(
  ctx: SandboxContext,
  op: SnapOperation,
  req: Request,
  res: Response,
  guard: () => Authenticated,
): { auth: Authenticated; fault?: ArmedFault } {
  const engine = ctx.scenarioEngine;
  if (!engine) return { auth: guard() };
  let result: { auth: Authenticated; fault?: ArmedFault } | undefined;
  // A sentinel, not an Error: building an Error's stack on every SNAP call cost ~2 % of its CPU.
  const undo = UNDO_GUARD;
  try {
    return ctx.store.atomically(() => {
      const auth = guard();
      const fired = engine.match(snapFacts(req, op, auth, ctx.clock.now()));
      result = { auth, fault: fired && new ArmedFault(ctx, req, res, fired, op.serviceCode) };
      if (fired && neverReached(fired.effect)) throw undo;
      return result;
    });
  } catch (error) {
    if (error === undo && result) return result;
    throw error;
  }
}

/**
 * Scenarios on the sandbox's own pages (PIN, consent) under /webview: a rule on a page path can
 * delay it, answer a gateway error, hold or cut the connection, or let the page run (the PIN is
 * taken, the wallet debited) and then replace what the browser gets.
 */
export function scenarioPages(ctx: SandboxContext): RequestHandler {
  return async (req, res, next) => {
    const engine = ctx.scenarioEngine;
    if (!engine || !req.path.startsWith('/webview')) return next();
    const fired = engine.match({ domain: 'http', method: req.method, path: req.path, headers: lowerHeaders(req), body: {}, now: ctx.clock.now() });
    if (!fired) return next();
    const fault = new ArmedFault(ctx, req, res, fired, '00', true);
    if (await fault.before()) return;
    if (!fault.processes) return next();
    captureThen(res, (status, body) => fault.after(status, body));
    next();
  };
}

/** Lets a page write its answer into a buffer instead of the socket, then hands it over. */
function captureThen(res: Response, then: (status: number, body: string) => void): void {
  const chunks: Buffer[] = [];
  const original = { writeHead: res.writeHead, write: res.write, end: res.end };
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
  };
  res.writeHead = function (this: Response) {
    return this;
  } as typeof res.writeHead;
  res.write = function (this: Response, chunk: unknown, encoding?: unknown) {
    keep(chunk, encoding);
    return true;
  } as typeof res.write;
  res.end = function (this: Response, chunk?: unknown, encoding?: unknown) {
    keep(chunk, encoding);
    Object.assign(res, original);
    const status = res.statusCode;
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    then(status, Buffer.concat(chunks).toString('utf8'));
    return this;
  } as typeof res.end;
}
