import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { bodyHash } from '../../src/ledger/idempotency.js';
import { entriesOf, postingsOf } from '../../src/ledger/ledger.js';
import { openStore as openDataFile } from '../../src/open-store.js';
import { writeSnapshot } from '../../src/storage/data-file/snapshot.js';

/**
 * Rows older versions wrote, below HTTP: the domain rules handed to the storage engine
 * (ledger/rows-from-disk.ts) give them their current form at boot, so the ledger itself knows no
 * older file format.
 */
let dir: string;
let file: string;
const opened: { abandon(): Promise<void> }[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rows-from-disk-'));
  file = join(dir, 'data.json');
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.abandon()));
  rmSync(dir, { recursive: true, force: true });
});

async function openStore() {
  const result = await openDataFile(file, { now: Date.now });
  opened.push(result.persistence);
  return result;
}

const tx = { id: 'TX1', clientId: 'P', partnerReferenceNo: 'R1' };
const ownId = { id: 'POSTING-OF-ITS-OWN', transactionId: 'TX1', at: 1, entries: [{ account: 'a', amountMinor: 5 }, { account: 'b', amountMinor: -5 }] };
const derived = { id: 'TX1', transactionId: 'TX1', at: 2, entries: ['a', 1, 'b', -1] };

describe('DATA_FILE rows from earlier versions', () => {
  test('when postings have ids of their own, then they get derived ids in the order the ledger read them, and the files keep them', async () => {
    await writeSnapshot(file, { seq: 0, tables: [['transactions', [tx]], ['postings', [ownId, derived]]] });
    const first = await openStore();
    const read = (store: typeof first.store) => postingsOf(store, 'TX1').map((p) => [p.id, entriesOf(p)[0]!.amountMinor]);
    expect(read(first.store)).toEqual([['TX1', 5], ['TX1.2', 1]]);
    expect(first.store.postings.size).toBe(2);
    // Written as changes before anything else: a crash right now reopens the same rows.
    expect(readFileSync(`${file}.log`, 'utf8')).toContain('"TX1.2"');
    await first.persistence.abandon();
    const second = await openStore();
    expect(read(second.store)).toEqual([['TX1', 5], ['TX1.2', 1]]);
    expect(second.store.postings.has('POSTING-OF-ITS-OWN')).toBe(false);
  });

  test('when a log line of an earlier version deletes a posting by its own id, then it is gone after boot', async () => {
    await writeSnapshot(file, { seq: 0, tables: [['transactions', [tx]], ['postings', [ownId]]] });
    writeFileSync(`${file}.log`, `${JSON.stringify({ s: 1, c: [['postings', ownId.id, null]] })}\n`);
    const { store } = await openStore();
    expect(store.postings.size).toBe(0);
    expect(postingsOf(store, 'TX1')).toEqual([]);
  });

  test('when a remembered request holds the full hex SHA-256 of its body, then it is kept as the short bodyHash of the same body', async () => {
    const body = { partnerReferenceNo: 'R1', amount: { value: '1.00', currency: 'IDR' } };
    const hex = createHash('sha256').update('{"amount":{"currency":"IDR","value":"1.00"},"partnerReferenceNo":"R1"}').digest('hex');
    const record = { id: 'P|topUp|R1', bodyHash: hex, status: 200, body: { responseCode: '2003800' }, at: 1 };
    await writeSnapshot(file, { seq: 0, tables: [['idempotency', [record]], ['externalIds', [{ id: 'P|day|X1', at: Date.now(), bodyHash: hex, operation: 'topUp', replyOf: record.id }]]] });
    const { store } = await openStore();
    expect(store.idempotency.get(record.id)?.bodyHash).toBe(bodyHash(body));
    expect(store.externalIds.get('P|day|X1')?.bodyHash).toBe(bodyHash(body));
  });
});
