import type { SnapHandler, SnapHandlers } from '../context.js';
import type { PageRouterFactory } from '../webview/pages.js';
import { accountPages } from './account/account.pages.js';
import { accountHandlers } from './account/account.routes.js';
import { authPaymentHandlers } from './auth-payment/auth-payment.routes.js';
import { balanceHandlers } from './balance/balance.routes.js';
import { bindingPages } from './binding/binding.pages.js';
import { bindingHandlers } from './binding/binding.routes.js';
import { directDebitPages } from './direct-debit/dd.pages.js';
import { directDebitHandlers } from './direct-debit/dd.routes.js';
import { historyHandlers } from './history/history.routes.js';
import { otpHandlers } from './otp/otp.routes.js';
import { purchasePages } from './purchase/purchase.pages.js';
import { purchaseHandlers } from './purchase/purchase.routes.js';
import { qrisHandlers } from './qris/qris.routes.js';
import { tokenHandlers } from './token/token.routes.js';
import { topUpHandlers } from './topup/topup.routes.js';
import { transferHandlers } from './transfer/transfer.routes.js';
import { virtualAccountPages } from './virtual-account/va.pages.js';
import { virtualAccountHandlers } from './virtual-account/va.routes.js';

/** Every SNAP capability's handlers, by the operationId (or x-snap-handler) the spec names: one for each, or no build. */
const handlers = {
  ...tokenHandlers,
  ...balanceHandlers,
  ...accountHandlers,
  ...otpHandlers,
  ...bindingHandlers,
  ...topUpHandlers,
  ...transferHandlers,
  ...historyHandlers,
  ...purchaseHandlers,
  ...authPaymentHandlers,
  ...virtualAccountHandlers,
  ...directDebitHandlers,
  ...qrisHandlers,
} satisfies Required<SnapHandlers>;

/**
 * The same, for the HTTP layer, which finds a handler by the name its operation gives and hands it
 * the body the spec has just validated against that operation: the body its handler is typed for.
 */
export const SNAP_HANDLERS = handlers as unknown as Record<string, SnapHandler>;

/** Server-rendered pages (PIN and consent webviews) contributed by capabilities, mounted under /webview. */
export const SNAP_PAGES: PageRouterFactory[] = [accountPages, bindingPages, purchasePages, directDebitPages, virtualAccountPages];
