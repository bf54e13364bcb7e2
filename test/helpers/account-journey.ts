import { expect } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { SnapClient, type TestSandbox } from './harness.js';

/** Paths of the wallet-account capability. */
export const P = {
  create: '/snap-adapter/b2b/v1.0/registration-account-creation',
  verify: '/snap-adapter/b2b/v1.0/otp-verification',
  requestOtp: '/snap-adapter/b2b/v1.0/otp',
  requestOtpB2b2c: '/snap-adapter/b2b2c/v1.0/otp',
  bind: '/snap-adapter/b2b/v1.0/registration-account-binding',
  inquiry: '/snap-adapter/b2b/v1.0/registration-account-inquiry',
  unbind: '/snap-adapter/b2b/v1.0/registration-account-unbinding',
  unbindB2b2c: '/snap-adapter/b2b2c/v1.0/registration-account-unbinding',
  balance: '/snap-adapter/b2b2c/v1.0/balance-inquiry',
  tokenB2b2c: '/authorization/v1/access-token/b2b2c',
};

let phoneSeq = 0;
/** A fresh Indonesian mobile number no fixture uses. */
export function newPhone(): string {
  phoneSeq += 1;
  return `62812${String(Date.now() % 1_000_000).padStart(6, '0')}${String(phoneSeq).padStart(2, '0')}`.slice(0, 14);
}

export const ref = (): string => randomUUID();

export function creationBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    partnerReferenceNo: ref(),
    name: 'Rina Kusuma',
    email: 'rina.kusuma@example.com',
    phoneNo: newPhone(),
    redirectUrl: 'https://partner.example.com/registerdoku/',
    ...overrides,
  };
}

/** The OTP the sandbox "sent" for a journey, read as QA would: GET /admin/otps?referenceNo=. */
export async function otpFor(sb: TestSandbox, referenceNo: string): Promise<string> {
  const res = await sb.http.get(`/admin/otps?referenceNo=${encodeURIComponent(referenceNo)}`);
  expect(res.status).toBe(200);
  expect(res.body.otps.length).toBeGreaterThan(0);
  return res.body.otps[0].otp as string;
}

export interface ParsedForm {
  method: string;
  action: string;
  fields: Record<string, string>;
}

/** Reads the first <form> of a page as a browser without JavaScript would: method, action and its inputs. */
export function parseForm(html: string): ParsedForm {
  const form = html.match(/<form\b([^>]*)>([\s\S]*?)<\/form>/i);
  if (!form) throw new Error(`no form in page:\n${html}`);
  const attr = (tag: string, name: string) => tag.match(new RegExp(`\\b${name}="([^"]*)"`, 'i'))?.[1];
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const fields: Record<string, string> = {};
  for (const input of form[2]!.matchAll(/<input\b([^>]*)>/gi)) {
    const name = attr(input[1]!, 'name');
    if (name) fields[name] = unescape(attr(input[1]!, 'value') ?? '');
  }
  return { method: (attr(form[1]!, 'method') ?? 'get').toLowerCase(), action: unescape(attr(form[1]!, 'action') ?? ''), fields };
}

/** The path + query of an absolute sandbox URL (pages are fetched in-process). */
export function pathOf(url: string): string {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
}

/** Fills the page's form and submits it where its action points, relative to the page's URL. */
export async function submitForm(sb: TestSandbox, pageUrl: string, html: string, values: Record<string, string>) {
  const form = parseForm(html);
  const target = new URL(form.action, new URL(pageUrl, 'http://sandbox.test'));
  return sb.http
    .post(`${target.pathname}${target.search}`)
    .type('form')
    .send({ ...form.fields, ...values });
}

/** Registration up to a verified OTP: returns the Create-PIN page URL (qparamsURL?token=…). */
export async function registerUntilPinPage(sb: TestSandbox, c: SnapClient, overrides: Record<string, unknown> = {}) {
  const body = creationBody(overrides);
  const created = await c.post(P.create, body);
  expect(created.status).toBe(200);
  const otp = await otpFor(sb, created.body.referenceNo);
  const verified = await c.post(P.verify, { originalPartnerReferenceNo: body.partnerReferenceNo, originalReferenceNo: created.body.referenceNo, otp });
  expect(verified.status).toBe(200);
  const pinPage = `${pathOf(verified.body.qparamsURL)}?token=${encodeURIComponent(verified.body.qparams.token)}`;
  return { body, created, verified, pinPage, token: verified.body.qparams.token as string };
}

/** Opens a binding and returns the consent page path. */
export async function startBinding(c: SnapClient, accountId: string, redirectUrl = 'https://partner.example.com/doku/callback') {
  const res = await c.post(P.bind, { partnerReferenceNo: ref(), redirectUrl, successParams: { accountId } });
  expect(res.status).toBe(200);
  return { res, consentPage: pathOf(res.body.nextAction) };
}

/** GETs the consent page and submits the PIN. */
export async function consent(sb: TestSandbox, consentPage: string, pin: string) {
  const page = await sb.http.get(consentPage);
  expect(page.status).toBe(200);
  return submitForm(sb, consentPage, page.text, { pin });
}

/** An active wallet made through the admin API (no pages), optionally bound to the default partner. */
export async function adminWallet(sb: TestSandbox, options: { pin?: string; balance?: string; bind?: boolean } = {}) {
  const res = await sb.http
    .post('/admin/accounts')
    .send({ name: 'Admin Made', phoneNo: newPhone(), pin: options.pin ?? '147258', balance: options.balance ?? '0.00', ...(options.bind ? { bindTo: sb.partner.clientId } : {}) });
  expect(res.status).toBe(201);
  return res.body as { accountId: string; authCode?: string; linkId?: string; phoneNo: string; publicUserId: string };
}

/** A second partner (same TEST-ONLY key pair), registered at runtime; authCodeKey optional. */
export async function secondPartner(sb: TestSandbox, options: { authCodeKey?: string } = {}): Promise<SnapClient> {
  const partner = { clientId: 'BRN-0002-1732500000002', clientSecret: 'SK-TEST-ONLY-second-partner-secret', privateKeyPem: sb.partner.privateKeyPem };
  const res = await sb.http.post('/admin/partners').send({
    clientId: partner.clientId,
    clientSecret: partner.clientSecret,
    publicKey: sb.ctx.seed.partners[0]!.publicKeyPem,
    name: 'Second Partner',
    ...(options.authCodeKey ? { authCodeKey: options.authCodeKey } : {}),
  });
  expect(res.status).toBe(201);
  const client = new SnapClient(sb.app, partner, () => sb.clock.now());
  await client.getB2bToken();
  return client;
}
