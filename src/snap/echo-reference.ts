import type { SandboxContext } from '../context.js';
import { SnapError } from '../errors/snap-error.js';

/** Wraps a handler so that its business errors echo the partnerReferenceNo sent, as SNAP error bodies do. */
export function echoingReference<Call extends { body: { partnerReferenceNo?: unknown } }>(
  handler: (call: Call, ctx: SandboxContext) => Record<string, unknown>,
): (call: Call, ctx: SandboxContext) => Record<string, unknown> {
  return (call, ctx) => {
    try {
      return handler(call, ctx);
    } catch (error) {
      const ref = call.body.partnerReferenceNo;
      if (error instanceof SnapError && typeof ref === 'string') error.withEcho({ partnerReferenceNo: ref });
      throw error;
    }
  };
}
