import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { capture, writeSnapshot } from '../../src/storage/data-file/snapshot.js';
import { Store, type StoreSnapshot } from '../../src/ledger/store.js';
import { signedClient, signedIn, testSandbox, type TestSandbox } from '../helpers/harness.js';
import { idr } from '../helpers/ledger-support.js';
import { EMPTY } from '../helpers/personas.js';

/**
 * A DATA_FILE written before rows were made smaller (postings with ids of their own and one
 * object per entry, idempotency records with the full hex body hash) still boots, in our line
 * layout and as a plain lowdb file: the ledger verifies, the history reads the top-up's effect,
 * a retry gets the original answer and a changed body is still a duplicate.
 */
const TOPUP = '/snap-adapter/b2b/v1.0/emoney/topup';
const DETAIL = '/snap-adapter/b2b2c/v1.0/transaction-history-detail';
const body = { partnerReferenceNo: 'UPGRADE-1', customerNumber: EMPTY.accountId, amount: idr('25000.00') };

const dirs: string[] = [];
const sandboxes: TestSandbox[] = [];
afterEach(async () => {
  await Promise.all(sandboxes.splice(0).map((sb) => sb.ctx.store.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Hex SHA-256 of the body with sorted keys: what earlier versions stored. */
function legacyHash(value: unknown): string {
  const sorted = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])])) : v;
  return createHash('sha256').update(JSON.stringify(sorted(value))).digest('hex');
}

function asWrittenBefore(snapshot: StoreSnapshot): StoreSnapshot {
  const rows = JSON.parse(JSON.stringify(snapshot)) as Record<string, Record<string, unknown>[]>;
  rows.postings = rows.postings!.map((p, i) => {
    const flat = p.entries as (string | number)[];
    const entries = [];
    for (let j = 0; j < flat.length; j += 2) entries.push({ account: flat[j], amountMinor: flat[j + 1] });
    return { ...p, id: `OLDPOSTING${String(i).padStart(10, '0')}`, entries };
  });
  rows.idempotency = rows.idempotency!.map((r) => ({ ...r, bodyHash: legacyHash(body) }));
  return rows as unknown as StoreSnapshot;
}

describe('DATA_FILE from before the compact rows', () => {
  it.each(['line layout', 'plain lowdb file'])('when booted from a %s, then ledger, history and idempotent replay work as before', async (layout) => {
    const { sb: before, client: first } = await signedIn();
    const original = await first.post(TOPUP, body);
    expect(original.body.responseCode).toBe('2003800');
    const legacy = asWrittenBefore(before.ctx.store.snapshot());

    const dir = mkdtempSync(join(tmpdir(), 'upgrade-'));
    dirs.push(dir);
    const file = join(dir, 'data.json');
    if (layout === 'line layout') {
      const store = new Store();
      store.restore(legacy);
      await writeSnapshot(file, capture(store, 0));
    } else {
      writeFileSync(file, JSON.stringify(legacy, null, 2));
    }

    const after = await testSandbox({ DATA_FILE: file });
    sandboxes.push(after);
    expect((await after.http.get('/admin/ledger/verify')).body).toMatchObject({ ok: true });
    const c = await signedClient(after);
    const replay = await c.post(TOPUP, body);
    expect([replay.status, replay.body]).toEqual([200, original.body]);
    const changed = await c.post(TOPUP, { ...body, amount: idr('26000.00') });
    expect([changed.status, changed.body.responseCode]).toEqual([409, '4093801']);

    await c.getCustomerToken(EMPTY.authCode);
    const detail = await c.post(DETAIL, { originalPartnerReferenceNo: 'UPGRADE-1' });
    expect(detail.body.additionalInfo).toMatchObject({ referenceNo: original.body.referenceNo, debitCredit: 'CREDIT' });
    expect((await after.http.get('/admin/ledger/verify')).body).toMatchObject({ ok: true });
  });
});
