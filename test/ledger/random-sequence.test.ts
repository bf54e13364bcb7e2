import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SPEC_DIR } from '../../src/paths.js';
import { FaultyDisk, type Fault } from '../helpers/faulty-disk.js';
import { signedClient, SnapClient, testSandbox, type TestSandbox } from '../helpers/harness.js';
import { registerPartner } from '../helpers/ledger-support.js';

/**
 * A seeded random walk over the money endpoints: top-ups from two partners, transfers to banks,
 * idempotent replays and, when the purchase endpoints exist, purchases paid on the PIN page,
 * refunds and cancels. A model predicts every answer; afterwards the ledger must verify, and each
 * wallet's balance must equal the model and the sum of its history. RANDOM_SEED=<n> replays a run.
 *
 * The second run keeps the store in a DATA_FILE whose disk refuses the first write of about one
 * operation in eight (ENOSPC, EIO or a short write, issue 21). The model predicts that such a call
 * answers 500xx01 (a PIN page 503) and changes nothing; /health then finds the disk well again.
 * At the end the process "dies" (every file handle closed, no final snapshot) and a sandbox booted
 * on the same files must hold exactly the model's balances and verify.
 */
const OPS = Number(process.env.RANDOM_OPS ?? 300);
const SEED = Number(process.env.RANDOM_SEED ?? Date.now() % 1_000_000_007);
const FAULT_RATE = 0.12;
const FAULTS: Fault[] = ['ENOSPC', 'EIO', 'short'];

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPUP = '/snap-adapter/b2b/v1.0/emoney/topup';
const TRANSFER = '/snap-adapter/b2b2c/v1.0/emoney/transfer-bank';
const BALANCE = '/snap-adapter/b2b2c/v1.0/balance-inquiry';
const HISTORY = '/snap-adapter/b2b2c/v1.0/transaction-history-list';
const PURCHASE = '/snap-adapter/b2b2c/v1.0/debit/payment-host-to-host';
const STATUS = '/snap-adapter/b2b/v1.0/debit/status';
const CANCEL = '/snap-adapter/b2b/v1.0/debit/cancel';
const REFUND = '/snap-adapter/b2b/v1.0/debit/refund';
const PIN = '147258';
const BANKS = [
  { beneficiaryAccountNumber: '8377388292', beneficiaryBankCode: '014' },
  { beneficiaryAccountNumber: '1230009876543', beneficiaryBankCode: '008' },
  { beneficiaryAccountNumber: '0123456789', beneficiaryBankCode: '009' },
];
const INVALID_BANK = { beneficiaryAccountNumber: '9999999999', beneficiaryBankCode: '014' };

const money = (minor: number) => ({ value: `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`, currency: 'IDR' });

interface Partner {
  client: SnapClient; // B2B calls
  limits: { min: number; max: number; cap: number; txMax: number };
  corporate: number;
}

interface Wallet {
  accountId: string;
  partner: Partner;
  client: SnapClient; // B2B token of its partner + its own customer token
  balance: number;
  /** What its history must show: `${SNAP type}|${partnerReferenceNo}` → amount and direction. */
  expected: Map<string, { amount: number; debitCredit: 'DEBIT' | 'CREDIT' | 'NONE' }>;
}

interface Purchase {
  wallet: Wallet;
  ref: string;
  referenceNo: string;
  token: string;
  amount: number;
  state: 'PENDING' | 'PAID' | 'FAILED' | 'CANCELLED';
  refunded: number;
}

async function setUp(sb: TestSandbox) {
  const p1Client = await signedClient(sb);
  const p1: Partner = { client: p1Client, limits: { min: 10_000_00, max: 10_000_000_00, cap: 20_000_000_00, txMax: 10_000_000_00 }, corporate: 1_000_000_000_00 };
  const p2Client = await registerPartner(sb, '30000000.00', 'BRN-0002-1732500000777');
  const p2: Partner = { client: p2Client, limits: { min: 1_000_00, max: 10_000_000_00, cap: 20_000_000_00, txMax: 10_000_000_00 }, corporate: 30_000_000_00 };

  const wallets: Wallet[] = [];
  for (let i = 0; i < 6; i += 1) {
    const partner = i % 2 === 0 ? p1 : p2;
    const res = await sb.http.post('/admin/accounts').send({ name: `Random Walker ${i}`, phoneNo: `62812777700${i}0`, pin: PIN, bindTo: partner.client.partner.clientId });
    if (res.status !== 201) throw new Error(`wallet creation failed: ${JSON.stringify(res.body)}`);
    // One B2B token per partner: a new one would revoke the others, so every client shares it.
    const client = new SnapClient(sb.app, partner.client.partner, () => sb.clock.now());
    client.b2bToken = partner.client.b2bToken;
    await client.getCustomerToken(res.body.authCode as string);
    wallets.push({ accountId: res.body.accountId as string, partner, client, balance: 0, expected: new Map() });
  }
  return { partners: [p1, p2], wallets };
}

