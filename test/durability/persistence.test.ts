import { appendFileSync, closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { openStore as openDataFile, type StoreSettings } from '../../src/open-store.js';
import { CorruptLogError, readLog } from '../../src/storage/data-file/log-reader.js';
import { startOfWibDay } from '../../src/ledger/external-id-sweep.js';
import { writeSnapshot } from '../../src/storage/data-file/snapshot.js';
import { Store } from '../../src/ledger/store.js';
import { GatedDisk } from '../helpers/faulty-disk.js';

let dir: string;
let file: string;
const opened: { abandon(): Promise<void> }[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'persist-'));
  file = join(dir, 'data.json');
});
afterEach(async () => {
  // Stores left open on purpose simulate a crash; release their handles without a final snapshot.
  await Promise.all(opened.splice(0).map((p) => p.abandon()));
  rmSync(dir, { recursive: true, force: true });
});

async function openStore(options: Partial<StoreSettings> = {}) {
  const result = await openDataFile(file, { now: Date.now, ...options });
  opened.push(result.persistence);
  return result;
}

function balance(store: Store, id: string): number | undefined {
  return store.balances.get(id)?.balanceMinor;
}

function setBalance(store: Store, id: string, balanceMinor: number): Promise<void> {
  store.balances.put({ id, balanceMinor, postings: 1 });
  return store.commit();
}

const line = (s: number, c: unknown[]) => `${JSON.stringify({ s, c })}\n`;

