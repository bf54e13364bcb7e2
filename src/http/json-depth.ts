import type { RequestHandler } from 'express';
import { SnapError } from '../errors/snap-error.js';

/**
 * Refuses JSON bodies nested deeper than `maxDepth`. JSON.parse copes with any depth, but the
 * recursive walks that follow (idempotency body hash, journal masking, JSON.stringify) overflow
 * the stack at a few thousand levels; no SNAP body needs more than a handful.
 */
export const MAX_JSON_DEPTH = 64;

export function depthOf(value: unknown, limit: number): number {
  if (value === null || typeof value !== 'object') return 0;
  let deepest = 0;
  // Recursion stops one level past the limit, so it never goes deeper than limit + 1 frames.
  const walk = (node: object, depth: number): void => {
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return;
    if (Array.isArray(node)) {
      for (const child of node) if (child !== null && typeof child === 'object') walk(child, depth + 1);
    } else {
      for (const name in node) {
        const child = (node as Record<string, unknown>)[name];
        if (child !== null && typeof child === 'object') walk(child, depth + 1);
      }
    }
  };
  walk(value, 1);
  return deepest;
}

export function jsonDepthLimit(maxDepth = MAX_JSON_DEPTH): RequestHandler {
  return (req, _res, next) => {
    if (req.body !== null && typeof req.body === 'object' && depthOf(req.body, maxDepth) > maxDepth) {
      req.body = {}; // the journal keeps req.body and masks it recursively
      next(new SnapError('BadRequest', `JSON nested deeper than ${maxDepth} levels`));
      return;
    }
    next();
  };
}
