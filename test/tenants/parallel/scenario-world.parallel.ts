import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { deleteWorld, meet, takeWorld, type World } from './world.js';

/**
 * Runs beside ledger-world.parallel.ts on the same sandbox. It loads a scenario that refuses every
 * top-up, whoever sends it, resets its world and counts its journal: in one shared world the other
 * file's top-ups would be refused and would show up here.
 */
const TOP_UP = '/snap-adapter/b2b/v1.0/emoney/topup';
let world: World;

beforeAll(async () => {
  world = await takeWorld('parallel-scenario');
  await meet('parallel-ledger');
});

afterAll(async () => {
  await deleteWorld(world);
});

describe('a test file in its own tenant (scenarios)', () => {
  it('when a scenario refuses every top-up, then its own top-ups are refused and its journal holds only them', async () => {
    await world.admin.reset();
    await world.admin.clearJournal();
    await world.admin.loadScenario({ name: 'no-top-ups', rules: [{ name: 'all', match: { endpoint: 'topUp' }, effect: { snapError: { kind: 'InsufficientFunds' } } }] });
    await world.partner.getB2bToken();
    for (let i = 0; i < 8; i++) {
      const res = await world.partner.post(TOP_UP, { partnerReferenceNo: randomUUID(), customerNumber: '1140340010', amount: { value: '10000.00', currency: 'IDR' } });
      expect(res.body.responseCode).toBe('4033814');
    }
    const [scenario] = (await world.admin.scenarios()).filter((s) => s.id === 'no-top-ups');
    expect(scenario!.rules[0]).toMatchObject({ matched: 8, uses: 8 });
    // Its SNAP calls (its admin calls are in its journal too, as plain /admin calls are in the default one's).
    const journal = (await world.admin.journal()).filter((e) => !e.path.startsWith('/admin/'));
    expect(journal.map((e) => `${e.partner} ${e.responseCode}`)).toEqual([...Array(8).fill(`${world.credentials.clientId} 4033814`), `${world.credentials.clientId} 2007300`]);
  });

  it('when its world is reset, then its scenario is gone and its partner tops up again', async () => {
    await world.admin.reset();
    expect((await world.admin.scenarios()).map((s) => s.id)).not.toContain('no-top-ups');
    await world.partner.getB2bToken();
    const res = await world.partner.post(TOP_UP, { partnerReferenceNo: randomUUID(), customerNumber: '1140340010', amount: { value: '10000.00', currency: 'IDR' } });
    expect(res.body.responseCode).toBe('2003800');
  });
});