describe('DATA_FILE: snapshot + change log', () => {
  test('when DATA_FILE does not exist yet, then opening reports nothing restored', async () => {
    const { restored, store } = await openStore();
    expect(restored).toBe(false);
    expect(store.balances.size).toBe(0);
  });

  test('when commits were acknowledged and the process dies without closing, then a reopen has every one', async () => {
    const first = await openStore();
    for (let i = 0; i < 20; i++) await setBalance(first.store, `wallet:${i}`, i * 100);
    first.store.balances.delete('wallet:3');
    await first.store.commit();

    const second = await openStore();
    expect(second.restored).toBe(true);
    expect(second.store.balances.size).toBe(19);
    expect(balance(second.store, 'wallet:19')).toBe(1900);
    expect(second.store.balances.has('wallet:3')).toBe(false);
  });

  test('when many requests commit at once, then they share write + fsync rounds and each resolves after its line is on disk', async () => {
    const { store, persistence } = await openStore();
    const commits: Promise<void>[] = [];
    for (let i = 0; i < 300; i++) commits.push(setBalance(store, `wallet:${i}`, i));
    await Promise.all(commits);
    const { flushes, lines } = persistence.stats;
    expect(lines).toBe(300);
    expect(flushes).toBeLessThan(300 / 10);
    expect(readLog(`${file}.log`).lines).toHaveLength(300);
  });

  test('when the last line of the log was torn by a crash, then it is ignored, cut off, and appending goes on', async () => {
    const first = await openStore();
    await setBalance(first.store, 'wallet:a', 1);
    await setBalance(first.store, 'wallet:b', 2);
    appendFileSync(`${file}.log`, '{"s":3,"c":[["balances","wallet:c",{"id":"wallet:c","bala');

    const second = await openStore();
    expect(second.stats.tornBytes).toBeGreaterThan(0);
    expect(balance(second.store, 'wallet:b')).toBe(2);
    expect(second.store.balances.has('wallet:c')).toBe(false);
    await setBalance(second.store, 'wallet:d', 4);

    const third = await openStore();
    expect(third.stats.tornBytes).toBe(0);
    expect(balance(third.store, 'wallet:d')).toBe(4);
  });

  test('when a torn write left zero bytes at the end, then they are ignored too', async () => {
    const first = await openStore();
    await setBalance(first.store, 'wallet:a', 1);
    appendFileSync(`${file}.log`, Buffer.alloc(4096));
    const second = await openStore();
    expect(balance(second.store, 'wallet:a')).toBe(1);
  });

  test('when a torn write left a zero hole before complete-looking lines, then the log ends at the hole', async () => {
    const first = await openStore();
    await setBalance(first.store, 'wallet:a', 1);
    await first.persistence.abandon();
    const log = `${file}.log`;
    const good = readLog(log).goodBytes;
    // The log is grown ahead in zeros; a write cut short can leave its first sectors unwritten.
    const rest = `"postings":1}]]}\n${line(3, [['balances', 'wallet:b', { id: 'wallet:b', balanceMinor: 2, postings: 1 }]])}`;
    const torn = Buffer.concat([Buffer.alloc(512), Buffer.from(rest)]);
    const fd = openSync(log, 'r+');
    writeSync(fd, torn, 0, torn.length, good);
    closeSync(fd);
    const second = await openStore();
    expect(second.stats.tornBytes).toBeGreaterThan(0);
    expect(balance(second.store, 'wallet:a')).toBe(1);
    expect(second.store.balances.has('wallet:b')).toBe(false);
    await setBalance(second.store, 'wallet:c', 3);
    const third = await openStore();
    expect([third.stats.tornBytes, balance(third.store, 'wallet:c')]).toEqual([0, 3]);
  });

  test('the log is grown ahead in zeros, and a reopen reads exactly the lines written', async () => {
    const first = await openStore();
    for (let i = 0; i < 5; i++) await setBalance(first.store, `wallet:${i}`, i);
    const { logBytes } = first.persistence.stats;
    expect(statSync(`${file}.log`).size).toBeGreaterThan(logBytes);
    expect(readLog(`${file}.log`)).toMatchObject({ goodBytes: logBytes, tornBytes: 0 });
    const second = await openStore();
    expect(second.store.balances.size).toBe(5);
  });

  test('when a damaged line is followed by complete ones, then opening refuses instead of dropping acknowledged changes', async () => {
    writeFileSync(`${file}.log`, `${line(1, [])}garbage\n${line(2, [])}`);
    await expect(openStore()).rejects.toBeInstanceOf(CorruptLogError);
  });

  test('when DATA_FILE is not JSON, then opening fails with a message naming the file', async () => {
    writeFileSync(file, '{"partners": [');
    await expect(openStore()).rejects.toThrow(/DATA_FILE .*data\.json is not readable JSON/);
  });

  test('when a compaction runs, then the snapshot carries the state and its log sequence, and the rotated log is gone', async () => {
    const first = await openStore();
    for (let i = 0; i < 50; i++) await setBalance(first.store, `wallet:${i}`, i);
    await first.persistence.compact();
    expect(existsSync(`${file}.log.1`)).toBe(false);
    const snapshot = JSON.parse(readFileSync(file, 'utf8'));
    expect(snapshot._persistence.seq).toBe(50);
    expect(snapshot.balances).toHaveLength(50);
    await setBalance(first.store, 'wallet:after', 7);

    const second = await openStore();
    expect(second.store.balances.size).toBe(51);
    expect(balance(second.store, 'wallet:after')).toBe(7);
  });

  test('when requests keep committing while background compactions run, then a crash at any moment loses nothing acknowledged', async () => {
    const first = await openStore({ compactMinBytes: 20_000, compactRatio: 0, sliceMs: 0 });
    const acknowledged = new Map<string, number>();
    for (let round = 0; round < 40; round++) {
      const batch: Promise<void>[] = [];
      for (let i = 0; i < 25; i++) {
        const id = `wallet:${(round * 7 + i) % 300}`;
        const value = round * 1000 + i;
        batch.push(setBalance(first.store, id, value).then(() => void acknowledged.set(id, value)));
      }
      await Promise.all(batch);
    }
    expect(existsSync(file)).toBe(true); // at least one background compaction ran
    const second = await openStore();
    for (const [id, value] of acknowledged) expect(balance(second.store, id)).toBe(value);
    expect(second.store.balances.size).toBe(acknowledged.size);
  });

  test('when rows are changed, deleted and added again while a compaction writes, then a crash right after it loses nothing', async () => {
    // Each write of the new snapshot is held until a round of changes has run: every round below
    // happens while the snapshot is half written, at a later point of the file each time.
    const gate = new GatedDisk((path) => path.endsWith('.tmp'));
    const first = await openStore({ sliceMs: 0, disk: gate });
    const expected = new Map<string, number>();
    const set = (id: string, value: number) => setBalance(first.store, id, value).then(() => void expected.set(id, value));
    // Enough rows that the snapshot takes more than 5 writes of 64 K characters.
    for (let i = 0; i < 10_000; i++) void set(`wallet:${i}`, i);
    await first.store.commit();
    let compacting = true;
    const compaction = first.persistence.compact().then(() => void (compacting = false));
    let roundsDuringCompaction = 0;
    for (let round = 0; round < 30; round++) {
      const release = compacting ? await Promise.race([gate.held(), compaction.then(() => undefined)]) : undefined;
      if (release) roundsDuringCompaction++;
      const id = `wallet:${(round * 97) % 3000}`;
      first.store.balances.delete(id);
      await first.store.commit();
      expected.delete(id);
      if (round % 2 === 0) await set(id, 1_000_000 + round); // deleted, then added again: moves to the end
      await set(`wallet:new-${round}`, round);
      release?.();
    }
    gate.release();
    await compaction;
    expect(roundsDuringCompaction).toBeGreaterThan(5);
    expect(existsSync(`${file}.log.1`)).toBe(false);
    const second = await openStore();
    expect(new Map([...second.store.balances.values()].map((b) => [b.id, b.balanceMinor]))).toEqual(expected);
  });

  describe('a crash at each step of a compaction leaves a readable, complete state', () => {
    const row = (id: string, balanceMinor: number) => ({ id, balanceMinor, postings: 1 });
    const older = [line(1, [['balances', 'w1', row('w1', 2)]]), line(2, [['balances', 'w2', row('w2', 5)]])].join('');
    const newer = [line(3, [['balances', 'w1', row('w1', 3)]]), line(4, [['balances', 'w2', null]])].join('');
    const snap = (seq: number, rows: unknown[]) => writeSnapshot(file, { seq, tables: [['balances', rows]] });

    async function expectFinalState() {
      const opened = await openStore();
      expect(balance(opened.store, 'w1')).toBe(3);
      expect(opened.store.balances.has('w2')).toBe(false);
      expect(balance(opened.store, 'w0')).toBe(9);
      return opened;
    }

    test('after the log was rotated, before the new snapshot (old snapshot + .log.1 + .log)', async () => {
      await snap(0, [row('w1', 1), row('w0', 9)]);
      writeFileSync(`${file}.log.1`, older);
      writeFileSync(`${file}.log`, newer);
      writeFileSync(join(dir, '.data.json.999.tmp'), '{"_persistence":{"seq":4},"bal'); // a half-written snapshot
      const { persistence } = await expectFinalState();
      // The next compaction must not rotate over .log.1, and must clean it up.
      await persistence.compact();
      expect(existsSync(`${file}.log.1`)).toBe(false);
      await expectFinalState();
    });

    test('after the new snapshot was renamed in, before .log.1 was removed', async () => {
      await snap(2, [row('w1', 2), row('w2', 5), row('w0', 9)]);
      writeFileSync(`${file}.log.1`, older);
      writeFileSync(`${file}.log`, newer);
      await expectFinalState();
    });

    test('after a shutdown snapshot, before the log was removed', async () => {
      await snap(4, [row('w1', 3), row('w0', 9)]);
      writeFileSync(`${file}.log`, older + newer);
      await expectFinalState();
    });
  });

  test('when the store is closed, then a final snapshot holds everything and no log is left', async () => {
    const first = await openStore();
    for (let i = 0; i < 10; i++) await setBalance(first.store, `wallet:${i}`, i);
    await first.store.close();
    expect(readdirSync(dir).sort()).toEqual(['data.json']);
    await expect(setBalance(first.store, 'late', 1)).rejects.toThrow(/closed/);

    const second = await openStore();
    expect(second.store.balances.size).toBe(10);
    expect(second.stats.logLines).toBe(0);
  });

  test("when X-EXTERNAL-IDs from an earlier Jakarta day are stored, then boot and compaction drop them and keep today's", async () => {
    const now = Date.parse('2025-01-10T10:00:00+07:00');
    const first = await openStore({ now: () => now });
    first.store.externalIds.put({ id: 'P|2025-01-09|old', at: startOfWibDay(now) - 1 });
    first.store.externalIds.put({ id: 'P|2025-01-10|new', at: startOfWibDay(now) });
    await first.store.commit();

    const second = await openStore({ now: () => now });
    expect(second.stats.prunedExternalIds).toBe(1);
    expect([...second.store.externalIds.values()].map((e) => e.id)).toEqual(['P|2025-01-10|new']);
    await second.persistence.compact();
    expect(JSON.parse(readFileSync(file, 'utf8')).externalIds).toEqual([{ id: 'P|2025-01-10|new', at: startOfWibDay(now) }]);
  });

  test('when the Jakarta day changes while running, then the first commit after midnight prunes the older uses', async () => {
    let now = Date.parse('2025-01-10T23:59:00+07:00');
    const { store } = await openStore({ now: () => now });
    store.externalIds.put({ id: 'P|2025-01-10|a', at: now });
    await store.commit();
    now += 120_000;
    store.externalIds.put({ id: 'P|2025-01-11|b', at: now });
    await store.commit();
    expect([...store.externalIds.values()].map((e) => e.id)).toEqual(['P|2025-01-11|b']);
  });

  test('when DATA_FILE is a plain lowdb file (pretty-printed, no sequence), then it is read whole and kept', async () => {
    writeFileSync(file, JSON.stringify({ balances: [{ id: 'wallet:legacy', balanceMinor: 5, postings: 1 }] }, null, 2));
    const first = await openStore();
    expect(first.restored).toBe(true);
    expect(balance(first.store, 'wallet:legacy')).toBe(5);
    await setBalance(first.store, 'wallet:new', 6);
    await first.store.close();
    const second = await openStore();
    expect(balance(second.store, 'wallet:legacy')).toBe(5);
    expect(balance(second.store, 'wallet:new')).toBe(6);
  });

  test('when a snapshot in the line layout is cut short, then opening refuses with the file named', async () => {
    const first = await openStore();
    await setBalance(first.store, 'wallet:1', 1);
    await first.store.close();
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, text.lastIndexOf(']')));
    await expect(openStore()).rejects.toThrow(/DATA_FILE .*data\.json is not readable JSON/);
  });

  test('the snapshot file stays lowdb-compatible JSON with one row per line', async () => {
    const { store, persistence } = await openStore();
    await setBalance(store, 'wallet:1', 1);
    await persistence.compact();
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n').some((l) => l.startsWith('{"id":"wallet:1"'))).toBe(true);
    expect(statSync(file).size).toBe(Buffer.byteLength(text));
  });
});
