import express from 'express';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Sdk } from './sdk-harness.js';

/** What the merchant app saw: every request DOKU (the sandbox) made to it, and what it answered. */
export interface MerchantCall {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
  status: number;
  answer: unknown;
}

export interface MerchantApp {
  url: string;
  calls: MerchantCall[];
  close(): Promise<void>;
}

/**
 * A merchant's server written as DOKU's Node SDK README shows it, with the SDK's own merchant-side
 * helpers and nothing else:
 * - POST /v1.1/access-token/b2b: DOKU asks for a token; `snap.validateSignature(req)` checks DOKU's
 *   RSA signature with dokuPublicKey, `snap.generateTokenB2B(valid)` answers with the merchant's token.
 * - POST /v1.1/transfer-va/payment: the VA payment notification; `snap.validateTokenB2B(authorization)`
 *   checks that token, `snap.generateNotificationResponse(valid, body)` is the answer.
 * - POST /v1.1/transfer-va/inquiry: the direct inquiry (DIPC); `inquire(body, tokenValid)` answers.
 * - POST /hmac/v1.1/transfer-va/payment: the same notification for a merchant registered without
 *   notificationTokenUrl (the sandbox then mints the token): the merchant checks the HMAC signature
 *   with its client secret instead of its own token, then answers with `snap.generateNotificationResponse`.
 */
export async function merchantApp(
  snap: Sdk,
  options: { clientSecret?: string; inquire?: (body: Record<string, unknown>, tokenValid: boolean) => { status: number; body: unknown } } = {},
): Promise<MerchantApp> {
  const calls: MerchantCall[] = [];
  const app = express();
  // The raw bytes too: a signature is over the body as sent.
  app.use(express.json({ verify: (req, _res, buf) => ((req as unknown as { raw: Buffer }).raw = buf) }));
  const record = (req: express.Request, status: number, answer: unknown) => {
    calls.push({ path: req.path, headers: req.headers, body: req.body as Record<string, unknown>, status, answer });
  };

  app.post('/v1.1/access-token/b2b', (req, res) => {
    const valid = snap.validateSignature(req) as boolean;
    const token = snap.generateTokenB2B(valid);
    const status = valid ? 200 : 401;
    record(req, status, token.body);
    res.status(status).set({ 'X-CLIENT-KEY': token.header.XClientKey ?? '', 'X-TIMESTAMP': token.header.XTimeStamp }).json(token.body);
  });

  app.post('/v1.1/transfer-va/payment', (req, res) => {
    const valid = Boolean(snap.validateTokenB2B(req.headers.authorization ?? ''));
    const answer = snap.generateNotificationResponse(valid, req.body);
    const status = valid ? 200 : 401;
    record(req, status, answer);
    res.status(status).json(answer);
  });

  app.post('/hmac/v1.1/transfer-va/payment', (req, res) => {
    const token = String(req.headers.authorization ?? '').replace(/^Bearer /, '');
    const raw = (req as unknown as { raw: Buffer }).raw;
    const stringToSign = `POST:${req.originalUrl}:${token}:${createHash('sha256').update(raw).digest('hex')}:${String(req.headers['x-timestamp'])}`;
    const expected = createHmac('sha512', options.clientSecret ?? '').update(stringToSign).digest();
    const sent = Buffer.from(String(req.headers['x-signature'] ?? ''), 'base64');
    const valid = sent.length === expected.length && timingSafeEqual(sent, expected);
    const answer = snap.generateNotificationResponse(valid, req.body);
    const status = valid ? 200 : 401;
    record(req, status, answer);
    res.status(status).json(answer);
  });

  app.post('/v1.1/transfer-va/inquiry', (req, res) => {
    const valid = Boolean(snap.validateTokenB2B(req.headers.authorization ?? ''));
    const answer = options.inquire ? options.inquire(req.body as Record<string, unknown>, valid) : { status: 404, body: { responseCode: '4042412', responseMessage: 'Bill not found' } };
    record(req, answer.status, answer.body);
    res.status(answer.status).json(answer.body);
  });

  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
