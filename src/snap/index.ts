import type { SnapHandler } from '../context.js';
import type { PageRouterFactory } from '../webview/pages.js';
import { balanceHandlers } from './balance/balance.routes.js';
import { tokenHandlers } from './token/token.routes.js';

/** Every SNAP capability's handlers, by the operationId (or x-snap-handler) the spec names. */
export const SNAP_HANDLERS: Record<string, SnapHandler> = {
  ...tokenHandlers,
  ...balanceHandlers,
};

/** Server-rendered pages (PIN and consent webviews) contributed by capabilities, mounted under /webview. */
export const SNAP_PAGES: PageRouterFactory[] = [];
