import express, { Router } from 'express';
import type { SandboxContext } from '../context.js';

export type PageRouterFactory = (ctx: SandboxContext) => Router;

/**
 * Mounts the server-rendered pages each capability contributes (their *.pages.ts). Pages take
 * urlencoded form posts and sit outside spec/ (they are HTML, not API).
 */
export function pagesRouter(ctx: SandboxContext, factories: PageRouterFactory[]): Router {
  const router = Router();
  router.use('/webview', express.urlencoded({ extended: false, limit: '16kb' }));
  for (const factory of factories) router.use(factory(ctx));
  return router;
}
