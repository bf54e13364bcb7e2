import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { StoreRefusedError } from '../../src/ledger/commits.js';
import { openStore as openDataFile, type StoreSettings } from '../../src/open-store.js';
import { readLog } from '../../src/storage/data-file/log-reader.js';
import { writeSnapshot } from '../../src/storage/data-file/snapshot.js';
import { Store } from '../../src/ledger/store.js';
import { FaultyDisk, GatedDisk } from '../helpers/faulty-disk.js';

/**
 * The storage engine when the disk refuses (issue 21), below HTTP: group commit, the cut of a
 * refused write, compaction and the final snapshot. A test "crashes" by leaving the files as they
 * are (FaultyDisk.crash, or a copy of the directory) and opening them again.
 */
let dir: string;
let file: string;
const opened: { abandon(): Promise<void> }[] = [];
const NO_BACKOFF = { firstMs: 0, maxMs: 0 };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'refused-commits-'));
  file = join(dir, 'data.json');
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.abandon()));
  rmSync(dir, { recursive: true, force: true });
});

async function openStore(options: Partial<StoreSettings> = {}, at = file) {
  const result = await openDataFile(at, { now: Date.now, ...options });
  opened.push(result.persistence);
  return result;
}

const balance = (store: Store, id: string) => store.balances.get(id)?.balanceMinor;

/** Adds 1 to a balance: each commit reads what the one before it wrote. */
function increment(store: Store, id: string): Promise<void> {
  return store.transact(() => {
    const previous = store.balances.get(id);
    store.balances.put({ id, balanceMinor: (previous?.balanceMinor ?? 0) + 1, postings: (previous?.postings ?? 0) + 1 });
  });
}

/** The files as a kill -9 right now would leave them, opened in another directory. */
async function openCopy() {
  const copy = mkdtempSync(join(tmpdir(), 'refused-copy-'));
  cpSync(dir, copy, { recursive: true });
  try {
    const reopened = await openStore({}, join(copy, 'data.json'));
    return { balances: new Map([...reopened.store.balances.values()].map((b) => [b.id, b.balanceMinor])), tornBytes: reopened.stats.tornBytes };
  } finally {
    await opened.pop()!.abandon();
    rmSync(copy, { recursive: true, force: true });
  }
}

