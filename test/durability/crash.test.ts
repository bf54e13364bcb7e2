import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { parseMinor } from '../../src/lib/money.js';
import { b2bToken, getJson, signedPost, startSandbox, type SandboxProcess } from '../helpers/sandbox-process.js';

/**
 * kill -9 under load: every top-up that was answered 200 must be there after a restart on the
 * same DATA_FILE, the files must load, and the ledger must still verify.
 */
const WALLET = '1140340011'; // the empty persona: room for 2,000 top-ups under the balance cap
const AMOUNT = '10000.00';
const TOPUP = '/snap-adapter/b2b/v1.0/emoney/topup';
const STATUS = '/snap-adapter/b2b/v1.0/emoney/topup-status';
const WORKERS = 6;

const dir = mkdtempSync(join(tmpdir(), 'crash-'));
const dataFile = join(dir, 'data.json');
let running: SandboxProcess | undefined;

afterAll(async () => {
  await running?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

let refCounter = 0;
const nextRef = () => `CRASH-${process.pid}-${++refCounter}`;

async function walletBalance(url: string): Promise<number> {
  const res = await getJson(url, `/admin/accounts/${WALLET}`);
  expect(res.status).toBe(200);
  return parseMinor(res.body.balance as string)!;
}

interface Load {
  acknowledged: string[];
  /** Sent, never answered: the crash decides whether they happened. */
  unanswered: Set<string>;
  failures: string[];
}

/** Top-ups from several concurrent workers until the process dies; kills it once `killAfter` were acknowledged. */
async function loadUntilKilled(sandbox: SandboxProcess, token: string, killAfter: number, kill: () => void = () => sandbox.child.kill('SIGKILL')): Promise<Load> {
  const load: Load = { acknowledged: [], unanswered: new Set(), failures: [] };
  let dead = false;
  void sandbox.exited.then(() => (dead = true));
  const worker = async () => {
    while (!dead) {
      const ref = nextRef();
      load.unanswered.add(ref);
      try {
        const res = await signedPost(sandbox.url, token, TOPUP, { partnerReferenceNo: ref, customerNumber: WALLET, amount: { value: AMOUNT, currency: 'IDR' } });
        load.unanswered.delete(ref);
        if (res.status === 200 && res.body.responseCode === '2003800') load.acknowledged.push(ref);
        else load.failures.push(`${res.status} ${JSON.stringify(res.body)}`);
        if (load.acknowledged.length === killAfter) kill();
      } catch {
        // connection reset by the kill: stays in `unanswered`
        if (!dead) await new Promise((r) => setTimeout(r, 5));
      }
    }
  };
  const deadline = setTimeout(() => sandbox.child.kill('SIGKILL'), 20_000);
  await Promise.all(Array.from({ length: WORKERS }, worker));
  clearTimeout(deadline);
  await sandbox.exited;
  return load;
}

async function expectAllPresent(url: string, token: string, refs: string[]): Promise<void> {
  const missing: string[] = [];
  const queue = [...refs];
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      for (let ref = queue.pop(); ref; ref = queue.pop()) {
        const res = await signedPost(url, token, STATUS, { originalPartnerReferenceNo: ref, serviceCode: '38' });
        if (res.status !== 200 || res.body.latestTransactionStatus !== '00') missing.push(`${ref}: ${res.status} ${JSON.stringify(res.body)}`);
      }
    }),
  );
  expect(missing).toEqual([]);
}

async function expectLedgerVerifies(url: string): Promise<void> {
  const res = await getJson(url, '/admin/ledger/verify');
  if (res.status === 404) return; // older builds without the endpoint
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ ok: true });
}

describe('kill -9 under load', () => {
  test('when the process is killed mid-load at several points, then every acknowledged top-up survives and the ledger verifies', async () => {
    running = await startSandbox({ DATA_FILE: dataFile });
    const token = await b2bToken(running.url);
    const base = await walletBalance(running.url);
    const acknowledged: string[] = [];
    let unansweredTotal = 0;

    for (const killAfter of [40, 150, 300]) {
      const load = await loadUntilKilled(running, token, killAfter);
      expect(load.failures).toEqual([]);
      expect(load.acknowledged.length).toBeGreaterThanOrEqual(killAfter);
      acknowledged.push(...load.acknowledged);
      unansweredTotal += load.unanswered.size;

      running = await startSandbox({ DATA_FILE: dataFile });
      // The B2B token issued before the first crash is still a live session: tokens persist too.
      await expectAllPresent(running.url, token, load.acknowledged);
      const balance = await walletBalance(running.url);
      const unit = parseMinor(AMOUNT)!;
      expect(balance).toBeGreaterThanOrEqual(base + acknowledged.length * unit);
      expect(balance).toBeLessThanOrEqual(base + (acknowledged.length + unansweredTotal) * unit);
      await expectLedgerVerifies(running.url);
    }

    // SIGTERM under load, then kill -9 while it shuts down (writing its final snapshot).
    const dying = running;
    const shutdown = await loadUntilKilled(dying, token, 100, () => {
      dying.child.kill('SIGTERM');
      setTimeout(() => dying.child.kill('SIGKILL'), 15);
    });
    expect(shutdown.failures.filter((f) => !f.startsWith('503'))).toEqual([]);
    acknowledged.push(...shutdown.acknowledged);
    running = await startSandbox({ DATA_FILE: dataFile });
    await expectAllPresent(running.url, token, acknowledged);
    await expectLedgerVerifies(running.url);

    // A clean stop leaves one snapshot and no log; it restores alone.
    expect(await running.kill('SIGTERM')).toBe('0');
    expect(existsSync(`${dataFile}.log`)).toBe(false);
    expect(() => JSON.parse(readFileSync(dataFile, 'utf8'))).not.toThrow();
    running = await startSandbox({ DATA_FILE: dataFile });
    await expectAllPresent(running.url, token, acknowledged);
    await expectLedgerVerifies(running.url);
    await running.kill('SIGTERM');
    running = undefined;
  }, 120_000);
});
