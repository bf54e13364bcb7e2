import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { externalId } from '../../src/client/signing.js';
import { readLog } from '../../src/storage/data-file/log-reader.js';
import { FaultyDisk, type Fault } from '../helpers/faulty-disk.js';
import { signedClient, signedIn, SnapClient, testSandbox, type TestSandbox } from '../helpers/harness.js';

/**
 * Issue 21: the disk refuses writes (ENOSPC, EIO, a short write; EROFS) at the 1st, the nth or every
 * commit, injected through the storage engine's Disk seam. Every answer before the fault is 200
 * and durable; every write during it is a SNAP 500 that leaves the whole store exactly as it was;
 * reads are served; /health is 503 during and 200 after; writes work again without a restart; and
 * the files as a kill -9 would leave them at any of those moments load exactly what was
 * acknowledged, and the ledger verifies.
 */
const TOPUP = '/snap-adapter/b2b/v1.0/emoney/topup';
const TOPUP_STATUS = '/snap-adapter/b2b/v1.0/emoney/topup-status';
const BALANCE = '/snap-adapter/b2b2c/v1.0/balance-inquiry';
const HISTORY = '/snap-adapter/b2b2c/v1.0/transaction-history-list';
const PURCHASE = '/snap-adapter/b2b2c/v1.0/debit/payment-host-to-host';
const WALLET = { accountId: '1140340011', authCode: '0d3c2f1e-5b6a-4c7d-8e9f-a0b1c2d3e4f5', pin: '246813' }; // starts empty
const UNIT = 10_000_00;
const RETRY_MS = 1000;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const rupiah = (minor: number) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
const topUpBody = (ref: string) => ({ partnerReferenceNo: ref, customerNumber: WALLET.accountId, amount: { value: rupiah(UNIT), currency: 'IDR' } });

/** Every row of every table, order aside: "exactly as before the call". */
function dump(sb: TestSandbox): Record<string, string[]> {
  return Object.fromEntries(sb.ctx.store.tables().map((t) => [t.name, [...t.values()].map((row) => JSON.stringify(row)).sort()]));
}

interface Acknowledged {
  refs: string[];
  balance: number;
}

/** The files as kill -9 would leave them now: the process's writes are in the page cache, the copy reads them. */
function killNineCopy(dir: string, acknowledged: Acknowledged): { dir: string; expected: Acknowledged } {
  const copy = mkdtempSync(join(tmpdir(), 'refused-kill-'));
  dirs.push(copy);
  cpSync(dir, copy, { recursive: true });
  return { dir: copy, expected: { refs: [...acknowledged.refs], balance: acknowledged.balance } };
}

/** Boots a sandbox on the files and checks they hold exactly the acknowledged changes. */
async function expectExactly(dir: string, expected: Acknowledged, refused: string[]): Promise<void> {
  const { sb, client: b2b } = await signedIn({ env: { DATA_FILE: join(dir, 'data.json') } });
  const account = await sb.http.get(`/admin/accounts/${WALLET.accountId}`);
  expect(account.body.balance).toBe(rupiah(expected.balance));
  for (const ref of expected.refs) {
    const status = await b2b.post(TOPUP_STATUS, { originalPartnerReferenceNo: ref, serviceCode: '38' });
    expect([ref, status.body.latestTransactionStatus]).toEqual([ref, '00']);
  }
  for (const ref of refused.filter((r) => !expected.refs.includes(r))) {
    const status = await b2b.post(TOPUP_STATUS, { originalPartnerReferenceNo: ref, serviceCode: '38' });
    expect([ref, status.body.responseCode]).toEqual([ref, '4043901']);
  }
  const verify = await sb.http.get('/admin/ledger/verify');
  expect(verify.body.ok).toBe(true);
}

const PATTERNS = {
  '1st': { arm: (disk: FaultyDisk, fault: Fault) => disk.failAt(1, fault), acceptedFirst: 0, persistent: false },
  nth: { arm: (disk: FaultyDisk, fault: Fault) => disk.failAt(3, fault), acceptedFirst: 2, persistent: false },
  every: { arm: (disk: FaultyDisk, fault: Fault) => disk.failEvery(fault), acceptedFirst: 0, persistent: true },
};

