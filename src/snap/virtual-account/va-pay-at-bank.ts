import type { SandboxContext } from '../../context.js';
import { inquireBill, directInquiryPartner, openInquiredVa } from './va-direct-inquiry.js';
import { payVirtualAccount, type VaPaid, type VaPaymentRequest } from './va-payment.js';

/** The channel a direct inquiry names when the payer did not say (BCA VA supports DIPC, DOKU's "BCA v1.0" page). */
export const DEFAULT_INQUIRY_CHANNEL = 'VIRTUAL_ACCOUNT_BCA';

/**
 * A customer pays a VA number at the bank (admin API or bank-simulator page): a number that is no
 * live VA but falls under a partner's direct-inquiry BIN is first asked about (DIPC), and the bill
 * the merchant answers becomes the VA paid in the same unit of work (store.transact: nothing is
 * kept if the disk refuses it); then the notifier's kick. Refusals are SnapErrors with the VA
 * payment service code 25.
 */
export async function payAtBank(ctx: SandboxContext, request: VaPaymentRequest, channel = DEFAULT_INQUIRY_CHANNEL): Promise<VaPaid> {
  const partner = directInquiryPartner(ctx, request.number, ctx.clock.now());
  const bill = partner ? await inquireBill(ctx, partner, request.number, channel) : undefined;
  const paid = await ctx.store.transact(() => {
    const now = ctx.clock.now();
    if (bill) openInquiredVa(ctx.store, bill, now);
    return payVirtualAccount(ctx, { ...request, ...(bill ? { inquiryRequestId: bill.inquiryRequestId } : {}) }, now);
  });
  ctx.notifier?.kick();
  return paid;
}
