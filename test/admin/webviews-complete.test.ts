import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSandbox, type SandboxHandle } from '../../src/index.js';

/**
 * POST /admin/webviews/complete (and AdminClient.completeWebview): every sandbox page completed
 * without a browser, over HTTP through the page's own handler, so that what the page decides
 * (a wrong PIN, a lock, a used link) is what the caller gets.
 */
let sandbox: SandboxHandle;
beforeAll(async () => {
  sandbox = await startSandbox({ validateResponses: true });
});
afterAll(() => sandbox.stop());

const PURCHASE = '/snap-adapter/b2b2c/v1.0/debit/payment-host-to-host';
const RETURN_URL = 'https://partner.example/pay/return';
let seq = 0;
const phone = () => `6281255${String(Date.now() % 10000).padStart(4, '0')}${String(++seq).padStart(2, '0')}`;

/** A fresh wallet with money, bound to the default partner; the partner client holds its customer token. */
async function customer(pin = '147258') {
  const wallet = await sandbox.admin.createAccount({ name: 'Page Tester', phoneNo: phone(), pin, balance: '500000.00', bindTo: sandbox.credentials.clientId });
  const partner = sandbox.partnerClient();
  await partner.getB2bToken();
  await partner.getCustomerToken(wallet.authCode!);
  return { wallet, partner, pin };
}

async function openPurchase(partner: Awaited<ReturnType<typeof customer>>['partner'], partnerReferenceNo: string) {
  const reply = await partner.post<{ referenceNo: string; webRedirectUrl: string }>(PURCHASE, {
    partnerReferenceNo,
    amount: { value: '25000.00', currency: 'IDR' },
    urlParams: [{ url: RETURN_URL, type: 'PAY_RETURN', isDeeplink: 'N' }],
  });
  expect(reply.body.responseCode).toBe('2005400');
  return { referenceNo: reply.body.referenceNo!, webRedirectUrl: reply.body.webRedirectUrl! };
}

const purchaseStatus = async (partner: Awaited<ReturnType<typeof customer>>['partner'], referenceNo: string) =>
  (await partner.post('/snap-adapter/b2b/v1.0/debit/status', { originalReferenceNo: referenceNo, serviceCode: '54' })).body.latestTransactionStatus;

describe('the purchase PIN page', () => {
  it('a purchase is paid with completeWebview and no browser: the page redirects to the partner with the outcome', async () => {
    const { wallet, partner, pin } = await customer();
    const opened = await openPurchase(partner, 'WV-PAY-1');
    const outcome = await sandbox.admin.completeWebview({ url: opened.webRedirectUrl, pin });
    expect(outcome).toEqual({ status: 302, redirect: expect.stringMatching(/^https:\/\/partner\.example\/pay\/return\?partnerReferenceNo=WV-PAY-1&.*status=SUCCESS&responseCode=2005400/), title: null, message: null });
    expect(await purchaseStatus(partner, opened.referenceNo)).toBe('00');
    expect((await sandbox.admin.account(wallet.accountId)).balance).toBe('475000.00');
    // It went through the page: the journal holds its GET and its POST, as a browser's would be.
    const pageCalls = (await sandbox.admin.journal({ path: '/webview/purchase' })).map((e) => `${e.method} ${e.status}`);
    expect(pageCalls.slice(0, 2)).toEqual(['POST 302', 'GET 200']);
  });

  it('a wrong PIN counts toward the lock as on the page: the third locks the wallet, for the real page too', async () => {
    const { partner, pin } = await customer();
    const opened = await openPurchase(partner, 'WV-LOCK-1');
    const first = await sandbox.admin.completeWebview({ url: opened.webRedirectUrl, pin: '000000' });
    expect(first).toMatchObject({ status: 401, redirect: null, title: 'Confirm payment', message: expect.stringMatching(/^Wrong PIN\. 2 attempts left/) });
    expect((await sandbox.admin.completeWebview({ url: opened.webRedirectUrl, pin: '000000' })).message).toMatch(/^Wrong PIN\. 1 attempt left/);
    const third = await sandbox.admin.completeWebview({ url: opened.webRedirectUrl, pin: '000000' });
    expect(third.status).toBe(423);
    expect(third.message).toMatch(/locked/i);
    // The right PIN typed into the page itself is refused now: the same counter.
    const token = new URL(opened.webRedirectUrl).searchParams.get('token')!;
    const typed = await fetch(`${sandbox.url}/webview/purchase`, { method: 'POST', body: new URLSearchParams({ token, pin }), redirect: 'manual' });
    expect(typed.status).toBe(423);
    expect(await purchaseStatus(partner, opened.referenceNo)).not.toBe('00');
  });

  it('a link already used answers what the page shows, and nothing is submitted', async () => {
    const { partner, pin } = await customer();
    const opened = await openPurchase(partner, 'WV-USED-1');
    expect((await sandbox.admin.completeWebview({ url: opened.webRedirectUrl, pin })).status).toBe(302);
    const again = await sandbox.admin.completeWebview({ url: opened.webRedirectUrl, pin });
    expect(again).toMatchObject({ status: 410, redirect: null, message: expect.stringContaining('already been processed') });
  });
});

