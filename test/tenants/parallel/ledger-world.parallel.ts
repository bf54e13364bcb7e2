import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { parseMinor } from '../../../src/lib/money.js';
import { deleteWorld, meet, takeWorld, type World } from './world.js';

/**
 * Runs beside scenario-world.parallel.ts on the same sandbox. It tops up the fixture wallet that
 * the other file also uses and expects exact balances, resets its world and moves its clock: in
 * one shared world the other file's resets and its scenario (which refuses every top-up) would
 * break it, and this file's would break the other.
 */
const TOP_UP = '/snap-adapter/b2b/v1.0/emoney/topup';
const WALLET = '1140340010';
let world: World;

beforeAll(async () => {
  world = await takeWorld('parallel-ledger');
  await meet('parallel-scenario');
});

afterAll(async () => {
  await deleteWorld(world);
});

describe('a test file in its own tenant (ledger)', () => {
  it('when it tops up the fixture wallet again and again, then its balance moves by exactly its own top-ups', async () => {
    await world.admin.reset();
    await world.partner.getB2bToken();
    const start = parseMinor((await world.admin.account(WALLET)).balance)!;
    for (let i = 1; i <= 8; i++) {
      const res = await world.partner.post(TOP_UP, { partnerReferenceNo: randomUUID(), customerNumber: WALLET, amount: { value: '10000.00', currency: 'IDR' } });
      expect(res.body.responseCode).toBe('2003800');
      expect(parseMinor((await world.admin.account(WALLET)).balance)).toBe(start + i * 1_000_000);
    }
    expect((await world.admin.journal({ path: TOP_UP })).map((e) => e.partner)).toEqual(Array(8).fill(world.credentials.clientId));
  });

  it('when its clock is a day ahead, then only its own clock is, and a reset brings it back', async () => {
    expect((await world.admin.advanceClock(86_400)).offsetSeconds).toBe(86_400);
    const transactions = await world.admin.transactions();
    expect(transactions).toHaveLength(8);
    await world.admin.reset();
    expect((await world.admin.clock()).offsetSeconds).toBe(0);
    expect(await world.admin.transactions()).toEqual([]);
  });
});
