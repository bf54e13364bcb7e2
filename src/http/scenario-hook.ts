import type { Request, RequestHandler, Response } from 'express';
import type { SandboxContext } from '../context.js';
import { kindFor, type SnapKind } from '../errors/codes.js';
import { SnapError, snapMessage } from '../errors/snap-error.js';
import type { Fired } from '../scenarios/engine.js';
import type { Facts } from '../scenarios/matcher.js';
import type { Effect } from '../scenarios/types.js';
import type { Authenticated } from './guard.js';
import { toSnapError } from './error-handler.js';
import type { SnapOperation } from './openapi.js';
import './locals.js';
import { lowerHeaders, withLazyHeaders } from './request-headers.js';

/**
 * Applies scenario effects at the HTTP level. A SNAP endpoint asks after its guard (so partner,
 * customer and the nth count only see authenticated calls); pages ask before they run.
 */

const GATEWAY_TITLES: Record<number, string> = { 502: 'Bad Gateway', 503: 'Service Temporarily Unavailable', 504: 'Gateway Time-out' };

function gatewayPage(status: number): string {
  const title = `${status} ${GATEWAY_TITLES[status] ?? 'Error'}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
}

/** Outcomes that mean the request never reached DOKU: the guard's records (X-EXTERNAL-ID, token expiry) are undone. */
function neverReached(effect: Effect): boolean {
  return !effect.process && (effect.gateway !== undefined || isOn(effect.timeout) || effect.reset === true);
}

const isOn = (v: unknown) => v !== undefined && v !== false;

/** The effect always runs the endpoint first (malformed and truncated corrupt its real answer). */
function processes(effect: Effect): boolean {
  return effect.process === true || effect.malformed === true || effect.truncated === true || isOn(effect.processThenFail);
}

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

/** A fired rule bound to one request/response. */
export class ArmedFault {
  constructor(
    private readonly ctx: SandboxContext,
    private readonly req: Request,
    private readonly res: Response,
    readonly fired: Fired,
    private readonly serviceCode: string,
    private readonly page = false,
  ) {
    res.locals.scenario = { id: fired.scenarioId, name: fired.scenarioId, rule: fired.rule, effect: fired.label };
  }

  /** Whether the endpoint runs first and its answer is then replaced (after()). */
  get processes(): boolean {
    return processes(this.fired.effect);
  }

  /**
   * Waits out any delay, then answers at once for effects that do not process. Resolves true
   * when the response is taken care of (sent, held or cut) and the endpoint must not run.
   */
  async before(): Promise<boolean> {
    if (this.fired.delayMs > 0) {
      const released = await this.wait(this.fired.delayMs);
      if (released) return true;
    }
    if (this.processes) return false;
    const e = this.fired.effect;
    if (e.snapError) this.sendSnapError();
    else if (e.gateway !== undefined) this.sendGateway();
    else if (isOn(e.timeout)) this.hold(typeof e.timeout === 'object' ? e.timeout.afterMs : undefined);
    else if (e.reset) this.cut();
    else return false; // a delay alone: the endpoint answers as usual
    return true;
  }

  /** After the endpoint ran (and committed): replaces its answer with the effect's outcome. */
  after(status: number, body: unknown): void {
    const e = this.fired.effect;
    this.res.locals.responseBody = body;
    if (e.malformed) this.sendMalformed(status, body);
    else if (e.truncated) this.sendTruncated(status, body);
    else if (isOn(e.processThenFail)) this.hold(typeof e.processThenFail === 'object' ? (e.processThenFail.afterMs ?? 0) : 0);
    else if (e.snapError) this.sendSnapError();
    else if (e.gateway !== undefined) this.sendGateway();
    else if (isOn(e.timeout)) this.hold(typeof e.timeout === 'object' ? e.timeout.afterMs : undefined);
    else if (e.reset) this.cut();
  }

  /** The endpoint threw: a SNAP error is still "its answer" for the outcome; a bug is not (returns false). */
  afterError(error: unknown): boolean {
    const snap = toSnapError(error);
    if (!snap) return false;
    if (snap.diagnostics) this.res.locals.diagnostics = { ...this.res.locals.diagnostics, ...snap.diagnostics };
    this.after(snap.status, snap.toBody(this.serviceCode));
    return true;
  }

  private echo(): Record<string, unknown> {
    const body = this.req.body as Record<string, unknown> | undefined;
    return typeof body?.partnerReferenceNo === 'string' ? { partnerReferenceNo: body.partnerReferenceNo } : {};
  }

  private sendSnapError(): void {
    const spec = this.fired.effect.snapError!;
    let status: number;
    let responseCode: string;
    let responseMessage: string;
    if (spec.kind) {
      const error = new SnapError(spec.kind as SnapKind, spec.detail);
      ({ responseCode, responseMessage } = error.toBody(this.serviceCode));
      status = error.status;
    } else {
      responseCode = spec.responseCode!.replace('xx', this.serviceCode);
      status = Number(responseCode.slice(0, 3));
      const kind = kindFor(status, responseCode.slice(5, 7));
      responseMessage = kind ? snapMessage(kind, spec.detail) : 'Error';
    }
    if (spec.message) responseMessage = spec.message;
    this.res.status(status).json({ responseCode, responseMessage, ...this.echo() });
  }

  private sendGateway(): void {
    const g = this.fired.effect.gateway!;
    const status = typeof g === 'number' ? g : g.status;
    const html = typeof g === 'object' && g.body !== undefined ? g.body : gatewayPage(status);
    this.res.status(status).type('text/html').send(html);
  }

  private sendTimeout(): void {
    if (this.page) {
      this.res.status(504).type('text/html').send(gatewayPage(504));
      return;
    }
    const error = new SnapError('Timeout');
    this.res.status(error.status).json({ ...error.toBody(this.serviceCode), ...this.echo() });
  }

  private sendMalformed(status: number, body: unknown): void {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    // Framing is intact (right Content-Length); the content is not JSON.
    const broken = `${text.slice(0, Math.ceil(text.length / 2))}\u0000<!-- upstream error -->`;
    this.res.status(status).type(this.page ? 'text/html' : 'application/json').send(broken);
  }

  private sendTruncated(status: number, body: unknown): void {
    const bytes = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body), 'utf8');
    const socket = this.req.socket;
    this.res.writeHead(status, { 'Content-Type': this.page ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8', 'Content-Length': String(bytes.length) });
    // Announce the full length, send half, then cut: the client sees a premature end of the body.
    this.res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => socket.destroy());
  }

  /** Holds the connection: answers 504xx00 after afterMs, or never; let go when the server stops. */
  private hold(afterMs: number | undefined): void {
    const engine = this.ctx.scenarioEngine;
    let timer: NodeJS.Timeout | undefined;
    const unregister = engine?.onRelease(() => {
      if (timer) clearTimeout(timer);
      this.cut();
    });
    this.res.once('close', () => {
      if (timer) clearTimeout(timer);
      unregister?.();
    });
    if (afterMs === undefined) {
      this.res.statusCode = 0; // journal: no HTTP answer was given
      return;
    }
    timer = setTimeout(() => {
      unregister?.();
      if (!this.res.headersSent && !this.res.destroyed) this.sendTimeout();
    }, afterMs);
  }

  /** Resets the connection (RST where the platform allows it): ECONNRESET or "socket hang up". */
  private cut(): void {
    this.res.statusCode = 0;
    const socket = this.req.socket as typeof this.req.socket & { resetAndDestroy?: () => void };
    if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
    else socket.destroy();
  }

  /** A delay that the server's stop can cut short; resolves true when it was. */
  private wait(ms: number): Promise<boolean> {
    const engine = this.ctx.scenarioEngine;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        unregister?.();
        resolve(false);
      }, ms);
      const unregister = engine?.onRelease(() => {
        clearTimeout(timer);
        this.cut();
        resolve(true);
      });
    });
  }
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