describe('registration and binding pages', () => {
  it('the Create-PIN page creates the wallet (newPin in both fields) and the consent page binds it (pin)', async () => {
    const PARTNER_REF = 'WV-REG-1';
    const partner = sandbox.partnerClient();
    await partner.getB2bToken();
    const phoneNo = phone();
    const created = await partner.post<{ referenceNo: string }>('/snap-adapter/b2b/v1.0/registration-account-creation', {
      partnerReferenceNo: PARTNER_REF, name: 'Headless Customer', email: 'headless@example.com', phoneNo, redirectUrl: 'https://partner.example/registered',
    });
    const otp = await sandbox.admin.otpFor(created.body.referenceNo!);
    const verified = await partner.post<{ qparamsURL: string; qparams: { token: string } }>('/snap-adapter/b2b/v1.0/otp-verification', {
      originalPartnerReferenceNo: PARTNER_REF, originalReferenceNo: created.body.referenceNo, otp,
    });
    expect(verified.body.responseCode).toBe('2000400');
    const pageUrl = `${verified.body.qparamsURL}?token=${verified.body.qparams!.token}`;

    const pinCreated = await sandbox.admin.completeWebview({ url: pageUrl, newPin: '582046' });
    expect(pinCreated.status).toBe(302);
    const accountId = new URL(pinCreated.redirect!).searchParams.get('accountId')!;
    expect(pinCreated.redirect).toMatch(/^https:\/\/partner\.example\/registered\?accountId=\d+&partnerReferenceNo=WV-REG-1&status=SUCCESS$/);
    expect(await sandbox.admin.account(accountId)).toMatchObject({ phoneNo, status: 'ACTIVE' });

    const bound = await partner.post<{ nextAction: string }>('/snap-adapter/b2b/v1.0/registration-account-binding', {
      partnerReferenceNo: 'WV-BIND-1', redirectUrl: 'https://partner.example/linked', successParams: { accountId },
    });
    expect(bound.body.responseCode).toBe('2000700');
    const consent = await sandbox.admin.completeWebview({ url: bound.body.nextAction!, pin: '582046' });
    expect(consent.status).toBe(302);
    const authCode = new URL(consent.redirect!).searchParams.get('authCode')!;
    await expect(partner.getCustomerToken(authCode)).resolves.toEqual(expect.any(String));
  });

  it('a weak PIN on the Create-PIN page is refused by the page, as typed', async () => {
    const PARTNER_REF = 'WV-REG-2';
    const partner = sandbox.partnerClient();
    await partner.getB2bToken();
    const created = await partner.post<{ referenceNo: string }>('/snap-adapter/b2b/v1.0/registration-account-creation', {
      partnerReferenceNo: PARTNER_REF, name: 'Weak Pin', email: 'weak@example.com', phoneNo: phone(), redirectUrl: 'https://partner.example/registered',
    });
    const otp = await sandbox.admin.otpFor(created.body.referenceNo!);
    const verified = await partner.post<{ qparamsURL: string; qparams: { token: string } }>('/snap-adapter/b2b/v1.0/otp-verification', {
      originalPartnerReferenceNo: PARTNER_REF, originalReferenceNo: created.body.referenceNo, otp,
    });
    const url = `${verified.body.qparamsURL}?token=${verified.body.qparams!.token}`;
    const weak = await sandbox.admin.completeWebview({ url, newPin: '123456' });
    expect(weak).toMatchObject({ status: 422, redirect: null, title: 'Create your PIN', message: expect.stringContaining('Choose another PIN') });
  });
});