describe('randomised sequence over the ledger', () => {
  it.each([
    ['in memory', false],
    ['on a DATA_FILE whose disk refuses random writes', true],
  ])(`when ${OPS} random money operations run over 6 wallets and 2 partners %s, then the ledger verifies and every balance equals the model and its history`, async (_where, withFaults) => {
    const rand = mulberry32(SEED);
    const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)]!;
    // Whole rupiah thousands only: amounts ending .02/.04/.14 are the sandbox's magic values.
    const thousands = (lo: number, hi: number) => (lo + Math.floor(rand() * (hi - lo + 1))) * 1000_00;
    const withPurchases = existsSync(`${SPEC_DIR}/paths/purchase.yaml`);

    const disk = new FaultyDisk();
    let dataFile: string | undefined;
    if (withFaults) {
      const dir = mkdtempSync(join(tmpdir(), 'random-'));
      dirs.push(dir);
      dataFile = join(dir, 'data.json');
    }
    const sb = await testSandbox(dataFile ? { DATA_FILE: dataFile } : {}, { disk, retry: { firstMs: 0, maxMs: 0 } });
    const { partners, wallets } = await setUp(sb);
    const purchases: Purchase[] = [];
    const topUpBodies: { partner: Partner; body: Record<string, unknown>; response: Record<string, unknown> }[] = [];
    const counts: Record<string, number> = {};
    let seq = 0;
    let step = '';

    const note = (name: string) => (counts[name] = (counts[name] ?? 0) + 1);
    const expectCode = (res: { body: Record<string, unknown> }, code: string) => {
      if (res.body.responseCode !== code) throw new Error(`${step}: expected ${code}, got ${JSON.stringify(res.body)}`);
    };
    /** Set while the disk will refuse the operation's first write. */
    let refusing = false;
    /** A refused call answers 500xx01 and changes nothing: true when it was one. */
    const refused = (res: { status: number; body: Record<string, unknown> }, serviceCode: string) => {
      if (!refusing) return false;
      refusing = false;
      expectCode(res, `500${serviceCode}01`);
      note('refused');
      return true;
    };

    const topUp = async () => {
      const partner = pick(partners);
      const wallet = pick(wallets);
      const r = rand();
      const amount = r < 0.05 ? 500_00 : r < 0.1 ? 10_001_000_00 : r < 0.2 ? thousands(3000, 9000) : thousands(1, 1500);
      const body = { partnerReferenceNo: `T${SEED}-${++seq}`, customerNumber: wallet.accountId, amount: money(amount) };
      step = `top-up ${money(amount).value} by ${partner.client.partner.clientId} into ${wallet.accountId} (balance ${wallet.balance}, corporate ${partner.corporate})`;
      let expected = '2003800';
      if (amount < partner.limits.min || amount > partner.limits.max) expected = '4033802';
      else if (wallet.balance + amount > partner.limits.cap) expected = '4033823';
      else if (partner.corporate < amount) expected = '4033814';
      const res = await partner.client.post(TOPUP, body);
      if (refused(res, '38')) return;
      expectCode(res, expected);
      note(`topup ${expected}`);
      if (expected !== '2003800') return;
      wallet.balance += amount;
      partner.corporate -= amount;
      wallet.expected.set(`TOP_UP|${body.partnerReferenceNo}`, { amount, debitCredit: 'CREDIT' });
      topUpBodies.push({ partner, body, response: res.body });
    };

    const replay = async () => {
      if (topUpBodies.length === 0) return topUp();
      const previous = pick(topUpBodies);
      step = `replay of top-up ${String(previous.body.partnerReferenceNo)}`;
      const res = await previous.partner.client.post(TOPUP, previous.body);
      if (refused(res, '38')) return;
      expect(res.body).toEqual(previous.response);
      note('replay');
    };

    const transfer = async () => {
      const wallet = pick(wallets);
      const r = rand();
      const amount = r < 0.05 ? 10_001_000_00 : r < 0.3 ? wallet.balance + thousands(1, 100) : thousands(1, Math.max(1, Math.floor(wallet.balance / 100_000)));
      const bank = rand() < 0.05 ? INVALID_BANK : pick(BANKS);
      const body = { partnerReferenceNo: `B${SEED}-${++seq}`, ...bank, amount: money(amount) };
      step = `transfer ${money(amount).value} from ${wallet.accountId} (balance ${wallet.balance}) to ${bank.beneficiaryAccountNumber}`;
      let expected = '2004300';
      if (bank === INVALID_BANK) expected = '4044311';
      else if (amount > wallet.partner.limits.txMax) expected = '4034302';
      else if (wallet.balance < amount) expected = '4034314';
      const res = await wallet.client.post(TRANSFER, body);
      if (refused(res, '43')) return;
      expectCode(res, expected);
      note(`transfer ${expected}`);
      if (expected !== '2004300') return;
      wallet.balance -= amount;
      wallet.expected.set(`SEND_MONEY|${body.partnerReferenceNo}`, { amount, debitCredit: 'DEBIT' });
    };

    const openPurchase = async () => {
      const wallet = pick(wallets);
      const amount = rand() < 0.2 ? wallet.balance + thousands(1, 50) : thousands(1, Math.max(1, Math.floor(wallet.balance / 200_000)));
      const ref = `P${SEED}-${++seq}`;
      step = `purchase ${money(amount).value} by ${wallet.accountId} (balance ${wallet.balance})`;
      const expected = amount > wallet.partner.limits.txMax ? '4035402' : wallet.balance < amount ? '4035414' : '2005400';
      const res = await wallet.client.post(PURCHASE, { partnerReferenceNo: ref, amount: money(amount), urlParams: [{ url: 'https://merchant.example/return', type: 'PAY_RETURN', isDeeplink: 'N' }] });
      if (refused(res, '54')) return;
      expectCode(res, expected);
      note(`purchase ${expected}`);
      if (expected !== '2005400') return;
      const token = new URL(res.body.webRedirectUrl as string).searchParams.get('token')!;
      const purchase: Purchase = { wallet, ref, referenceNo: res.body.referenceNo as string, token, amount, state: 'PENDING', refunded: 0 };
      purchases.push(purchase);
      wallet.expected.set(`PAYMENT|${ref}`, { amount, debitCredit: 'NONE' });
      if (rand() < 0.7) await pay(purchase);
    };

    const pay = async (purchase: Purchase) => {
      const { wallet } = purchase;
      step = `PIN payment of ${purchase.ref} (${purchase.amount}) by ${wallet.accountId} (balance ${wallet.balance})`;
      const page = await sb.http.post('/webview/purchase').type('form').send({ token: purchase.token, pin: PIN });
      const status = await wallet.partner.client.post(STATUS, { originalPartnerReferenceNo: purchase.ref, originalReferenceNo: purchase.referenceNo, serviceCode: '54' });
      if (refusing) {
        refusing = false;
        expect([page.status, status.body.latestTransactionStatus]).toEqual([503, '03']); // still waiting for the PIN
        note('refused');
        return;
      }
      expect(page.status).toBe(302);
      const paid = wallet.balance >= purchase.amount;
      expect(status.body.latestTransactionStatus).toBe(paid ? '00' : '06');
      note(paid ? 'pay ok' : 'pay short');
      purchase.state = paid ? 'PAID' : 'FAILED';
      if (paid) {
        wallet.balance -= purchase.amount;
        wallet.expected.set(`PAYMENT|${purchase.ref}`, { amount: purchase.amount, debitCredit: 'DEBIT' });
      }
    };

    const payPending = async () => {
      const pending = purchases.filter((p) => p.state === 'PENDING');
      if (pending.length === 0) return openPurchase();
      await pay(pick(pending));
    };

    const refund = async () => {
      const paid = purchases.filter((p) => p.state === 'PAID' && p.refunded < p.amount);
      if (paid.length === 0) return openPurchase();
      const purchase = pick(paid);
      const left = purchase.amount - purchase.refunded;
      const amount = rand() < 0.1 ? left + 1000_00 : Math.max(1000_00, Math.floor((left * rand()) / 1000_00) * 1000_00);
      const partnerRefundNo = `R${SEED}-${++seq}`;
      step = `refund ${amount} of ${purchase.ref} (left ${left})`;
      const expected = amount > left ? '4045813' : '2005800';
      const res = await purchase.wallet.partner.client.post(REFUND, { originalPartnerReferenceNo: purchase.ref, originalReferenceNo: purchase.referenceNo, partnerRefundNo, refundAmount: money(amount) });
      if (refused(res, '58')) return;
      expectCode(res, expected);
      note(`refund ${expected}`);
      if (expected !== '2005800') return;
      purchase.refunded += amount;
      purchase.wallet.balance += amount;
      purchase.wallet.expected.set(`REFUND|${partnerRefundNo}`, { amount, debitCredit: 'CREDIT' });
    };

    const cancel = async () => {
      if (purchases.length === 0) return openPurchase();
      const purchase = pick(purchases);
      step = `cancel of ${purchase.ref} (${purchase.state}, refunded ${purchase.refunded})`;
      const reverses = purchase.state === 'PAID' && purchase.refunded === 0;
      const expected = purchase.state === 'PENDING' || reverses ? '2005700' : '4045700';
      const res = await purchase.wallet.partner.client.post(CANCEL, { originalPartnerReferenceNo: purchase.ref, originalReferenceNo: purchase.referenceNo });
      if (refused(res, '57')) return;
      expectCode(res, expected);
      note(`cancel ${expected}`);
      if (expected !== '2005700') return;
      if (reverses) {
        purchase.wallet.balance += purchase.amount;
        purchase.wallet.expected.set(`CANCEL|${purchase.ref}`, { amount: purchase.amount, debitCredit: 'CREDIT' });
      }
      purchase.state = 'CANCELLED';
    };

    const menu: [number, () => Promise<void>][] = withPurchases
      ? [[30, topUp], [5, replay], [20, transfer], [20, openPurchase], [5, payPending], [12, refund], [8, cancel]]
      : [[55, topUp], [10, replay], [35, transfer]];
    const total = menu.reduce((sum, [weight]) => sum + weight, 0);

    try {
      for (let i = 0; i < OPS; i += 1) {
        let roll = rand() * total;
        const op = menu.find(([weight]) => (roll -= weight) < 0)![1];
        // Decided before the operation, from the same seed: the disk refuses its first write.
        const fault = withFaults && rand() < FAULT_RATE ? pick(FAULTS) : undefined;
        if (fault) disk.failAt(1, fault);
        refusing = fault !== undefined;
        await op();
        if (refusing) throw new Error(`${step}: the disk was to refuse this operation's first write, but no call was refused`);
        if (fault) {
          disk.heal();
          step = 'GET /health after the disk took writes again';
          expect((await sb.http.get('/health')).status).toBe(200);
        }
      }

      step = 'GET /admin/ledger/verify';
      const verify = await sb.http.get('/admin/ledger/verify');
      expect(verify.body.checks.filter((c: { ok: boolean }) => !c.ok)).toEqual([]);
      expect(verify.body.ok).toBe(true);

      const partnerList = (await sb.http.get('/admin/partners')).body.partners as { clientId: string; corporateBalance: string }[];
      for (const partner of partners) {
        step = `corporate balance of ${partner.client.partner.clientId}`;
        expect(partnerList.find((p) => p.clientId === partner.client.partner.clientId)!.corporateBalance).toBe(money(partner.corporate).value);
      }

      for (const wallet of wallets) {
        step = `balance and history of ${wallet.accountId}`;
        const balance = await wallet.client.post(BALANCE, {});
        expect(balance.body.accountInfos[0].ledgerBalance).toEqual(money(wallet.balance));

        const seen = new Map<string, { amount: number; debitCredit: string }>();
        for (let pageNumber = 0; ; pageNumber += 1) {
          const page = await wallet.client.post(HISTORY, { pageSize: 100, pageNumber });
          expectCode(page, '2001200');
          for (const entry of page.body.detailData as { type: string; amount: { value: string }; additionalInfo: { partnerReferenceNo: string; debitCredit: string } }[]) {
            seen.set(`${entry.type}|${entry.additionalInfo.partnerReferenceNo}`, { amount: Math.round(Number(entry.amount.value) * 100), debitCredit: entry.additionalInfo.debitCredit });
          }
          if (pageNumber + 1 >= page.body.additionalInfo.totalPage) break;
        }
        expect(Object.fromEntries(seen)).toEqual(Object.fromEntries(wallet.expected));
        const sum = [...seen.values()].reduce((acc, e) => acc + (e.debitCredit === 'CREDIT' ? e.amount : e.debitCredit === 'DEBIT' ? -e.amount : 0), 0);
        expect(sum).toBe(wallet.balance);
      }
    } catch (error) {
      const e = error as Error;
      e.message = `RANDOM_SEED=${SEED} (replay with RANDOM_SEED=${SEED} npm test -- test/ledger/random-sequence)\nat: ${step}\n${e.message}`;
      throw e;
    }
    if (dataFile) {
      // kill -9, then a restart on the same files: exactly the acknowledged state, verified.
      await disk.crash();
      const restarted = await testSandbox({ DATA_FILE: dataFile });
      expect((await restarted.http.get('/admin/ledger/verify')).body.ok).toBe(true);
      for (const wallet of wallets) {
        expect([wallet.accountId, (await restarted.http.get(`/admin/accounts/${wallet.accountId}`)).body.balance]).toEqual([wallet.accountId, money(wallet.balance).value]);
      }
      expect(counts.refused).toBeGreaterThan(0);
    }
    if (process.env.RANDOM_VERBOSE) console.log(`RANDOM_SEED=${SEED}`, counts);
    // Each kind of outcome the model predicts should actually have happened in a run this long.
    expect(counts['topup 2003800']).toBeGreaterThan(0);
    expect(counts['transfer 2004300']).toBeGreaterThan(0);
    expect(counts['transfer 4034314']).toBeGreaterThan(0);
  }, 300_000);
});
