import type { Response } from 'express';
import type { SandboxContext } from '../context.js';
import { answerOfRepeat, bodyHash, rememberAnswerOfExternalId } from '../ledger/idempotency.js';
import type { ExternalIdConflict } from './guard.js';
import type { SnapOperation } from './openapi.js';
import { sendJson } from './request-log.js';
import './locals.js';

/**
 * DOKU's "Idempotency Request" rule for X-EXTERNAL-ID: the same X-EXTERNAL-ID with the same body
 * gets the original answer with HTTP 409 and nothing is processed again. Resolves true when the
 * repeat was answered that way; false when it stays the guard's 409xx00 (the reason is added to
 * the journal's diagnostics).
 */
export async function answerRepeat(conflict: ExternalIdConflict, op: SnapOperation, body: unknown, res: Response, ctx: SandboxContext): Promise<boolean> {
  const outcome = answerOfRepeat(ctx.store, conflict.previous, op.handler, body);
  if ('refused' in outcome) {
    conflict.withDiagnostics({ hint: `${String(conflict.diagnostics?.hint ?? 'X-EXTERNAL-ID already used today')}; ${outcome.refused}` });
    return false;
  }
  res.locals.diagnostics = { idempotentReplay: 'X-EXTERNAL-ID', hint: 'the same X-EXTERNAL-ID and body as an earlier success today: its answer again, HTTP 409 (DOKU\'s "Idempotency Request")' };
  await ctx.store.transact(() => {}); // waits for the write that carries the original answer, if still in flight
  sendJson(res, 409, outcome.answer);
  return true;
}

/**
 * After a success on an operation that changes state: its X-EXTERNAL-ID use remembers the body and
 * the answer (by the idempotency record's id when there is one, else the answer itself).
 */
export function rememberAnswer(
  ctx: SandboxContext,
  op: SnapOperation,
  externalKey: string | undefined,
  body: unknown,
  hashOfBody: string,
  recordId: string | undefined,
  reply: Record<string, unknown>,
): void {
  if (!op.changesState || externalKey === undefined) return;
  const operation = op.handler;
  const hash = hashOfBody || bodyHash(body);
  rememberAnswerOfExternalId(ctx.store, externalKey, recordId !== undefined ? { bodyHash: hash, operation, replyOf: recordId } : { bodyHash: hash, operation, reply });
}
