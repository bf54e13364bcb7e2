import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CallExpectationError, startSandbox, type SandboxHandle } from '../../src/index.js';
import { checkCalls } from '../../src/client/expect-called.js';

/** GET /admin/journal/summary and the admin client's expectCalled, as a test suite uses them. */
let sandbox: SandboxHandle;
let clientId: string;
const BALANCE = '/snap-adapter/b2b2c/v1.0/balance-inquiry';

beforeAll(async () => {
  sandbox = await startSandbox({ validateResponses: true });
  clientId = sandbox.credentials.clientId;
  await sandbox.admin.setClock('2030-01-01T09:00:00+07:00');
  await sandbox.partner.getB2bToken();
  await sandbox.partner.getCustomerToken('cfb5de1a-6a40-40e0-8549-0634bcaed8ed');
  await sandbox.admin.clearJournal();
  // The scripted run: two balance inquiries, one with a broken signature; a minute later a third.
  await sandbox.partner.post(BALANCE, { partnerReferenceNo: 'BAL-1' });
  await sandbox.partner.post(BALANCE, { partnerReferenceNo: 'BAL-2' }, { headers: { 'X-SIGNATURE': 'bm90IGEgc2lnbmF0dXJl' } });
  await sandbox.admin.advanceClock(60); // POST /admin/clock is journalled too
  await sandbox.partner.post(BALANCE, { partnerReferenceNo: 'BAL-3' });
});
afterAll(() => sandbox.stop());

describe('GET /admin/journal/summary', () => {
  it('counts the calls by operation, partner, responseCode and HTTP status, most frequent first', async () => {
    const summary = await sandbox.admin.journalSummary();
    expect(summary).toEqual({
      since: null,
      until: null,
      total: 4,
      evicted: 0,
      calls: [
        { operation: 'balanceInquiry', partner: clientId, responseCode: '2001100', status: 200, count: 2 },
        { operation: 'balanceInquiry', partner: clientId, responseCode: '4011100', status: 401, count: 1 },
        { operation: 'POST /admin/clock', partner: null, responseCode: null, status: 200, count: 1 },
      ],
    });
  });

  it('filters by time on the sandbox clock, operation, partner and responseCode', async () => {
    const later = await sandbox.admin.journalSummary({ since: '2030-01-01T09:00:30+07:00' });
    // The clock call is journalled at the time it arrived, before it moved the clock.
    expect(later.calls.map((c) => [c.operation, c.count])).toEqual([['balanceInquiry', 1]]);
    expect(later.since).toBe('2030-01-01T02:00:30.000Z');
    expect((await sandbox.admin.journalSummary({ until: '2030-01-01T09:00:30+07:00' })).total).toBe(3);
    expect((await sandbox.admin.journalSummary({ operation: 'balanceInquiry', responseCode: '2001100' })).total).toBe(2);
    expect((await sandbox.admin.journalSummary({ partner: 'BRN-NOBODY' })).total).toBe(0);
  });

  it('refuses a time that is not one, SNAP-shaped and naming the parameter', async () => {
    const res = await fetch(`${sandbox.url}/admin/journal/summary?since=yesterday`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ responseCode: '4000001', responseMessage: 'Invalid Field Format since' });
  });
});

describe('expectCalled', () => {
  it('passes with the number of matching calls: at least one, or exactly times', async () => {
    await expect(sandbox.admin.expectCalled({ operation: 'balanceInquiry' })).resolves.toBe(3);
    await expect(sandbox.admin.expectCalled({ operation: 'balanceInquiry', partner: clientId, responseCode: '2001100', times: 2 })).resolves.toBe(2);
    await expect(sandbox.admin.expectCalled({ operation: 'balanceInquiry', responseCode: '2001100', since: '2030-01-01T09:00:30+07:00', times: 1 })).resolves.toBe(1);
    await expect(sandbox.admin.expectCalled({ operation: 'topUp', times: 0 })).resolves.toBe(0);
  });

  it('fails with a message that names the expectation and lists what was called instead, nearest first', async () => {
    const failure = await sandbox.admin.expectCalled({ operation: 'balanceInquiry', responseCode: '2001100', times: 3 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CallExpectationError);
    expect((failure as CallExpectationError).matched).toBe(2);
    expect((failure as Error).message).toBe(
      [
        'Expected balanceInquiry with responseCode 2001100 to be called 3 times, but it was called 2 times.',
        'Calls in the journal, nearest first (4 calls):',
        `  2 × balanceInquiry · partner ${clientId} · responseCode 2001100 · HTTP 200   ← matches`,
        `  1 × balanceInquiry · partner ${clientId} · responseCode 4011100 · HTTP 401   ← responseCode differs`,
        '  1 × POST /admin/clock · partner (none) · responseCode (none) · HTTP 200   ← operation, responseCode differ',
      ].join('\n'),
    );
  });

  it('fails for an operation never called, listing the calls of the same kind first', async () => {
    const failure = (await sandbox.admin.expectCalled({ operation: 'topUp', partner: clientId }).catch((e: unknown) => e)) as Error;
    expect(failure.message).toBe(
      [
        `Expected topUp with partner ${clientId} to be called at least once, but it was called 0 times.`,
        'Calls in the journal, nearest first (4 calls):',
        `  2 × balanceInquiry · partner ${clientId} · responseCode 2001100 · HTTP 200   ← operation differs`,
        `  1 × balanceInquiry · partner ${clientId} · responseCode 4011100 · HTTP 401   ← operation differs`,
        '  1 × POST /admin/clock · partner (none) · responseCode (none) · HTTP 200   ← operation, partner differ',
      ].join('\n'),
    );
  });

  it('fails on an empty journal saying so; counts that miss evicted calls say that too', () => {
    const empty = { since: null, until: null, total: 0, evicted: 0, calls: [] };
    expect(checkCalls(empty, { operation: 'topUp', since: '2030-01-01T09:00:00+07:00' })).toEqual({
      ok: false,
      matched: 0,
      message: 'Expected topUp to be called at least once, but it was called 0 times.\nNo calls since 2030-01-01T09:00:00+07:00.',
    });
    const evicted = { ...empty, evicted: 7 };
    expect(checkCalls(evicted, { operation: 'topUp', times: 1 }).message.split('\n').at(-1)).toBe('(7 older calls no longer fit in the journal, JOURNAL_SIZE, and were not counted.)');
    expect(checkCalls(evicted, { operation: 'topUp', times: 0 })).toMatchObject({ ok: true, matched: 0 });
  });
});
