import type { Request, Response } from 'express';
import type { SandboxContext } from '../context.js';
import { kindFor, type SnapKind } from '../errors/codes.js';
import { SnapError, snapMessage } from '../errors/snap-error.js';
import type { Fired } from '../scenarios/engine.js';
import type { Effect } from '../scenarios/types.js';
import { toSnapError } from './error-handler.js';
import './locals.js';

/*
 * What a fired scenario rule does to the one call it fired on: an error, a gateway page, a delay or
 * a timeout, a reset, a malformed or truncated answer (scenario-hook.ts decides when it fires).
 */

const GATEWAY_TITLES: Record<number, string> = { 502: 'Bad Gateway', 503: 'Service Temporarily Unavailable', 504: 'Gateway Time-out' };

function gatewayPage(status: number): string {
  const title = `${status} ${GATEWAY_TITLES[status] ?? 'Error'}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
}

/** Outcomes that mean the request never reached DOKU: the guard's records (X-EXTERNAL-ID, token expiry) are undone. */
export function neverReached(effect: Effect): boolean {
  return !effect.process && (effect.gateway !== undefined || isOn(effect.timeout) || effect.reset === true);
}

const isOn = (v: unknown) => v !== undefined && v !== false;

/** The effect always runs the endpoint first (malformed and truncated corrupt its real answer). */
function processes(effect: Effect): boolean {
  return effect.process === true || effect.malformed === true || effect.truncated === true || isOn(effect.processThenFail);
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
