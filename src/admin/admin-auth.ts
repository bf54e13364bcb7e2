import type { RequestHandler } from 'express';
import { SnapError } from '../errors/snap-error.js';
import { safeEqual } from '../lib/crypto.js';

/** With ADMIN_TOKEN set, every /admin call needs Authorization: Bearer <ADMIN_TOKEN>. */
export function adminAuth(adminToken: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (!adminToken) return next();
    const sent = req.headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1] ?? '';
    if (!safeEqual(sent, adminToken)) {
      return next(new SnapError('Unauthorized', 'Admin token required (Authorization: Bearer <ADMIN_TOKEN>)'));
    }
    next();
  };
}
