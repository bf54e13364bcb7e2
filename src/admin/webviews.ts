import { Router, type Request } from 'express';
import type { SandboxContext } from '../context.js';
import { SnapError } from '../errors/snap-error.js';
import { readPage, type PageForm, type ReadPage } from './page-form.js';
import { visitPage, type PageAnswer, type SelfAddress } from './page-visit.js';

/** The sandbox's pages, by path, and which PIN the caller must bring for each. */
const PAGES: Record<string, { name: string; pin?: 'pin' | 'newPin' }> = {
  '/webview/create-pin': { name: 'the Create-PIN page', pin: 'newPin' },
  '/webview/binding-consent': { name: 'the binding consent page', pin: 'pin' },
  '/webview/purchase': { name: 'the purchase PIN page', pin: 'pin' },
  '/webview/direct-debit/binding': { name: 'the direct-debit binding page' },
  '/webview/direct-debit/pay': { name: 'the direct-debit payment page' },
  '/webview/bank-simulator': { name: 'the bank simulator' },
};

export interface WebviewCompletion {
  url: string;
  pin?: string;
  newPin?: string;
  decision?: 'approve' | 'reject';
  /** Other fields of the form by name (the bank simulator's amount, a JUMP_APP phoneNo …). */
  fields?: Record<string, string>;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

function notASandboxPage(url: string, why: string): SnapError {
  return new SnapError('BadRequest', `url is not a sandbox page: ${why}`).withEcho({ additionalInfo: { url } });
}

/** The page a URL names, if it is one of this sandbox's: its path and query, to ask for over loopback. */
function sandboxPage(ctx: SandboxContext, req: Request, self: SelfAddress, raw: string): { path: string; host: string; page: (typeof PAGES)[string] } {
  let url: URL;
  try {
    url = new URL(raw, `http://${req.headers.host ?? 'localhost'}`);
  } catch {
    throw notASandboxPage(raw, 'it is not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw notASandboxPage(raw, `${url.protocol} is not http`);
  const base = new URL(ctx.publicBaseUrl());
  const ours = raw.startsWith('/') || url.host === base.host || url.host === req.headers.host || (LOOPBACK.test(url.hostname) && Number(url.port || 80) === self.port);
  if (!ours) throw notASandboxPage(raw, `${url.host} is not this sandbox (${base.host})`);
  // Behind a proxy PUBLIC_BASE_URL may carry a path (https://qa.example/sandbox): the server's own paths are below it.
  const prefix = base.pathname.replace(/\/$/, '');
  const pathname = prefix && url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : url.pathname;
  const page = PAGES[pathname];
  if (!page) throw notASandboxPage(raw, `${url.pathname} is none of ${Object.keys(PAGES).join(', ')}`);
  return { path: `${pathname}${url.search}`, host: url.host, page };
}

/** The form data a browser would send: the form's own values, the PINs typed in, other fields given, the chosen button. */
function fillIn(form: PageForm, pageName: string, input: WebviewCompletion, pin: string | undefined): URLSearchParams {
  const names = new Set(form.controls.map((c) => c.name));
  const unknown = Object.keys(input.fields ?? {}).filter((name) => !names.has(name));
  if (unknown.length > 0) {
    throw new SnapError('InvalidFieldFormat', `fields.${unknown[0]}`).withEcho({ additionalInfo: { reason: `${pageName} has no field ${unknown[0]} (it has: ${[...names].join(', ')})` } });
  }
  const data = new URLSearchParams();
  for (const control of form.controls) {
    const typed = control.type === 'password' ? pin : undefined;
    data.append(control.name, input.fields?.[control.name] ?? typed ?? control.value);
  }
  const reject = input.decision === 'reject';
  const button = form.buttons.find((b) => b.secondary === reject);
  if (!button && (reject || form.buttons.length > 0)) {
    const offered = form.buttons.map((b) => `"${b.label}"`).join(', ') || 'none';
    throw new SnapError('InvalidFieldFormat', 'decision').withEcho({ additionalInfo: { reason: `${pageName} offers no way to ${input.decision ?? 'approve'} (its buttons: ${offered})` } });
  }
  if (button?.name) data.append(button.name, button.value);
  return data;
}

function result(answer: PageAnswer, read: ReadPage, pageUrl: string): Record<string, unknown> {
  let message = read.message ?? null;
  if (!message && answer.contentType.includes('json')) {
    try {
      message = (JSON.parse(answer.body) as { responseMessage?: string }).responseMessage ?? null;
    } catch {
      // not JSON after all
    }
  }
  const redirect = answer.location ? new URL(answer.location, pageUrl).toString() : null;
  return { status: answer.status, redirect, title: read.title ?? null, message };
}

/**
 * POST /admin/webviews/complete {url, pin?, newPin?, decision?, fields?}: does what a customer's
 * browser does on a sandbox page, over HTTP through the whole server: opens the page, reads its
 * form, types the PIN (the Create-PIN page's both fields take newPin), presses the button the
 * decision names (approve: the main one, reject: the secondary Decline or Cancel) and submits.
 * Answers the page's own {status, redirect} (a 302's Location, else null), with its heading and
 * alert line. A wrong PIN is a wrong PIN typed on the page: it counts toward the lock.
 */
export function webviewsRouter(ctx: SandboxContext): Router {
  const router = Router();
  router.post('/webviews/complete', async (req, res) => {
    const input = req.body as WebviewCompletion;
    const self: SelfAddress = { host: req.socket.localAddress ?? '127.0.0.1', port: req.socket.localPort ?? ctx.config.port };
    const { path, host, page } = sandboxPage(ctx, req, self, input.url);
    const pin = page.pin === 'newPin' ? (input.newPin ?? input.pin) : input.pin;
    if (page.pin && pin === undefined) {
      throw new SnapError('InvalidMandatoryField', page.pin).withEcho({ additionalInfo: { reason: `${page.name} asks for a PIN: send ${page.pin}` } });
    }
    const pageUrl = `http://${host}${path}`;
    const opened = await visitPage(self, 'GET', path, host);
    const shown = readPage(opened.body);
    if (opened.status !== 200 || !shown.form || shown.form.method !== 'POST') {
      res.json(result(opened, shown, pageUrl)); // no form to fill in: the page said no (expired link, locked wallet …)
      return;
    }
    const action = new URL(shown.form.action || path, pageUrl);
    const submitted = await visitPage(self, 'POST', `${action.pathname}${action.search}`, host, fillIn(shown.form, page.name, input, pin));
    res.json(result(submitted, readPage(submitted.body), action.toString()));
  });
  return router;
}
