import { Router, type Response } from 'express';
import { exampleScenario } from './example.js';
import { dashboardHtml } from './page.js';
import { DASHBOARD_SCRIPT } from './script.js';

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
  router.get('/dashboard/app.js', (_req, res) => {
    noStore(res).type('application/javascript').send(DASHBOARD_SCRIPT);
  });
  return router;
}
