import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * One full garbage collection, now. Loading a large DATA_FILE leaves garbage in the old generation
 * (the tables' hash tables outgrown on the way to 100k rows, strings swapped for shared ones) that
 * V8 keeps until its next full collection, which an idle sandbox may not reach for a minute:
 * ~13 MB of RSS at 100k transactions, ~80 ms to collect. Uses `gc` where node was started with
 * --expose-gc, else takes it from a fresh context with the flag set for that moment only.
 */
export function collectGarbage(): void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed();
  setFlagsFromString('--expose-gc');
  try {
    (runInNewContext('gc') as () => void)();
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}