describe('direct-debit channel pages and the bank simulator', () => {
  const DD_BINDING = '/direct-debit/core/v1/registration-account-binding';
  const DD_PAYMENT = '/direct-debit/core/v1/debit/payment-host-to-host';
  const bindingBody = (phoneNo: string) => ({
    phoneNo,
    additionalInfo: { channel: 'EMONEY_OVO_SNAP', custIdMerchant: 'cust-wv', successRegistrationUrl: 'https://merchant.example/ok', failedRegistrationUrl: 'https://merchant.example/failed' },
  });

  it('the binding page: approve allows (authCode to the success URL), reject declines (failed URL)', async () => {
    const partner = sandbox.partnerClient();
    await partner.getB2bToken();
    const allowed = await partner.post<{ redirectUrl: string }>(DD_BINDING, bindingBody(phone()), { headers: { 'X-DEVICE-ID': 'device-wv' } });
    const approve = await sandbox.admin.completeWebview({ url: allowed.body.redirectUrl!, decision: 'approve' });
    expect(approve.redirect).toMatch(/^https:\/\/merchant\.example\/ok\?authCode=[^&]+&.*status=SUCCESS/);

    const declined = await partner.post<{ redirectUrl: string }>(DD_BINDING, bindingBody(phone()), { headers: { 'X-DEVICE-ID': 'device-wv' } });
    const reject = await sandbox.admin.completeWebview({ url: declined.body.redirectUrl!, decision: 'reject' });
    expect(reject.redirect).toMatch(/^https:\/\/merchant\.example\/failed\?.*status=FAILED/);
    expect(reject.redirect).not.toContain('authCode');
  });

  it('the payment page: a jump-app payment is paid with the number typed in fields; another is cancelled', async () => {
    const partner = sandbox.partnerClient();
    await partner.getB2bToken();
    const body = (partnerReferenceNo: string) => ({
      partnerReferenceNo,
      amount: { value: '30000.00', currency: 'IDR' },
      urlParam: [{ url: 'https://merchant.example/return', type: 'PAY_RETURN', isDeepLink: 'N' }],
      validUpTo: '2099-01-01T10:00:00+07:00',
      pointOfInitiation: 'app',
      additionalInfo: { channel: 'EMONEY_DANA_SNAP', orderTitle: 'Order' },
    });
    const paid = await partner.post<{ webRedirectUrl: string }>(DD_PAYMENT, body('WV-DANA-1'));
    const pay = await sandbox.admin.completeWebview({ url: paid.body.webRedirectUrl!, fields: { phoneNo: '6281288880001' } });
    expect(pay.redirect).toMatch(/^https:\/\/merchant\.example\/return\?.*status=SUCCESS/);

    const cancelled = await partner.post<{ webRedirectUrl: string }>(DD_PAYMENT, body('WV-DANA-2'));
    const cancel = await sandbox.admin.completeWebview({ url: cancelled.body.webRedirectUrl!, decision: 'reject' });
    expect(cancel.status).toBe(302);
    expect(cancel.redirect).not.toContain('status=SUCCESS');
  });

  it("the bank simulator pays a VA from its howToPayPage, the bill's amount filled in by the page", async () => {
    const partner = sandbox.partnerClient();
    await partner.getB2bToken();
    const customerNo = String(Date.now() % 1e9).padStart(12, '0');
    const created = await partner.post<{ virtualAccountData: { additionalInfo: { howToPayPage: string } } }>('/virtual-accounts/bi-snap-va/v1.1/transfer-va/create-va', {
      partnerServiceId: '   77788', customerNo, virtualAccountNo: `   77788${customerNo}`, virtualAccountName: 'Budi Santoso', virtualAccountEmail: 'budi@example.com', virtualAccountPhone: '6281298765432', trxId: `WV-VA-${customerNo}`,
      totalAmount: { value: '25000.00', currency: 'IDR' }, additionalInfo: { channel: 'VIRTUAL_ACCOUNT_BNI', virtualAccountConfig: { reusableStatus: false } },
      virtualAccountTrxType: 'C', expiredDate: '2099-01-01T10:00:00+07:00',
    });
    expect([created.body.responseCode, created.body.responseMessage]).toEqual(['2002700', 'Successful']);
    const paid = await sandbox.admin.completeWebview({ url: created.body.virtualAccountData!.additionalInfo.howToPayPage });
    expect(paid).toMatchObject({ status: 200, redirect: null, title: 'Payment successful' });
    const va = (await sandbox.admin.request<{ status: string }>('GET', `/admin/virtual-accounts/77788${customerNo}`));
    expect(va.status).toBe('PAID');
  });
});

