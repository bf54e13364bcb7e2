import { Router } from 'express';
import type { SandboxContext } from '../context.js';

/** GET /admin/keys: the public key of the sandbox's DOKU key pair, for partners that check DOKU's signatures (Snap.validateSignature of DOKU's Node SDK). */
export function keysRouter(ctx: SandboxContext): Router {
  const router = Router();
  router.get('/keys', (_req, res) => {
    res.json({ dokuPublicKey: ctx.keys.publicKeyPem });
  });
  return router;
}
