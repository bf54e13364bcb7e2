import { describe, expect, it } from '@jest/globals';
import { runInNewContext } from 'node:vm';
import { collectGarbage } from '../../src/lib/gc.js';

/**
 * After loading a large DATA_FILE the server runs one full collection (src/server.ts). node is
 * not started with --expose-gc, so collectGarbage borrows `gc` for that moment only.
 */
describe('collectGarbage', () => {
  it('collects without --expose-gc and leaves gc unexposed afterwards', async () => {
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
    const held = new WeakRef({ big: new Array(1000).fill(0) });
    await new Promise((resolve) => setImmediate(resolve)); // a WeakRef holds its target until the job ends
    collectGarbage();
    expect(held.deref()).toBeUndefined();
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});
