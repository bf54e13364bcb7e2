import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { parseMinor } from '../../src/lib/money.js';
import { b2bToken, getJson, signedPost, startSandbox, type SandboxProcess } from '../helpers/sandbox-process.js';

/**
 * kill -9 while the disk refuses writes, and after it takes them again (issue 21), on a real
 * process (test/durability/faulty-sandbox.ts: SIGUSR1 starts refusing, SIGUSR2 ends it). After each
 * restart every acknowledged top-up is there, no refused one is, the balance is what was
 * acknowledged (plus at most the calls the kill left unanswered) and the ledger verifies.
 */
const WALLET = '1140340011';
const AMOUNT = '10000.00';
const UNIT = parseMinor(AMOUNT)!;
const TOPUP = '/snap-adapter/b2b/v1.0/emoney/topup';
const STATUS = '/snap-adapter/b2b/v1.0/emoney/topup-status';
const WORKERS = 4;

const dir = mkdtempSync(join(tmpdir(), 'kill-refused-'));
const dataFile = join(dir, 'data.json');
let running: SandboxProcess | undefined;

afterAll(async () => {
  await running?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

let counter = 0;
const nextRef = () => `KR-${process.pid}-${++counter}`;

interface Tally {
  acknowledged: string[];
  refused: string[];
  unanswered: Set<string>;
  /** Answers that are neither 200 nor the SNAP 500 of a refused write. */
  other: string[];
}

const tally = (): Tally => ({ acknowledged: [], refused: [], unanswered: new Set(), other: [] });

/** Top-ups from several workers until stop() says so or the process dies. */
async function load(sandbox: SandboxProcess, token: string, into: Tally, stop: () => boolean): Promise<void> {
  let dead = false;
  void sandbox.exited.then(() => (dead = true));
  const worker = async () => {
    while (!dead && !stop()) {
      const ref = nextRef();
      into.unanswered.add(ref);
      try {
        const res = await signedPost(sandbox.url, token, TOPUP, { partnerReferenceNo: ref, customerNumber: WALLET, amount: { value: AMOUNT, currency: 'IDR' } });
        into.unanswered.delete(ref);
        if (res.status === 200 && res.body.responseCode === '2003800') into.acknowledged.push(ref);
        else if (res.status === 500 && res.body.responseCode === '5003801') into.refused.push(ref);
        else into.other.push(`${res.status} ${JSON.stringify(res.body)}`);
      } catch {
        if (!dead) await new Promise((r) => setTimeout(r, 5)); // reset by the kill: stays unanswered
      }
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
}

async function walletBalance(url: string): Promise<number> {
  return parseMinor((await getJson(url, `/admin/accounts/${WALLET}`)).body.balance as string)!;
}

async function statuses(url: string, token: string, refs: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const queue = [...refs];
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      for (let ref = queue.pop(); ref; ref = queue.pop()) {
        const res = await signedPost(url, token, STATUS, { originalPartnerReferenceNo: ref, serviceCode: '38' });
        out.set(ref, res.status === 200 ? `tx ${res.body.latestTransactionStatus as string}` : String(res.body.responseCode));
      }
    }),
  );
  return out;
}

/** After a restart: exactly the acknowledged top-ups (and maybe unanswered ones), none refused; verified. */
async function expectExactly(url: string, token: string, base: number, all: Tally): Promise<void> {
  const found = await statuses(url, token, [...all.acknowledged, ...all.refused]);
  expect(all.acknowledged.filter((ref) => found.get(ref) !== 'tx 00')).toEqual([]);
  expect(all.refused.filter((ref) => found.get(ref) !== '4043901')).toEqual([]);
  const balance = await walletBalance(url);
  expect(balance).toBeGreaterThanOrEqual(base + all.acknowledged.length * UNIT);
  expect(balance).toBeLessThanOrEqual(base + (all.acknowledged.length + all.unanswered.size) * UNIT);
  expect((await getJson(url, '/admin/ledger/verify')).body.ok).toBe(true);
}

describe('kill -9 while the disk refuses writes', () => {
  test.each(['ENOSPC', 'EIO', 'short'])(
    'when the change log refuses writes with %s, then kill -9 during the fault and after it leave exactly the acknowledged top-ups',
    async (fault) => {
      const all = tally();
      running = await startSandbox({ DATA_FILE: dataFile, FAULT: fault }, 30_000, 'test/durability/faulty-sandbox.ts');
      const token = await b2bToken(running.url);
      const base = await walletBalance(running.url);
      const before = tally();
      await load(running, token, before, () => before.acknowledged.length >= 30);
      all.acknowledged.push(...before.acknowledged);

      // The fault: every write answers the SNAP 500 and changes nothing; reads and /health tell the truth.
      running.child.kill('SIGUSR1');
      const during = tally();
      await load(running, token, during, () => during.refused.length >= 20);
      expect(during.other).toEqual([]);
      all.acknowledged.push(...during.acknowledged); // answered before the signal landed
      expect(await walletBalance(running.url)).toBe(base + all.acknowledged.length * UNIT);
      const health = await getJson(running.url, '/health');
      expect([health.status, health.body.status]).toEqual([503, 'degraded']);

      // kill -9 in the middle of the refused load.
      const dying = running;
      const killed = tally();
      await load(dying, token, killed, () => {
        if (killed.refused.length >= 15) dying.child.kill('SIGKILL');
        return false;
      });
      expect(killed.other).toEqual([]);
      all.acknowledged.push(...killed.acknowledged);
      all.refused.push(...during.refused, ...killed.refused);
      for (const ref of killed.unanswered) all.unanswered.add(ref);
      running = await startSandbox({ DATA_FILE: dataFile, FAULT: fault }, 30_000, 'test/durability/faulty-sandbox.ts');
      await expectExactly(running.url, token, base, all);

      // Refusing again, then healed: writes work again without a restart; kill -9 under that load.
      running.child.kill('SIGUSR1');
      const again = tally();
      await load(running, token, again, () => again.refused.length >= 10);
      running.child.kill('SIGUSR2');
      await load(running, token, again, () => again.acknowledged.length >= 10);
      expect(again.other).toEqual([]);
      expect((await getJson(running.url, '/health')).status).toBe(200);
      const last = running;
      const healed = tally();
      await load(last, token, healed, () => {
        if (healed.acknowledged.length >= 20) last.child.kill('SIGKILL');
        return false;
      });
      expect(healed.other).toEqual([]);
      all.acknowledged.push(...again.acknowledged, ...healed.acknowledged);
      all.refused.push(...again.refused, ...healed.refused);
      for (const ref of healed.unanswered) all.unanswered.add(ref);
      running = await startSandbox({ DATA_FILE: dataFile });
      await expectExactly(running.url, token, base, all);
      expect(await running.kill('SIGTERM')).toBe('0');
      running = undefined;
    },
    90_000,
  );
});
