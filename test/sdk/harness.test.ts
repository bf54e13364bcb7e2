import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sdkSandbox, type SdkSandbox } from './sdk-harness.js';

/** DOKU's Node SDK, unchanged but for its base URL, against an in-process sandbox. */
let env: SdkSandbox;
beforeAll(async () => {
  env = await sdkSandbox();
});
afterAll(() => env.close());

describe('doku-nodejs-library against the sandbox', () => {
  it("gets a B2B token in the Snap constructor, as the merchant registered through the admin API", async () => {
    expect(env.snap.tokenB2B).toMatch(/^eyJ/);
    expect(env.snap.tokenExpiresIn).toBe(900);
    const journal = await env.request('GET', `/admin/journal?path=/authorization/v1/access-token/b2b&partner=${env.merchant.clientId}`);
    const entries = journal.body.entries as { status: number; responseCode: string }[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ status: 200, responseCode: '2007300' });
  });

  it('a second Snap client of the same merchant gets a newer token (the latest token wins)', async () => {
    const second = await env.newSnap();
    expect(second.tokenB2B).toMatch(/^eyJ/);
    expect(second.tokenB2B).not.toBe(env.snap.tokenB2B);
    env.snap = second;
  });
});
