/**
 * The whole DOKU Wallet partner journey against a running sandbox, one printed step at a time:
 *
 *   B2B token → Account Creation → OTP (from /admin/otps) → Verify OTP → Create-PIN page → accountId
 *   → Account Binding → consent page → authCode → B2B2C token → Top Up → Purchase → PIN page
 *   → Query Purchase → Refund → Transaction History
 *
 *   npx doku-snap-sandbox --port 8080 &
 *   node --import tsx examples/partner-journey.ts --base-url http://localhost:8080
 *
 * Flags: --base-url (BASE_URL), --admin-token (ADMIN_TOKEN), --client-id / --client-secret /
 * --private-key <pem file> (default: the TEST-ONLY partner of fixtures/). Exits 1 at the first
 * step that does not go as DOKU documents it.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AdminClient } from '../src/client/admin.js';
import { PartnerClient, type SnapReply } from '../src/client/partner.js';
import { snapTimestamp } from '../src/client/signing.js';

const { values: args } = parseArgs({
  options: {
    'base-url': { type: 'string', default: process.env.BASE_URL ?? 'http://localhost:8080' },
    'admin-token': { type: 'string', default: process.env.ADMIN_TOKEN },
    'client-id': { type: 'string' },
    'client-secret': { type: 'string' },
    'private-key': { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

const fixtures = new URL('../fixtures/', import.meta.url);
const seed = (JSON.parse(readFileSync(new URL('partners.json', fixtures), 'utf8')) as { partners: { clientId: string; clientSecret: string; privateKeyFile: string }[] }).partners[0]!;
const baseUrl = args['base-url']!.replace(/\/+$/, '');
const partner = new PartnerClient({
  baseUrl,
  clientId: args['client-id'] ?? seed.clientId,
  clientSecret: args['client-secret'] ?? seed.clientSecret,
  privateKeyPem: readFileSync(args['private-key'] ?? new URL(seed.privateKeyFile, fixtures), 'utf8'),
});
const admin = new AdminClient({ baseUrl, token: args['admin-token'] });

const PIN = '258147';
const REDIRECT = 'https://partner.example/doku/callback';
const run = Date.now().toString(36).toUpperCase();
let stepNo = 0;

class JourneyError extends Error {}

function print(line: string): void {
  if (!args.quiet) process.stdout.write(`${line}\n`);
}

async function step<T>(name: string, action: () => Promise<T>, describe: (result: T) => string): Promise<T> {
  stepNo += 1;
  const label = `${String(stepNo).padStart(2)}. ${name}`;
  try {
    const result = await action();
    print(`${label.padEnd(44)} ✔ ${describe(result)}`);
    return result;
  } catch (error) {
    print(`${label.padEnd(44)} ✘`);
    throw error;
  }
}

/** A SNAP call must answer 2xx with the expected responseCode, or the journey stops here. */
function expectCode<T extends object>(reply: SnapReply<T>, code: string): SnapReply<T> {
  if (reply.status !== Number(code.slice(0, 3)) || reply.body.responseCode !== code) {
    throw new JourneyError(`expected ${code}, got HTTP ${reply.status} ${JSON.stringify(reply.body)}`);
  }
  return reply;
}

function field<T>(value: T | undefined, name: string): T {
  if (value === undefined || value === null || value === '') throw new JourneyError(`the reply has no ${name}`);
  return value;
}

/**
 * What the customer does in the webview: open the page, fill in the PIN (every PIN field, so the
 * Create-PIN page's confirmation too), submit, and return where the sandbox redirects the browser.
 */
