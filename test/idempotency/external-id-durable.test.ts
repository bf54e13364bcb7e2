import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { loadConfig } from '../../src/config.js';
import { walletAccount } from '../../src/ledger/accounts.js';
import { balanceOf } from '../../src/ledger/ledger.js';
import { silentLogger } from '../../src/lib/logger.js';
import { startServer, type RunningSandbox } from '../../src/server.js';
import { clientFor, signedClient, testSandbox, type TestSandbox } from '../helpers/harness.js';
import { openPurchase, submitPin } from '../helpers/purchase.js';
import { EMPTY, RICH } from '../helpers/personas.js';
import { idr } from '../helpers/ledger-support.js';

const TOPUP = '/snap-adapter/b2b/v1.0/emoney/topup';
const CANCEL = '/snap-adapter/b2b/v1.0/debit/cancel';

let dir: string;
let file: string;
const open: { close(): Promise<void> }[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'replay-'));
  file = join(dir, 'data.json');
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function sandboxOnFile(at?: number): Promise<TestSandbox> {
  const sb = await testSandbox({ DATA_FILE: file });
  if (at !== undefined) sb.clock.set(at);
  open.push({ close: () => sb.ctx.store.close() });
  return sb;
}

describe('X-EXTERNAL-ID answers with DATA_FILE', () => {
  it('when the sandbox restarts, then the same request under the same X-EXTERNAL-ID still gets the original answer with 409 (top-up and cancel)', async () => {
    const first = await sandboxOnFile();
    const buyer = await signedClient(first, RICH);
    const b2b = clientFor(first);
    b2b.b2bToken = buyer.b2bToken; // a new B2B token would retire the buyer's ("the latest token is processed")
    const topUp = { partnerReferenceNo: 'TOPUP-DURABLE', customerNumber: EMPTY.accountId, amount: idr('10000.00') };
    const topUpHeaders = b2b.headers(TOPUP, topUp);
    const topUpAnswer = await request(first.app).post(TOPUP).set(topUpHeaders).send(topUp);
    expect(topUpAnswer.status).toBe(200);

    const opened = await openPurchase(buyer, 'INV-DURABLE');
    expect((await submitPin(first, opened.token, RICH.pin)).status).toBe(302);
    const cancel = { originalPartnerReferenceNo: 'INV-DURABLE' };
    const cancelHeaders = buyer.headers(CANCEL, cancel);
    const cancelAnswer = await request(first.app).post(CANCEL).set(cancelHeaders).send(cancel);
    expect(cancelAnswer.body.responseCode).toBe('2005700');
    const at = first.clock.now();
    await first.ctx.store.close();
    open.splice(0);

    const second = await sandboxOnFile(at);
    const topUpAgain = await request(second.app).post(TOPUP).set(topUpHeaders).send(topUp);
    expect([topUpAgain.status, topUpAgain.body]).toEqual([409, topUpAnswer.body]);
    const cancelAgain = await request(second.app).post(CANCEL).set(cancelHeaders).send(cancel);
    expect([cancelAgain.status, cancelAgain.body]).toEqual([409, cancelAnswer.body]);
    expect(balanceOf(second.ctx.store, walletAccount(EMPTY.accountId))).toBe(10000_00);
  });
});

describe('X-EXTERNAL-ID answers over a listening server with DATA_FILE', () => {
  let server: RunningSandbox;
  beforeEach(async () => {
    server = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_FILE: file }), { log: silentLogger });
    open.push(server);
  });

  it('when 20 identical top-ups arrive at once, then one 200 and nineteen 409s with its answer, and the wallet is credited once', async () => {
    const client = await signedClient(server);
    const body = { partnerReferenceNo: 'TOPUP-RACE', customerNumber: EMPTY.accountId, amount: idr('10000.00') };
    const headers = client.headers(TOPUP, body);
    const text = JSON.stringify(body);
    const answers = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const res = await fetch(`${server.url}${TOPUP}`, { method: 'POST', headers, body: text });
        return { status: res.status, body: (await res.json()) as Record<string, unknown> };
      }),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, ...Array(19).fill(409)]);
    const original = answers.find((a) => a.status === 200)!.body;
    for (const a of answers) expect(a.body).toEqual(original);
    const account = (await (await fetch(`${server.url}/admin/accounts/${EMPTY.accountId}`)).json()) as { balance: string };
    expect(account.balance).toBe('10000.00');
    const verify = (await (await fetch(`${server.url}/admin/ledger/verify`)).json()) as { ok: boolean };
    expect(verify.ok).toBe(true);
  });
});