describe('a commit the disk refuses', () => {
  test('when a write carrying several commits is refused, then they and the commits queued behind it (which read their balances) are rolled back to what is on disk', async () => {
    const disk = new FaultyDisk();
    const { store } = await openStore({ disk, retry: NO_BACKOFF });
    await increment(store, 'w'); // 1, on disk
    let inFlight!: () => void;
    const reached = new Promise<void>((resolve) => (inFlight = resolve));
    let release!: () => void;
    disk.beforeFailing = () => {
      inFlight();
      return new Promise<void>((resolve) => (release = resolve));
    };
    disk.failAt(1, 'short');

    // Three commits in one turn share the write that will be refused...
    const batch = [increment(store, 'w'), increment(store, 'w'), increment(store, 'x')];
    await reached;
    // ...and three more, made while it is in flight, build on them.
    const queued = [increment(store, 'w'), increment(store, 'w'), store.transact(() => store.balances.delete('x'))];
    expect(balance(store, 'w')).toBe(5);
    release();

    const outcomes = await Promise.allSettled([...batch, ...queued]);
    expect(outcomes.map((o) => o.status)).toEqual(Array(6).fill('rejected'));
    const reason = (outcomes[0] as PromiseRejectedResult).reason as StoreRefusedError;
    expect(reason).toBeInstanceOf(StoreRefusedError);
    expect(reason.toBody('38')).toEqual({ responseCode: '5003801', responseMessage: 'Internal Server Error' });
    expect(reason.diagnostics).toMatchObject({ code: 'ENOSPC', store: expect.stringMatching(/^ENOSPC: no space left on device/) });
    expect([balance(store, 'w'), store.balances.has('x'), store.writable]).toEqual([1, false, false]);
    expect(await openCopy()).toEqual({ balances: new Map([['w', 1]]), tornBytes: 0 });

    // The disk takes writes again: the next commit is durable, without a restart.
    disk.heal();
    await increment(store, 'w');
    expect([balance(store, 'w'), store.writable]).toEqual([2, true]);
    await disk.crash();
    const reopened = await openStore();
    expect([balance(reopened.store, 'w'), reopened.store.balances.has('x'), reopened.stats.tornBytes]).toEqual([2, false, 0]);
  });

  test('when cutting off the refused write fails too, then a crash finds only a torn line, and the next write cuts it first', async () => {
    const disk = new FaultyDisk();
    const { store } = await openStore({ disk, retry: NO_BACKOFF });
    await increment(store, 'w');
    disk.failAt(1, 'short').failTruncates(1);
    await expect(increment(store, 'w')).rejects.toBeInstanceOf(StoreRefusedError);
    // Half of the refused line is still in the file, cut short: never replayed.
    const crashedNow = await openCopy();
    expect(crashedNow.balances).toEqual(new Map([['w', 1]]));
    expect(crashedNow.tornBytes).toBeGreaterThan(0);

    disk.heal();
    await increment(store, 'w');
    await increment(store, 'w');
    expect(readLog(`${file}.log`)).toMatchObject({ tornBytes: 0, lines: [expect.anything(), expect.anything(), expect.anything()] });
    expect(await openCopy()).toEqual({ balances: new Map([['w', 3]]), tornBytes: 0 });
  });

  test('when a refusal undoes part of an operation that waits in between (a scenario delay), then the rest of it is refused too', async () => {
    const disk = new FaultyDisk();
    const { store } = await openStore({ disk, retry: NO_BACKOFF });
    const epoch = store.epoch; // the operation starts
    store.atomically(() => store.externalIds.put({ id: 'P|2025-01-10|guarded', at: 1 })); // its guard's record
    disk.failAt(1, 'EIO');
    await expect(increment(store, 'other')).rejects.toBeInstanceOf(StoreRefusedError); // another call, meanwhile
    expect(store.externalIds.has('P|2025-01-10|guarded')).toBe(false);
    await expect(store.transact(() => store.balances.put({ id: 'w', balanceMinor: 1, postings: 1 }), epoch)).rejects.toBeInstanceOf(StoreRefusedError);
    expect(store.balances.has('w')).toBe(false);
    await increment(store, 'w'); // an operation that starts now is fine
    expect(balance(store, 'w')).toBe(1);
  });

  test('while the disk refuses, a call that changes nothing is answered, and what was recorded for it stays until a commit the disk takes', async () => {
    const disk = new FaultyDisk();
    const { store } = await openStore({ disk, retry: NO_BACKOFF });
    await increment(store, 'w');
    disk.failEvery('ENOSPC');
    await expect(increment(store, 'w')).rejects.toBeInstanceOf(StoreRefusedError);
    store.atomically(() => store.externalIds.put({ id: 'P|2025-01-10|read', at: Date.now() })); // a read's guard record
    await expect(store.transact(() => balance(store, 'w'))).resolves.toBe(1);
    await expect(increment(store, 'w')).rejects.toBeInstanceOf(StoreRefusedError);
    expect([balance(store, 'w'), store.externalIds.has('P|2025-01-10|read')]).toEqual([1, true]);
    disk.heal();
    await increment(store, 'w');
    await disk.crash();
    const reopened = await openStore();
    expect([balance(reopened.store, 'w'), reopened.store.externalIds.has('P|2025-01-10|read')]).toEqual([2, true]);
  });

  test('while the disk refuses, writes are refused without touching it until the backoff has passed, then it is tried again', async () => {
    let now = 0;
    const disk = new FaultyDisk();
    const { store } = await openStore({ disk, retry: { firstMs: 100, maxMs: 400, now: () => now } });
    disk.failEvery('EIO');
    await expect(increment(store, 'w')).rejects.toBeInstanceOf(StoreRefusedError);
    expect(disk.refused).toBe(1);
    await expect(increment(store, 'w')).rejects.toBeInstanceOf(StoreRefusedError);
    expect(disk.refused).toBe(1); // backing off
    now += 100;
    await expect(increment(store, 'w')).rejects.toBeInstanceOf(StoreRefusedError);
    expect(disk.refused).toBe(2);
    now += 100; // the wait doubled to 200
    await expect(increment(store, 'w')).rejects.toBeInstanceOf(StoreRefusedError);
    expect(disk.refused).toBe(2);
    expect(await store.health()).toMatchObject({ writable: false, error: 'EIO: i/o error, write' });
    disk.heal();
    now += 100;
    expect(await store.health()).toEqual({ writable: true });
    await increment(store, 'w');
    expect(balance(store, 'w')).toBe(1);
  });
});