describe('bad input: a SNAP-shaped 400 naming the problem, and no page is asked for', () => {
  async function refused(body: Record<string, unknown>) {
    const res = await fetch(`${sandbox.url}/admin/webviews/complete`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as { responseCode: string; responseMessage: string; additionalInfo?: { reason?: string } } };
  }

  it('a URL that is not a sandbox page (another host, another path, not a URL) changes nothing', async () => {
    const { partner, pin } = await customer();
    const opened = await openPurchase(partner, 'WV-BAD-1');
    const token = new URL(opened.webRedirectUrl).searchParams.get('token');
    await sandbox.admin.clearJournal();

    const elsewhere = await refused({ url: `https://evil.example/webview/purchase?token=${token}`, pin });
    expect(elsewhere).toEqual({ status: 400, body: expect.objectContaining({ responseCode: '4000000', responseMessage: expect.stringMatching(/^Bad Request\. url is not a sandbox page: evil\.example is not this sandbox/) }) });
    const otherPath = await refused({ url: `${sandbox.url}/docs/?token=${token}`, pin });
    expect(otherPath.body.responseMessage).toMatch(/url is not a sandbox page: \/docs\/ is none of \/webview\/create-pin, /);
    expect((await refused({ url: 'javascript:alert(1)', pin })).body.responseMessage).toMatch(/url is not a sandbox page: javascript: is not http/);

    expect((await sandbox.admin.journal({ path: '/webview/' })).length).toBe(0);
    expect(await purchaseStatus(partner, opened.referenceNo)).toBe('03');
  });

  it('a PIN page without its PIN, a reject the page does not offer, a field it does not have', async () => {
    const { partner, pin } = await customer();
    const opened = await openPurchase(partner, 'WV-BAD-2');
    expect(await refused({ url: opened.webRedirectUrl })).toEqual({
      status: 400,
      body: { responseCode: '4000002', responseMessage: 'Invalid Mandatory Field pin', additionalInfo: { reason: 'the purchase PIN page asks for a PIN: send pin' } },
    });
    const reject = await refused({ url: opened.webRedirectUrl, pin, decision: 'reject' });
    expect(reject.body).toMatchObject({ responseCode: '4000001', responseMessage: 'Invalid Field Format decision', additionalInfo: { reason: expect.stringMatching(/^the purchase PIN page offers no way to reject \(its buttons: "Pay Rp 25\.000,00"\)$/) } });
    const field = await refused({ url: opened.webRedirectUrl, pin, fields: { amount: '1.00' } });
    expect(field.body).toMatchObject({ responseCode: '4000001', responseMessage: 'Invalid Field Format fields.amount', additionalInfo: { reason: 'the purchase PIN page has no field amount (it has: token, pin)' } });
    expect((await refused({ pin })).body).toMatchObject({ responseCode: '4000002', responseMessage: 'Invalid Mandatory Field url' });
    expect((await refused({ url: opened.webRedirectUrl, pin, decision: 'maybe' })).body.responseMessage).toBe('Invalid Field Format decision');
    expect(await purchaseStatus(partner, opened.referenceNo)).toBe('03');
  });
});

describe('behind a proxy (PUBLIC_BASE_URL with a path)', () => {
  it('takes the page URL the sandbox gave, under the public base, and asks the server for its own path', async () => {
    const proxied = await startSandbox({ publicBaseUrl: 'https://qa.example/sandbox' });
    try {
      const wallet = await proxied.admin.createAccount({ name: 'Proxy Tester', phoneNo: phone(), pin: '147258', balance: '100000.00', bindTo: proxied.credentials.clientId });
      await proxied.partner.getB2bToken();
      await proxied.partner.getCustomerToken(wallet.authCode!);
      const opened = await proxied.partner.post<{ webRedirectUrl: string }>(PURCHASE, {
        partnerReferenceNo: 'WV-PROXY-1', amount: { value: '1000.00', currency: 'IDR' }, urlParams: [{ url: RETURN_URL, type: 'PAY_RETURN', isDeeplink: 'N' }],
      });
      expect(opened.body.webRedirectUrl).toMatch(/^https:\/\/qa\.example\/sandbox\/webview\/purchase\?token=/);
      const outcome = await proxied.admin.completeWebview({ url: opened.body.webRedirectUrl!, pin: '147258' });
      expect(outcome).toMatchObject({ status: 302, redirect: expect.stringContaining('status=SUCCESS') });
    } finally {
      await proxied.stop();
    }
  });
});
