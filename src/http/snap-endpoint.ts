import type { RequestHandler, Response } from 'express';
import type { SandboxContext, SnapCall, SnapHandler } from '../context.js';
import { snapCode } from '../errors/snap-error.js';
import { SnapError } from '../errors/snap-error.js';
import { StoreRefusedError } from '../ledger/commits.js';
import { formatWib } from '../lib/time.js';
import { bodyHash, findPrevious, idempotencyId, remember, rememberedReply, sameBody } from '../ledger/idempotency.js';
import { authenticateTokenRequest, authenticateTransactional, ExternalIdConflict } from './guard.js';
import { answerRepeat, rememberAnswer } from './repeat-answer.js';
import { sendJson } from './request-log.js';
import type { ArmedFault } from './armed-fault.js';
import { guardWithScenario } from './scenario-hook.js';
import type { SnapOperation } from './openapi.js';
import './locals.js';
import { withLazyHeaders } from './request-headers.js';

const nothing = () => {};

/**
 * One SNAP operation, after the spec has validated the request: guard → idempotent replay →
 * the capability's handler, atomically → durable commit → the SNAP success body. A commit the
 * disk refuses leaves nothing behind and answers 500xx01 (StoreRefusedError).
 */
export function snapEndpoint(op: SnapOperation, handler: SnapHandler, contextOf: (res: Response) => SandboxContext): RequestHandler {
  return async (req, res) => {
    // The world of the call's partner: its tenant's (app.ts identifies it at the door).
    const ctx = contextOf(res);
    const rawBody = req.rawBody?.toString('utf8') ?? '';
    // The guard's records and the handler's changes are one unit, even across a scenario delay.
    const epoch = ctx.store.epoch;
    let fault: ArmedFault | undefined;
    try {
      const identified = (partnerId: string) => {
        res.locals.partnerId = partnerId;
      };
      // A scenario rule may fire here (after the guard): it answers now, or after the handler ran.
      let guarded: ReturnType<typeof guardWithScenario>;
      try {
        guarded = guardWithScenario(ctx, op, req, res, () =>
          op.auth === 'asymmetric' ? authenticateTokenRequest(req, ctx, identified) : authenticateTransactional(req, op, ctx, rawBody, identified),
        );
      } catch (error) {
        // The same X-EXTERNAL-ID with the same body after a success: the original answer, HTTP 409.
        if (error instanceof ExternalIdConflict && (await answerRepeat(error, op, req.body ?? {}, res, ctx))) return;
        throw error;
      }
      const auth = guarded.auth;
      fault = guarded.fault;
      if (fault && (await fault.before())) return;
      const body = (req.body ?? {}) as Record<string, unknown>;

      const key = op.idempotencyKey ? body[op.idempotencyKey] : undefined;
      const idemId = typeof key === 'string' ? idempotencyId(auth.partner.id, op.handler, key) : undefined;
      const hash = idemId ? bodyHash(body) : '';
      if (idemId) {
        const previous = findPrevious(ctx.store, idemId);
        if (previous && sameBody(previous, hash, body)) {
          res.locals.diagnostics = { idempotentReplay: true };
          // The original, too, is durable before it is replayed.
          await ctx.store.transact(() => rememberAnswer(ctx, op, auth.externalKey, body, hash, previous.id, {}), epoch);
          const reply = rememberedReply(previous);
          if (fault?.processes) return fault.after(previous.status, reply);
          sendJson(res, previous.status, reply);
          return;
        }
        if (previous) {
          throw new SnapError('DuplicatePartnerReferenceNo').withEcho({ [op.idempotencyKey!]: key }).withDiagnostics({
            hint: `${op.idempotencyKey} ${String(key)} was already used for ${op.handler} with a different body`,
          });
        }
      }

      const now = ctx.clock.now();
      const responseBody = await ctx.store.transact(() => {
        const call: SnapCall = withLazyHeaders(
          { operationId: op.operationId, serviceCode: op.serviceCode, partner: auth.partner, customer: auth.customer, body, externalId: auth.externalId, now },
          req,
        );
        const data = handler(call, ctx);
        const reply = { responseCode: snapCode('Successful', op.serviceCode), responseMessage: 'Successful', ...data };
        if (idemId) remember(ctx.store, { id: idemId, bodyHash: hash, status: 200, body: reply, at: now });
        rememberAnswer(ctx, op, auth.externalKey, body, hash, idemId, reply);
        return reply;
      }, epoch);
      if (op.auth === 'asymmetric') setTokenResponseHeaders(res, auth.partner.id, now);
      if (fault?.processes) return fault.after(200, responseBody);
      sendJson(res, 200, responseBody);
    } catch (error) {
      // Guard side effects (external id, sliding expiry) stand even when the operation fails,
      // and so do changes the handler asked to keep (a wrong OTP attempt); a refused commit
      // already undid everything.
      if (!(error instanceof StoreRefusedError)) await ctx.store.transact((error instanceof SnapError && error.standing) || nothing, epoch);
      if (fault?.processes && fault.afterError(error)) return;
      throw error;
    }
  };
}

/** DOKU's Get Token B2B / B2B2C pages list two response headers: X-TIMESTAMP and X-CLIENT-KEY (the client id). */
function setTokenResponseHeaders(res: Response, clientId: string, now: number): void {
  res.setHeader('X-TIMESTAMP', formatWib(now));
  res.setHeader('X-CLIENT-KEY', clientId);
}
