import { Router, type Response } from 'express';
import { exampleScenario } from './example.js';
import { dashboardHtml } from './page.js';
import { browserModule } from './browser-modules.js';

/** Nothing on these pages may come from another origin (no CDN, no external fonts). */
const SAME_ORIGIN_ONLY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'";

const noStore = (res: Response) => res.set({ 'Cache-Control': 'no-store', 'Content-Security-Policy': SAME_ORIGIN_ONLY });

/**
 * /dashboard: a static page and script that read and drive the admin API from the browser. The
 * page itself needs no token; every /admin call it makes carries the one typed into it.
 */
export function dashboardRouter(): Router {
  const html = dashboardHtml(exampleScenario());
  const router = Router();
  router.get(['/dashboard', '/dashboard/'], (_req, res) => {
    noStore(res).type('html').send(html);
  });
  // The browser script: app.js and the modules it imports (src/dashboard/browser/).
  router.get('/dashboard/:module.js', async (req, res, next) => {
    const js = browserModule(req.params.module);
    if (!js) return next();
    noStore(res).type('application/javascript').send(await js);
  });
  return router;
}
