import { Router } from 'express';
import type { SandboxContext } from '../context.js';
import type { Journal } from '../http/journal.js';
import { accountsRouter } from './accounts.js';
import { adminAuth } from './admin-auth.js';
import { clockRouter } from './clock.js';
import { directDebitRouter } from './direct-debit.js';
import { journalRouter } from './journal.js';
import { keysRouter } from './keys.js';
import { ledgerRouter } from './ledger.js';
import { notificationsRouter } from './notifications.js';
import { otpsRouter } from './otps.js';
import { partnersRouter } from './partners.js';
import { qrisRouter } from './qris.js';
import { resetRouter } from './reset.js';
import { scenariosRouter } from './scenarios.js';
import { transactionsRouter } from './transactions.js';
import { virtualAccountsRouter } from './virtual-accounts.js';
import { webviewsRouter } from './webviews.js';

/** The QA control API under /admin; every route is described in spec/admin.yaml. */
export function adminRouter(ctx: SandboxContext, journal: Journal): Router {
  const router = Router();
  router.use(adminAuth(ctx.config.adminToken));
  router.use(partnersRouter(ctx));
  router.use(journalRouter(journal));
  router.use(scenariosRouter(ctx));
  router.use(clockRouter(ctx));
  router.use(resetRouter(ctx, journal));
  router.use(accountsRouter(ctx));
  router.use(otpsRouter(ctx));
  router.use(ledgerRouter(ctx));
  router.use(notificationsRouter(ctx));
  router.use(transactionsRouter(ctx));
  router.use(virtualAccountsRouter(ctx));
  router.use(directDebitRouter(ctx));
  router.use(keysRouter(ctx));
  router.use(qrisRouter(ctx));
  router.use(webviewsRouter(ctx));
  return router;
}
