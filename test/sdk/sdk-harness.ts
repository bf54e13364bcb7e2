import { generateKeyPairSync, randomInt } from 'node:crypto';
import { createRequire } from 'node:module';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/lib/logger.js';
import { startServer, type RunningSandbox } from '../../src/server.js';

/**
 * DOKU's official Node SDK (`doku-nodejs-library`, CommonJS, untyped) pointed at an in-process
 * sandbox. Nothing of the SDK is changed but `Config.CORE_SANDBOX_BASE_URL`, as a merchant would
 * do: its constructor fetches a B2B token at once, its methods sign with the merchant's secret, and
 * its `_models/*.js` classes are the DTOs a merchant builds.
 *
 * The SDK is loaded with Node's own require (one module instance per jest worker), so the base
 * URL set here is the one its services read. Files of one worker run one after the other, and each
 * sets the URL before its first call.
 */
const require = createRequire(import.meta.url);

/** The SDK's classes and DTOs are plain JavaScript: their shapes are checked by the tests, not the compiler. */
export type Sdk = any;

/** A module of the SDK by its path inside the package, e.g. `_models/createVaRequestDto`. */
export function sdkModule(path: string): Sdk {
  return require(`doku-nodejs-library/${path}`);
}

/** The SDK merchant: its own RSA key pair and secret, registered as a partner through the admin API. */
export interface SdkMerchant {
  clientId: string;
  clientSecret: string;
  privateKeyPem: string;
  publicKeyPem: string;
}

export interface SdkSandbox {
  sandbox: RunningSandbox;
  url: string;
  merchant: SdkMerchant;
  /** The SDK's Snap client, its constructor's token fetch finished. */
  snap: Sdk;
  /** The sandbox's own key (DOKU's key to a merchant): what the SDK calls dokuPublicKey. */
  dokuPublicKeyPem: string;
  /** JSON over HTTP to the sandbox (admin API, pages). */
  request(method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown>; text: string; location: string | null }>;
  /** Registers the merchant again with more fields (notificationUrl, directInquiryUrl, …). */
  registerMerchant(extra?: Record<string, unknown>): Promise<void>;
  /** A new Snap client for the merchant (it replaces the previous client's B2B token: latest wins). */
  newSnap(): Promise<Sdk>;
  close(): Promise<void>;
}

function newMerchant(): SdkMerchant {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    clientId: `BRN-0201-${Date.now()}${randomInt(100, 1000)}`,
    clientSecret: `SK-TEST-ONLY-sdk-merchant-${randomInt(1e9, 1e10)}`,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** Waits for the token the Snap constructor asked for; a second fetch would race it and lose (latest token wins). */
async function tokenReady(snap: Sdk): Promise<void> {
  const until = Date.now() + 10_000;
  while (!snap.tokenB2B) {
    if (Date.now() > until) throw new Error('the SDK did not get its B2B token within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Starts a listening sandbox (response validation on), registers an SDK merchant and builds its Snap client. */
export async function sdkSandbox(options: { env?: Record<string, string>; merchant?: Record<string, unknown> } = {}): Promise<SdkSandbox> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', VALIDATE_RESPONSES: 'true', ...options.env });
  const sandbox = await startServer(config, { log: silentLogger });
  sdkModule('_commons/config').CORE_SANDBOX_BASE_URL = sandbox.url;
  const merchant = newMerchant();

  const request: SdkSandbox['request'] = async (method, path, body) => {
    const response = await fetch(`${sandbox.url}${path}`, {
      method,
      redirect: 'manual',
      headers: body === undefined ? {} : typeof body === 'string' ? { 'Content-Type': 'application/x-www-form-urlencoded' } : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: Record<string, unknown> = {};
    try {
      parsed = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // HTML pages and redirects: the text is enough.
    }
    return { status: response.status, body: parsed, text, location: response.headers.get('location') };
  };

  const registerMerchant = async (extra: Record<string, unknown> = {}) => {
    const res = await request('POST', '/admin/partners', {
      clientId: merchant.clientId,
      clientSecret: merchant.clientSecret,
      publicKey: merchant.publicKeyPem,
      name: 'SDK Merchant (TEST-ONLY)',
      ...options.merchant,
      ...extra,
    });
    if (res.status !== 201) throw new Error(`registering the SDK merchant failed: ${res.status} ${res.text}`);
  };
  await registerMerchant();

  // As a merchant writes it: const doku = require('doku-nodejs-library'); new doku.Snap({...}).
  const { Snap } = require('doku-nodejs-library') as { Snap: Sdk };
  const newSnap = async () => {
    const snap = new Snap({
      isProduction: false,
      privateKey: merchant.privateKeyPem,
      clientID: merchant.clientId,
      publicKey: merchant.publicKeyPem,
      dokuPublicKey: sandbox.ctx.keys.publicKeyPem,
      issuer: 'sdk-merchant',
      secretKey: merchant.clientSecret,
    });
    await tokenReady(snap);
    return snap;
  };
  const snap = await newSnap();
  return { sandbox, url: sandbox.url, merchant, snap, dokuPublicKeyPem: sandbox.ctx.keys.publicKeyPem, request, registerMerchant, newSnap, close: () => sandbox.close() };
}
