import type { Posting } from './model.js';

/**
 * A transaction's first posting takes the transaction's id (one string shared by both rows and the
 * table key: ~50 bytes less per posting), later ones `<id>.2`, `<id>.3` …
 */
export function nthPostingId(transactionId: string, n: number): string {
  return n === 1 ? transactionId : [transactionId, n].join('.');
}

/** Whether a posting's id follows that scheme (files from before it hold ids of their own). */
export function isDerivedPostingId(p: Posting): boolean {
  const tx = p.transactionId;
  return p.id === tx || (p.id.length > tx.length + 1 && p.id.charCodeAt(tx.length) === 46 /* . */ && p.id.startsWith(tx));
}
