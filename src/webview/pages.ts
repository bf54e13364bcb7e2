import { Router, type ErrorRequestHandler } from 'express';
import type { SandboxContext } from '../context.js';
import { StoreRefusedError } from '../ledger/commits.js';
import { errorPage } from './html.js';

export type PageRouterFactory = (ctx: SandboxContext) => Router;

/**
 * Mounts the server-rendered pages each capability contributes (their *.pages.ts), for one
 * tenant's context. Pages take urlencoded form posts (read before, by http/tenant-routing.ts) and
 * sit outside spec/ (they are HTML, not API).
 */
export function pagesRouter(ctx: SandboxContext, factories: PageRouterFactory[]): Router {
  const router = Router();
  for (const factory of factories) router.use(factory(ctx));
  router.use('/webview', storeRefusedPage);
  return router;
}

/** A page whose change the disk refused (nothing of it was kept) answers 503 in HTML, as pages do. */
const storeRefusedPage: ErrorRequestHandler = (error, _req, res, next) => {
  if (!(error instanceof StoreRefusedError)) return next(error);
  res.locals.diagnostics = { ...res.locals.diagnostics, ...error.diagnostics };
  res
    .status(503)
    .set('Cache-Control', 'no-store')
    .type('html')
    .send(errorPage('Please try again', 'Something went wrong on our side and nothing was changed. Please try again in a moment.'));
};