const CASES = [
  ...(['ENOSPC', 'EIO', 'short'] as Fault[]).flatMap((fault) => (Object.keys(PATTERNS) as (keyof typeof PATTERNS)[]).map((pattern) => [fault, pattern] as const)),
  ['EROFS', 'every'] as const, // the file system was remounted read-only
];

describe('when the disk refuses writes', () => {
  it.each(CASES)('%s at the %s commit: writes answer 500 and leave no trace, reads go on, /health is 503 until the disk takes writes again, and the files hold exactly what was acknowledged', async (fault, patternName) => {
    const pattern = PATTERNS[patternName];
    const dir = mkdtempSync(join(tmpdir(), 'refused-'));
    dirs.push(dir);
    let monotonic = 0;
    const disk = new FaultyDisk();
    const storeLines: string[] = [];
    const record = (level: string) => (msg: string) => void (msg.startsWith('DATA_FILE') && storeLines.push(`${level} ${msg}`));
    const logger = { error: record('error'), warn: record('warn'), info: record('info'), debug: record('debug') };
    const sb = await testSandbox({ DATA_FILE: join(dir, 'data.json') }, { disk, retry: { firstMs: RETRY_MS, maxMs: RETRY_MS, now: () => monotonic } }, logger);
    const b2b = await signedClient(sb);
    const customer = new SnapClient(sb.app, sb.partner, () => sb.clock.now());
    customer.b2bToken = b2b.b2bToken;
    await customer.getCustomerToken(WALLET.authCode);
    const acknowledged: Acknowledged = { refs: [], balance: 0 };
    const refused: string[] = [];
    const topUp = async (ref: string, extId = externalId()) => {
      const res = await b2b.post(TOPUP, topUpBody(ref), { 'X-EXTERNAL-ID': extId });
      if (res.status === 200) {
        acknowledged.refs.push(ref);
        acknowledged.balance += UNIT;
      }
      return res;
    };

    // Before the fault: acknowledged, and a purchase to pay on the PIN page during it.
    for (let i = 1; i <= 3; i++) expect((await topUp(`PRE-${i}`)).body.responseCode).toBe('2003800');
    const purchase = await customer.post(PURCHASE, { partnerReferenceNo: 'BUY-1', amount: { value: rupiah(UNIT), currency: 'IDR' }, urlParams: [{ url: 'https://merchant.example/return', type: 'PAY_RETURN', isDeeplink: 'N' }] });
    expect(purchase.body.responseCode).toBe('2005400');
    const pinToken = new URL(purchase.body.webRedirectUrl as string).searchParams.get('token')!;
    const kills = [killNineCopy(dir, acknowledged)];

    // The fault: top-ups until and after the first refusal, each refusal leaving the store as it was.
    pattern.arm(disk, fault);
    const externalIds = new Map<string, string>();
    for (let i = 1; i <= 5; i++) {
      const ref = `F-${i}`;
      const extId = externalId();
      externalIds.set(ref, extId);
      const before = dump(sb);
      const res = await topUp(ref, extId);
      if (i <= pattern.acceptedFirst) {
        expect(res.body.responseCode).toBe('2003800');
        continue;
      }
      expect([res.status, res.body.responseCode, res.body.responseMessage]).toEqual([500, '5003801', 'Internal Server Error']);
      expect(dump(sb)).toEqual(before);
      refused.push(ref);
      if (i === pattern.acceptedFirst + 1) kills.push(killNineCopy(dir, acknowledged)); // right after the first refusal
    }
    expect(disk.refused).toBeGreaterThan(0);

    // The log holds exactly the acknowledged lines: what the refused writes put there was cut off.
    const log = readLog(join(dir, 'data.json.log'));
    expect(log.tornBytes).toBe(0);
    for (const ref of refused) expect(JSON.stringify(log.lines)).not.toContain(`"${ref}"`);

    // The journal says why, and /health says so (the log said it once: checked after recovery).
    const journal = await sb.http.get('/admin/journal?responseCode=5003801&limit=1');
    expect(journal.body.entries[0].diagnostics).toMatchObject({ store: expect.stringMatching(fault === 'short' ? /^ENOSPC/ : new RegExp(`^${fault}`)), code: fault === 'short' ? 'ENOSPC' : fault });
    const degraded = await sb.http.get('/health');
    expect(degraded.status).toBe(503);
    expect(degraded.body).toMatchObject({ status: 'degraded', store: { writable: false, error: expect.stringMatching(/^(ENOSPC|EIO|EROFS)/) } });
    expect(Date.parse(degraded.body.store.since)).not.toBeNaN();

    // Reads are served, and show the acknowledged state.
    const balance = await customer.post(BALANCE, {});
    expect(balance.body.responseCode).toBe('2001100');
    expect(balance.body.accountInfos[0].ledgerBalance.value).toBe(rupiah(acknowledged.balance));
    const history = await customer.post(HISTORY, { pageSize: 100, pageNumber: 0 });
    expect(history.body.responseCode).toBe('2001200');
    const listed = (history.body.detailData as { type: string; additionalInfo: { partnerReferenceNo: string } }[]).filter((e) => e.type === 'TOP_UP').map((e) => e.additionalInfo.partnerReferenceNo);
    expect(listed.sort()).toEqual([...acknowledged.refs].sort());
    expect((await b2b.post(TOPUP_STATUS, { originalPartnerReferenceNo: 'PRE-1', serviceCode: '38' })).body.latestTransactionStatus).toBe('00');
    expect((await b2b.post(TOPUP_STATUS, { originalPartnerReferenceNo: refused[0], serviceCode: '38' })).body.responseCode).toBe('4043901');
    expect((await sb.http.get(`/admin/accounts/${WALLET.accountId}`)).body.balance).toBe(rupiah(acknowledged.balance));
    expect((await sb.http.get('/admin/ledger/verify')).body.ok).toBe(true);

    // Pages and admin writes are refused the same way.
    let before = dump(sb);
    const page = await sb.http.post('/webview/purchase').type('form').send({ token: pinToken, pin: WALLET.pin });
    expect([page.status, page.type]).toEqual([503, 'text/html']);
    expect(page.text).toContain('nothing was changed');
    expect(dump(sb)).toEqual(before);
    before = dump(sb);
    const admin = await sb.http.post('/admin/accounts').send({ name: 'Not Saved', phoneNo: '6281299991234', pin: '258036' });
    expect([admin.status, admin.body.responseCode]).toEqual([500, '5000001']);
    expect(dump(sb)).toEqual(before);

    if (pattern.persistent) {
      // After the backoff the disk is really tried again, and refuses again.
      monotonic += RETRY_MS;
      const tries = disk.refused;
      before = dump(sb);
      expect((await topUp('F-RETRY')).status).toBe(500);
      refused.push('F-RETRY');
      expect(disk.refused).toBeGreaterThan(tries);
      expect(dump(sb)).toEqual(before);
      expect((await sb.http.get('/health')).status).toBe(503);
    }
    kills.push(killNineCopy(dir, acknowledged)); // during the fault, after reads and refused pages

    // The disk takes writes again: no restart, /health turns 200 by itself after the backoff.
    disk.heal();
    monotonic += RETRY_MS;
    const healthy = await sb.http.get('/health');
    expect([healthy.status, healthy.body.status]).toEqual([200, 'ok']);
    expect(storeLines).toEqual([expect.stringMatching(/^error DATA_FILE: the disk refused a write/), expect.stringMatching(/^info DATA_FILE: the disk takes writes again/)]);
    // The refused call again, with its own X-EXTERNAL-ID: neither the id nor the reference was kept.
    expect((await topUp(refused[0]!, externalIds.get(refused[0]!))).body.responseCode).toBe('2003800');
    expect((await topUp('AFTER-1')).body.responseCode).toBe('2003800');
    const paid = await sb.http.post('/webview/purchase').type('form').send({ token: pinToken, pin: WALLET.pin });
    expect(paid.status).toBe(302);
    acknowledged.balance -= UNIT;
    kills.push(killNineCopy(dir, acknowledged));

    // kill -9 now (every handle closed where it stands), and at each moment copied above.
    await disk.crash();
    await expectExactly(dir, acknowledged, refused);
    for (const kill of kills) await expectExactly(kill.dir, kill.expected, refused);
  }, 60_000);
});
