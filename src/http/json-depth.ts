import type { RequestHandler } from 'express';
import { SnapError } from '../errors/snap-error.js';

/**
 * Refuses JSON bodies nested deeper than `maxDepth`. JSON.parse copes with any depth, but the
 * recursive walks that follow (idempotency body hash, journal masking, JSON.stringify) overflow
 * the stack at a few thousand levels; no SNAP body needs more than a handful.
 */
export const MAX_JSON_DEPTH = 64;

export function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, level]);
  }
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