async function completePage(url: string, pin: string): Promise<URL> {
  const page = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
  const html = await page.text();
  if (page.status !== 200) throw new JourneyError(`GET ${url} answered ${page.status}: ${html.slice(0, 300)}`);
  const form = html.match(/<form\b([^>]*)>([\s\S]*?)<\/form>/i);
  if (!form) throw new JourneyError(`no form on ${url}`);
  const attr = (tag: string, name: string) => tag.match(new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, 'i'))?.[1]?.replace(/&amp;/g, '&');
  const fields = new URLSearchParams();
  for (const input of form[2]!.match(/<input\b[^>]*>/gi) ?? []) {
    const name = attr(input, 'name');
    if (!name) continue;
    const type = (attr(input, 'type') ?? 'text').toLowerCase();
    if (type === 'hidden') fields.append(name, attr(input, 'value') ?? '');
    else if (type === 'password' || /pin/i.test(name)) fields.append(name, pin);
  }
  // A named submit button (e.g. approve / decline) is sent as the user clicked it: pick the one that goes ahead.
  const buttons = (form[2]!.match(/<button\b[^>]*>[\s\S]*?<\/button>/gi) ?? []).filter((b) => attr(b, 'name'));
  const go = buttons.find((b) => !/cancel|decline|reject|deny/i.test(b)) ?? buttons[0];
  if (go) fields.append(attr(go, 'name')!, attr(go, 'value') ?? '');
  const action = new URL(attr(form[1]!, 'action') ?? url, url);
  const submitted = await fetch(action, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: fields,
    signal: AbortSignal.timeout(10_000),
  });
  const location = submitted.headers.get('location');
  if (submitted.status < 300 || submitted.status > 399 || !location) {
    throw new JourneyError(`submitting ${action.pathname} answered ${submitted.status}: ${(await submitted.text()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 300)}`);
  }
  return new URL(location, action);
}

async function balance(): Promise<string> {
  const reply = expectCode(await partner.post<{ accountInfos: { availableBalance: { value: string } }[] }>('/snap-adapter/b2b2c/v1.0/balance-inquiry', { partnerReferenceNo: `BAL-${run}-${stepNo}` }), '2001100');
  return field(reply.body.accountInfos?.[0]?.availableBalance?.value, 'accountInfos[0].availableBalance');
}

