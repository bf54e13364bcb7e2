import type { RequestHandler, Response } from 'express';
import type { SandboxContext, SnapCall, SnapHandler } from '../context.js';
import { snapCode } from '../errors/snap-error.js';
import { SnapError } from '../errors/snap-error.js';
import { formatWib } from '../lib/time.js';
import { bodyHash, findPrevious, idempotencyId, remember, rememberedReply, sameBody } from '../ledger/idempotency.js';
import { authenticateTokenRequest, authenticateTransactional, ExternalIdConflict } from './guard.js';
import { answerRepeat, rememberAnswer } from './repeat-answer.js';
import { sendJson } from './request-log.js';
import { guardWithScenario, type ArmedFault } from './scenario-hook.js';
import type { SnapOperation } from './openapi.js';
import './locals.js';
import { withLazyHeaders } from './request-headers.js';

/**
 * One SNAP operation, after the spec has validated the request: guard → idempotent replay →
 * the capability's handler, atomically → durable commit → the SNAP success body.
 */
export function snapEndpoint(op: SnapOperation, handler: SnapHandler, ctx: SandboxContext): RequestHandler {
  return async (req, res) => {
    const rawBody = req.rawBody?.toString('utf8') ?? '';
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
          ctx.store.atomically(() => rememberAnswer(ctx, op, auth.externalKey, body, hash, previous.id, {}));
          await ctx.store.commit();
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
      const responseBody = ctx.store.atomically(() => {
        const call: SnapCall = withLazyHeaders(
          { operationId: op.operationId, serviceCode: op.serviceCode, partner: auth.partner, customer: auth.customer, body, externalId: auth.externalId, now },
          req,
        );
        const data = handler(call, ctx);
        const reply = { responseCode: snapCode('Successful', op.serviceCode), responseMessage: 'Successful', ...data };
        if (idemId) remember(ctx.store, { id: idemId, bodyHash: hash, status: 200, body: reply, at: now });
        rememberAnswer(ctx, op, auth.externalKey, body, hash, idemId, reply);
        return reply;
      });
      await ctx.store.commit();
      if (op.auth === 'asymmetric') setTokenResponseHeaders(res, auth.partner.id, now);
      if (fault?.processes) return fault.after(200, responseBody);
      sendJson(res, 200, responseBody);
    } catch (error) {
      // Guard side effects (external id, sliding expiry) stand even when the operation fails,
      // and so do changes the handler asked to keep (a wrong OTP attempt).
      if (error instanceof SnapError && error.standing) ctx.store.atomically(error.standing);
      await ctx.store.commit();
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
