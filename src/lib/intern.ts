/**
 * One shared copy of strings that repeat across many rows (partner ids, ledger account names).
 * Bounded: past MAX distinct strings, new ones are returned as they are.
 */
const MAX = 100_000;
const pool = new Map<string, string>();

export function intern(text: string): string {
  if (typeof text !== 'string') return text;
  const shared = pool.get(text);
  if (shared !== undefined) return shared;
  if (pool.size < MAX) pool.set(text, text);
  return text;
}