async function main(): Promise<void> {
  print(`Partner journey against ${baseUrl} as ${partner.clientId}\n`);
  const phoneNo = `62812${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const creationRef = `REG-${run}`;

  await step('B2B token', () => partner.getB2bToken(), (t) => `accessToken ${t.slice(0, 16)}…`);

  const creation = await step(
    'Account Creation',
    async () =>
      expectCode(
        await partner.post<{ referenceNo: string }>('/snap-adapter/b2b/v1.0/registration-account-creation', {
          partnerReferenceNo: creationRef,
          name: 'Journey Example',
          email: `journey.${run.toLowerCase()}@example.com`,
          phoneNo,
          redirectUrl: REDIRECT,
        }),
        '2000600',
      ),
    (r) => `2000600 referenceNo ${r.body.referenceNo} (OTP sent to ${phoneNo})`,
  );
  const referenceNo = field(creation.body.referenceNo, 'referenceNo');

  const otp = await step('OTP (read from GET /admin/otps)', () => admin.otpFor(referenceNo), (o) => `otp ${o}`);

  const verified = await step(
    'Verify OTP',
    async () =>
      expectCode(
        await partner.post<{ qparamsURL: string; qparams: { token: string } }>('/snap-adapter/b2b/v1.0/otp-verification', {
          originalPartnerReferenceNo: creationRef,
          originalReferenceNo: referenceNo,
          otp,
        }),
        '2000400',
      ),
    (r) => `2000400 qparamsURL ${r.body.qparamsURL}`,
  );
  const createPinUrl = `${field(verified.body.qparamsURL, 'qparamsURL')}?token=${encodeURIComponent(field(verified.body.qparams?.token, 'qparams.token'))}`;

  const created = await step('Create-PIN page (PIN twice)', () => completePage(createPinUrl, PIN), (u) => `redirected to ${u.search}`);
  if (created.searchParams.get('status') !== 'SUCCESS') throw new JourneyError(`Create-PIN redirect is not SUCCESS: ${created.href}`);
  const accountId = field(created.searchParams.get('accountId') ?? undefined, 'accountId in the redirect');

  const binding = await step(
    'Account Binding',
    async () =>
      expectCode(
        await partner.post<{ nextAction: string; linkId: string }>('/snap-adapter/b2b/v1.0/registration-account-binding', {
          partnerReferenceNo: `BIND-${run}`,
          redirectUrl: REDIRECT,
          successParams: { accountId },
        }),
        '2000700',
      ),
    (r) => `2000700 linkId ${r.body.linkId}`,
  );

  const consented = await step('Consent page (PIN)', () => completePage(field(binding.body.nextAction, 'nextAction'), PIN), (u) => `redirected to ${u.search}`);
  const authCode = field(consented.searchParams.get('authCode') ?? undefined, 'authCode in the redirect');

  await step('B2B2C token (authCode)', () => partner.getCustomerToken(authCode), (t) => `customer accessToken ${t.slice(0, 16)}…`);

  await step(
    'Top Up 100,000.00',
    async () =>
      expectCode(
        await partner.post<{ referenceNo: string }>('/snap-adapter/b2b/v1.0/emoney/topup', {
          partnerReferenceNo: `TOPUP-${run}`,
          customerNumber: accountId,
          amount: { value: '100000.00', currency: 'IDR' },
          transactionDate: snapTimestamp(),
        }),
        '2003800',
      ),
    (r) => `2003800 referenceNo ${r.body.referenceNo}`,
  );
  const afterTopUp = await step('Balance Inquiry', balance, (v) => `available ${v}`);
  if (afterTopUp !== '100000.00') throw new JourneyError(`balance after top-up is ${afterTopUp}, expected 100000.00`);

  const invoice = `INV-${run}`;
  const purchase = await step(
    'Purchase 25,000.00',
    async () =>
      expectCode(
        await partner.post<{ webRedirectUrl: string; referenceNo: string }>('/snap-adapter/b2b2c/v1.0/debit/payment-host-to-host', {
          partnerReferenceNo: invoice,
          amount: { value: '25000.00', currency: 'IDR' },
          urlParams: [{ url: 'https://partner.example/pay/return', type: 'PAY_RETURN', isDeeplink: 'N' }],
        }),
        '2005400',
      ),
    (r) => `2005400 webRedirectUrl ${r.body.webRedirectUrl}`,
  );

  const paid = await step('Purchase PIN page', () => completePage(field(purchase.body.webRedirectUrl, 'webRedirectUrl'), PIN), (u) => `redirected to ${u.origin}${u.pathname}${u.search}`);
  if (paid.searchParams.get('status') !== 'SUCCESS') throw new JourneyError(`purchase redirect is not SUCCESS: ${paid.href}`);

  const status = await step(
    'Query Purchase',
    async () =>
      expectCode(
        await partner.post<{ latestTransactionStatus: string; transactionStatusDesc: string }>('/snap-adapter/b2b/v1.0/debit/status', {
          originalPartnerReferenceNo: invoice,
          serviceCode: '54',
        }),
        '2005500',
      ),
    (r) => `2005500 latestTransactionStatus ${r.body.latestTransactionStatus} (${r.body.transactionStatusDesc})`,
  );
  if (status.body.latestTransactionStatus !== '00') throw new JourneyError('the purchase is not paid (latestTransactionStatus 00)');

  await step(
    'Refund 10,000.00',
    async () =>
      expectCode(
        await partner.post<{ refundNo: string }>('/snap-adapter/b2b/v1.0/debit/refund', {
          originalPartnerReferenceNo: invoice,
          partnerRefundNo: `RFD-${run}`,
          refundAmount: { value: '10000.00', currency: 'IDR' },
          reason: 'one item out of stock',
        }),
        '2005800',
      ),
    (r) => `2005800 refundNo ${r.body.refundNo}`,
  );
  const afterRefund = await step('Balance Inquiry', balance, (v) => `available ${v}`);
  if (afterRefund !== '85000.00') throw new JourneyError(`balance after purchase and refund is ${afterRefund}, expected 85000.00`);

  const now = Date.now();
  const history = await step(
    'Transaction History List',
    async () =>
      expectCode(
        await partner.post<{ detailData: { type: string; status: string; amount: { value: string } }[] }>('/snap-adapter/b2b2c/v1.0/transaction-history-list', {
          partnerReferenceNo: `HIST-${run}`,
          fromDateTime: snapTimestamp(new Date(now - 86_400_000)),
          toDateTime: snapTimestamp(new Date(now + 60_000)),
          pageSize: 10,
          pageNumber: 0,
        }),
        '2001200',
      ),
    (r) => `2001200 ${(r.body.detailData ?? []).map((d) => `${d.type} ${d.amount?.value} ${d.status}`).join(' · ')}`,
  );
  if ((history.body.detailData ?? []).length < 3) throw new JourneyError('history should list the top-up, the purchase and the refund');

  print(`\nDone: wallet ${accountId} topped up, paid and refunded in ${stepNo} steps.`);
}

main().catch((error: Error) => {
  process.stderr.write(`\n✘ step ${stepNo} failed: ${error.message}\n`);
  process.exitCode = 1;
});
