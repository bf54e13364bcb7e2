import type { KeyObject } from 'node:crypto';
import type { NotificationTokenStep } from '../ledger/model.js';
import { rsaSignBase64 } from '../lib/crypto.js';
import { uuid } from '../lib/ids.js';
import { signJwt } from '../lib/jwt.js';
import { formatWib } from '../lib/time.js';

/**
 * DOKU's token model for notifications: the Authorization of a notification carries a B2B token
 * "obtained from Get B2B Token API from merchant" (DOKU's "HTTP Notification Sample for SNAP").
 * DOKU calls the partner's token endpoint as a partner calls DOKU's: POST
 * {"grantType":"client_credentials"} with X-CLIENT-KEY (the partner's clientId), X-TIMESTAMP and
 * X-SIGNATURE = base64(SHA256withRSA(DOKU's private key, clientId|X-TIMESTAMP)), which DOKU's Node
 * SDK checks with the DOKU public key (Snap.validateSignature).
 */

/** Used when the answer has no expiresIn: SNAP's usual token lifetime. */
const DEFAULT_EXPIRES_IN_SECONDS = 900;
const MINTED_TTL_SECONDS = 900;
const EXCERPT = 200;

/** The token step of a notification attempt, as /admin/notifications shows it. */
export type TokenStep = NotificationTokenStep;

export type TokenOutcome = { ok: true; accessToken: string; expiresAt: number; step: TokenStep } | { ok: false; problem: string; step: TokenStep };

export interface TokenRequest {
  url: string;
  clientId: string;
  dokuPrivateKey: KeyObject;
  /** Sandbox clock: X-TIMESTAMP and the token's expiry. */
  now: number;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** Asks the partner's token endpoint for a token; never throws (an aborted request is reported as aborted). */
export async function requestPartnerToken(request: TokenRequest): Promise<TokenOutcome & { aborted?: boolean }> {
  const { url, clientId, now } = request;
  const timestamp = formatWib(now);
  const headers = {
    'Content-Type': 'application/json',
    'X-CLIENT-KEY': clientId,
    'X-TIMESTAMP': timestamp,
    'X-SIGNATURE': rsaSignBase64(request.dokuPrivateKey, `${clientId}|${timestamp}`),
  };
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const signals = [AbortSignal.timeout(request.timeoutMs), ...(request.signal ? [request.signal] : [])];
  let status: number;
  let text: string;
  try {
    const response = await fetch(url, { method: 'POST', headers, body: '{"grantType":"client_credentials"}', redirect: 'manual', signal: AbortSignal.any(signals) });
    status = response.status;
    text = await response.text();
  } catch (error) {
    const problem = describeFetchError(error, request.timeoutMs);
    return { ok: false, problem, step: { url, error: problem, durationMs: elapsed() }, aborted: request.signal?.aborted };
  }
  const step: TokenStep = { url, status, durationMs: elapsed() };
  const refuse = (problem: string): TokenOutcome => ({ ok: false, problem, step: { ...step, error: problem } });
  if (status < 200 || status >= 300) return refuse(`the token endpoint answered HTTP ${status}: ${text.slice(0, EXCERPT)}`);
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    return refuse(`the token endpoint did not answer JSON: ${text.slice(0, EXCERPT)}`);
  }
  const { accessToken, expiresIn } = (answer ?? {}) as { accessToken?: unknown; expiresIn?: unknown };
  if (typeof accessToken !== 'string' || accessToken.length === 0) return refuse('the token endpoint answered without accessToken');
  const seconds = expiresIn === undefined || expiresIn === null || expiresIn === '' ? DEFAULT_EXPIRES_IN_SECONDS : Number(expiresIn);
  if (!Number.isFinite(seconds) || seconds <= 0) return refuse(`the token endpoint answered expiresIn ${JSON.stringify(expiresIn)}, not a number of seconds`);
  return { ok: true, accessToken, expiresAt: now + seconds * 1000, step };
}

/** Tokens partners issued to the sandbox, kept until their expiresIn runs out (memory only: after a restart a new one is asked for). */
export class PartnerTokens {
  private readonly tokens = new Map<string, { url: string; accessToken: string; expiresAt: number }>();

  /** A kept token for this partner and URL, or a new one. */
  async get(request: TokenRequest): Promise<TokenOutcome & { aborted?: boolean }> {
    const kept = this.tokens.get(request.clientId);
    if (kept && kept.url === request.url && request.now < kept.expiresAt) {
      return { ok: true, accessToken: kept.accessToken, expiresAt: kept.expiresAt, step: { url: request.url, cached: true } };
    }
    this.tokens.delete(request.clientId);
    const outcome = await requestPartnerToken(request);
    if (outcome.ok) this.tokens.set(request.clientId, { url: request.url, accessToken: outcome.accessToken, expiresAt: outcome.expiresAt });
    return outcome;
  }

  /** The partner refused the token (401): the next get() asks for a new one. */
  forget(clientId: string): void {
    this.tokens.delete(clientId);
  }
}

/**
 * The bearer token for a partner without notificationTokenUrl. DOKU sends a B2B token "obtained
 * from the merchant"; with no token endpoint to ask, the sandbox mints a DOKU-shaped RS256 JWT for
 * the partner, signed with the sandbox's DOKU key. It is not a session: it opens no sandbox API.
 */
export function mintedPartnerToken(dokuPrivateKey: KeyObject, clientId: string, now: number): string {
  const iat = Math.floor(now / 1000);
  return signJwt(dokuPrivateKey, { iss: 'DOKU', clientId, iat, nbf: iat, exp: iat + MINTED_TTL_SECONDS, jti: uuid() });
}

export function describeFetchError(error: unknown, timeoutMs: number): string {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError') return `timeout: no answer within ${timeoutMs} ms`;
  const cause = e?.cause?.code ?? e?.cause?.message;
  return cause ? `${e.message}: ${cause}` : String(e?.message ?? error);
}
