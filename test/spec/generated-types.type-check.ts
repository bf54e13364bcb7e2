/**
 * Checked by `npm run typecheck`, not run: the types generated from spec/ catch what they are for.
 * Each @ts-expect-error must meet an error, so if a body or an admin shape fell back to a loose
 * type (any, Record<string, unknown>), the type check would fail here.
 */
import type { AdminAccount, AdminQrCode } from '../../src/client/admin.js';
import type { SnapBody, SnapCall, SnapHandlers } from '../../src/context.js';
import { topUp, topUpStatus } from '../../src/snap/topup/topup.service.js';

export function readsTopUpBody(call: SnapCall<'topUp'>): string {
  const body: SnapBody<'topUp'> = call.body;
  // @ts-expect-error a field the spec does not name (a typo of amount)
  void body.amout;
  // @ts-expect-error partnerReferenceNo is a string in the spec
  const wrongType: number = body.partnerReferenceNo;
  void wrongType;
  return body.amount.value;
}

export const handlersByOperation: SnapHandlers = {
  topUp,
  // @ts-expect-error Top Up's handler cannot serve Top Up Status: their bodies differ
  topUpStatus: topUp,
};

export const topUpStatusHandler: SnapHandlers = { topUpStatus };

export function readsAdminShapes(account: AdminAccount, qr: AdminQrCode): string {
  // @ts-expect-error AdminAccount has no field balanse
  void account.balanse;
  // @ts-expect-error a QR's amount is null for a static QR
  void qr.amount.value;
  return account.balance;
}