describe('snapshots when the disk refuses', () => {
  const snapshotWrites = (path: string) => path.endsWith('.tmp');

  test('when a write is refused while a compaction writes, then the old snapshot stays, and the log still holds every acknowledged change', async () => {
    await writeSnapshot(file, { seq: 0, tables: [['balances', [{ id: 'old', balanceMinor: 7, postings: 1 }]]] });
    const before = readFileSync(file);
    const faulty = new FaultyDisk();
    const gate = new GatedDisk(snapshotWrites, faulty);
    const { store, persistence } = await openStore({ disk: gate, retry: NO_BACKOFF, sliceMs: 0 });
    for (let i = 0; i < 3; i++) await increment(store, 'w');

    const compaction = persistence.compact();
    const releaseWrite = await gate.held(); // the new snapshot is half written
    faulty.failAt(1, 'EIO');
    await expect(increment(store, 'w')).rejects.toBeInstanceOf(StoreRefusedError);
    releaseWrite();
    gate.release();
    await expect(compaction).rejects.toThrow(/refused while the snapshot was written/);
    expect(readFileSync(file)).toEqual(before);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(`${file}.log.1`)).toBe(true);

    await increment(store, 'w');
    expect(await openCopy()).toEqual({ balances: new Map([['old', 7], ['w', 4]]), tornBytes: 0 });
    await persistence.compact(); // and the next compaction goes through
    expect(existsSync(`${file}.log.1`)).toBe(false);
    expect(await openCopy()).toEqual({ balances: new Map([['old', 7], ['w', 4]]), tornBytes: 0 });
  });

  test('when a compaction cannot write its snapshot (disk full), then it keeps the old files and leaves no temp file', async () => {
    const faulty = new FaultyDisk(snapshotWrites);
    const { store, persistence } = await openStore({ disk: faulty });
    await increment(store, 'w');
    await persistence.compact();
    const before = readFileSync(file);
    await increment(store, 'w');
    faulty.failEvery('short');
    await expect(persistence.compact()).rejects.toThrow(/ENOSPC/);
    expect(readFileSync(file)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['data.json', 'data.json.log', 'data.json.log.1']);
    await increment(store, 'w'); // the log still takes writes
    expect(await openCopy()).toEqual({ balances: new Map([['w', 3]]), tornBytes: 0 });
    faulty.heal();
    await persistence.compact();
    expect(readdirSync(dir).sort()).toEqual(['data.json', 'data.json.log']);
  });

  test('when the final snapshot at shutdown is refused, then closing fails, the log stays, and a restart has every change', async () => {
    const faulty = new FaultyDisk(snapshotWrites);
    const { store } = await openStore({ disk: faulty });
    for (let i = 0; i < 10; i++) await increment(store, `w${i}`);
    faulty.failEvery('ENOSPC');
    await expect(store.close()).rejects.toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual(['data.json.log']);
    const reopened = await openStore();
    expect(reopened.store.balances.size).toBe(10);
  });
});
