import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statfsSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { parseMinor } from '../../src/lib/money.js';
import { readLog } from '../../src/storage/data-file/log-reader.js';
import { b2bToken, getJson, signedPost, startSandbox, type SandboxProcess } from '../helpers/sandbox-process.js';

/**
 * Issue 21 on a real file system: DATA_FILE on a 3 MB tmpfs, filled up until the change log's
 * writes get ENOSPC from the kernel (a short write to the page boundary, then ENOSPC). Needs root
 * (CI runs as root); elsewhere the test is skipped and says why.
 */
const mountPoint = mkdtempSync(join(tmpdir(), 'tmpfs-full-'));
let mountError: string | undefined;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mountPoint], { stdio: 'pipe' });
} catch (error) {
  mountError = ((error as { stderr?: Buffer }).stderr?.toString() || (error as Error).message).trim().split('\n')[0];
  console.warn(`tmpfs-full.test.ts skipped: cannot mount a tmpfs here (${mountError}); CI runs it as root`);
}

const dataFile = join(mountPoint, 'data.json');
const filler = join(mountPoint, 'filler');
let running: SandboxProcess | undefined;

afterAll(async () => {
  await running?.kill('SIGKILL');
  if (!mountError) execFileSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

const WALLET = '1140340011';
const AMOUNT = '10000.00';
const UNIT = parseMinor(AMOUNT)!;
const TOPUP = '/snap-adapter/b2b/v1.0/emoney/topup';
const STATUS = '/snap-adapter/b2b/v1.0/emoney/topup-status';

/** Fills the file system up to `leaveBytes` of free space. */
function fill(leaveBytes: number): void {
  const { bavail, bsize } = statfsSync(mountPoint);
  let left = bavail * bsize - leaveBytes;
  const fd = openSync(filler, 'w');
  const block = Buffer.alloc(64 * 1024, 0x61);
  try {
    while (left > 0) left -= writeSync(fd, block, 0, Math.min(block.length, left));
  } finally {
    closeSync(fd);
  }
}

const balance = async (url: string) => parseMinor((await getJson(url, `/admin/accounts/${WALLET}`)).body.balance as string)!;
const storeLines = (output: string) => output.split('\n').filter((line) => line.includes('DATA_FILE: the disk'));

const when = mountError ? test.skip : test;
const skipped = mountError ? ` (skipped: cannot mount a tmpfs: ${mountError})` : '';

describe('DATA_FILE on a tmpfs that fills up', () => {
  when(`when the disk is full, then top-ups answer 500 and leave no trace while reads go on and /health is 503; once space is freed, writes and /health recover without a restart, and a kill -9 keeps exactly the acknowledged top-ups${skipped}`, async () => {
    running = await startSandbox({ DATA_FILE: dataFile, LOG_LEVEL: 'info' });
    const token = await b2bToken(running.url);
    const base = await balance(running.url);
    fill(64 * 1024);

    const acknowledged: string[] = [];
    const refused: string[] = [];
    const other: string[] = [];
    for (let i = 0; refused.length < 100 && i < 3000; i++) {
      const ref = `FULL-${i}`;
      const res = await signedPost(running.url, token, TOPUP, { partnerReferenceNo: ref, customerNumber: WALLET, amount: { value: AMOUNT, currency: 'IDR' } });
      if (res.status === 200) acknowledged.push(ref);
      else if (res.status === 500 && res.body.responseCode === '5003801') refused.push(ref);
      else other.push(`${res.status} ${JSON.stringify(res.body)}`);
    }
    expect(other).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(refused.length).toBe(100);

    // Memory holds exactly what was acknowledged, the log only acknowledged lines; reads are served.
    expect(await balance(running.url)).toBe(base + acknowledged.length * UNIT);
    expect(readLog(`${dataFile}.log`).tornBytes).toBe(0);
    const known = await signedPost(running.url, token, STATUS, { originalPartnerReferenceNo: acknowledged.at(-1), serviceCode: '38' });
    expect(known.body.latestTransactionStatus).toBe('00');
    const unknown = await signedPost(running.url, token, STATUS, { originalPartnerReferenceNo: refused[0], serviceCode: '38' });
    expect(unknown.body.responseCode).toBe('4043901');
    const degraded = await getJson(running.url, '/health');
    expect(degraded.status).toBe(503);
    expect(degraded.body).toMatchObject({ status: 'degraded', store: { writable: false, error: expect.stringMatching(/^ENOSPC/) } });

    // Space again: /health finds out by itself (within the 2 s backoff), writes work, no restart.
    unlinkSync(filler);
    const deadline = Date.now() + 15_000;
    while ((await getJson(running.url, '/health')).status !== 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect((await getJson(running.url, '/health')).status).toBe(200);
    for (const ref of [refused[0]!, 'AFTER-1', 'AFTER-2']) {
      const res = await signedPost(running.url, token, TOPUP, { partnerReferenceNo: ref, customerNumber: WALLET, amount: { value: AMOUNT, currency: 'IDR' } });
      expect([ref, res.body.responseCode]).toEqual([ref, '2003800']);
      acknowledged.push(ref);
    }
    expect(storeLines(running.output())).toEqual([expect.stringContaining('the disk refused a write'), expect.stringContaining('the disk takes writes again')]);

    // kill -9, restart on the same tmpfs: exactly the acknowledged top-ups, and the ledger verifies.
    await running.kill('SIGKILL');
    running = await startSandbox({ DATA_FILE: dataFile });
    expect(await balance(running.url)).toBe(base + acknowledged.length * UNIT);
    for (const ref of [acknowledged[0]!, acknowledged.at(-4)!, ...acknowledged.slice(-3)]) {
      const res = await signedPost(running.url, token, STATUS, { originalPartnerReferenceNo: ref, serviceCode: '38' });
      expect([ref, res.body.latestTransactionStatus]).toEqual([ref, '00']);
    }
    for (const ref of refused.slice(1, 20)) {
      const res = await signedPost(running.url, token, STATUS, { originalPartnerReferenceNo: ref, serviceCode: '38' });
      expect([ref, res.body.responseCode]).toEqual([ref, '4043901']);
    }
    expect((await getJson(running.url, '/admin/ledger/verify')).body.ok).toBe(true);
    await running.kill('SIGTERM');
    running = undefined;
  }, 120_000);
});
