import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import express from 'express';
import request from 'supertest';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/lib/logger.js';
import { startServer, type RunningSandbox } from '../../src/server.js';
import { SnapClient } from '../helpers/harness.js';
import { openPurchase } from '../helpers/purchase.js';
import { waitFor } from '../helpers/partner-server.js';

/**
 * The merchant side of DOKU's token model, built with DOKU's own Node SDK (doku-nodejs-library,
 * unchanged): its token endpoint checks DOKU's signature with Snap.validateSignature and answers
 * Snap.generateTokenB2B; its notification endpoint checks the bearer token with
 * Snap.validateTokenB2B and answers Snap.generateNotificationResponse. After a paid purchase the
 * sandbox must get through both.
 */
const require = createRequire(import.meta.url);
const sdkConfig = require('doku-nodejs-library/_commons/config') as { CORE_SANDBOX_BASE_URL: string };
const { Snap } = require('doku-nodejs-library') as { Snap: new (options: Record<string, unknown>) => any };

const PIN = '580214';

describe("a merchant built with DOKU's Node SDK (doku-nodejs-library)", () => {
  let sandbox: RunningSandbox;
  let merchant: Server;
  let merchantUrl: string;
  const seen = { tokenRequests: [] as { signatureValid: boolean; status: number }[], notifications: [] as { tokenValid: boolean; body: any; status: number }[] };
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKey = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const publicKey = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const clientId = 'BRN-0210-1732500000210';
  const clientSecret = 'SK-TEST-ONLY-node-sdk-merchant';
  let snap: any;

  const admin = (path: string, body?: unknown) =>
    fetch(`${sandbox.url}${path}`, body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    sandbox = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }), { log: silentLogger });
    // Onboarding: the merchant exists before its SDK asks for a token.
    expect((await admin('/admin/partners', { clientId, clientSecret, publicKey })).status).toBe(201);
    const { dokuPublicKey } = (await (await admin('/admin/keys')).json()) as { dokuPublicKey: string };

    // Only the base URL changes: DOKU's sandbox → this sandbox.
    sdkConfig.CORE_SANDBOX_BASE_URL = sandbox.url;
    snap = new Snap({ isProduction: false, privateKey, clientID: clientId, publicKey, dokuPublicKey, issuer: 'merchant.example', secretKey: clientSecret });
    await waitFor(() => Boolean(snap.tokenB2B)); // the constructor asked the sandbox for a B2B token

    const app = express();
    app.post('/v1.0/access-token/b2b', express.json(), (req, res) => {
      const signatureValid = snap.validateSignature(req);
      const answer = snap.generateTokenB2B(signatureValid);
      const status = signatureValid ? 200 : 401;
      seen.tokenRequests.push({ signatureValid, status });
      res.status(status).set({ 'X-CLIENT-KEY': answer.header.XClientKey ?? '', 'X-TIMESTAMP': answer.header.XTimeStamp }).json(answer.body);
    });
    app.post('/v1.0/debit/notify', express.json(), (req, res) => {
      const tokenValid = Boolean(snap.validateTokenB2B(req.get('Authorization') ?? ''));
      const answer = snap.generateNotificationResponse(tokenValid, req.body);
      const status = tokenValid ? 200 : 401;
      seen.notifications.push({ tokenValid, body: req.body, status });
      res.status(status).json(answer);
    });
    merchant = await new Promise<Server>((resolve) => {
      const server = app.listen(0, '127.0.0.1', () => resolve(server));
    });
    merchantUrl = `http://127.0.0.1:${(merchant.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await sandbox?.close();
    await new Promise<void>((resolve) => (merchant ? merchant.close(() => resolve()) : resolve()));
  });

  it('when the merchant registers its token URL, then its SDK accepts the sandbox\'s DOKU-signed token request', async () => {
    const res = await admin('/admin/partners', { clientId, clientSecret, publicKey, notificationUrl: `${merchantUrl}/v1.0/debit/notify`, notificationTokenUrl: `${merchantUrl}/v1.0/access-token/b2b` });
    expect(res.status).toBe(201);
    expect(seen.tokenRequests).toEqual([{ signatureValid: true, status: 200 }]);
  });

  it('when a purchase is paid, then the merchant accepts the sandbox\'s token request and then the notification', async () => {
    const account = await admin('/admin/accounts', { name: 'SDK Buyer', phoneNo: '6281299990210', pin: PIN, balance: '50000.00', bindTo: clientId });
    const { bindings } = (await account.json()) as { bindings: { authCode: string }[] };
    const client = new SnapClient(sandbox.app, { clientId, clientSecret, privateKeyPem: privateKey }, () => sandbox.ctx.clock.now());
    await client.getB2bToken();
    await client.getCustomerToken(bindings[0]!.authCode);
    const opened = await openPurchase(client, 'INV-NODE-SDK', '10000.00');
    const paid = await request(sandbox.app).post('/webview/purchase').type('form').send({ token: opened.token, pin: PIN });
    expect(paid.status).toBe(302);

    await waitFor(() => seen.notifications.length > 0, 10_000);
    expect(seen.tokenRequests.slice(1)).toEqual([{ signatureValid: true, status: 200 }]);
    expect(seen.notifications).toEqual([{ tokenValid: true, status: 200, body: expect.objectContaining({ originalPartnerReferenceNo: 'INV-NODE-SDK', originalReferenceNo: opened.referenceNo, latestTransactionStatus: '00' }) }]);
    const rows = (await (await admin(`/admin/notifications?transactionId=${opened.referenceNo}`)).json()) as { notifications: any[] };
    expect(rows.notifications[0]).toMatchObject({ status: 'DELIVERED', attempts: [expect.objectContaining({ status: 200, token: expect.objectContaining({ status: 200 }) })] });
  });

  it('when the merchant\'s SDK holds another DOKU public key, then it refuses the token request and the registration is refused', async () => {
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const original = snap.dokuPublicKey;
    snap.dokuPublicKey = stranger;
    try {
      const res = await admin('/admin/partners', { clientId, clientSecret, publicKey, notificationTokenUrl: `${merchantUrl}/v1.0/access-token/b2b` });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { responseMessage: string }).responseMessage).toBe('Invalid Field Format notificationTokenUrl');
      expect(seen.tokenRequests.at(-1)).toEqual({ signatureValid: false, status: 401 });
    } finally {
      snap.dokuPublicKey = original;
    }
  });
});
