import type { SandboxContext } from '../context.js';
import type { Partner } from '../ledger/model.js';
import { digits, uuid } from '../lib/ids.js';
import { signJwt } from '../lib/jwt.js';
import { formatWib } from '../lib/time.js';
import { signNotification } from './signature.js';

/** What a partner answered a call DOKU made to it, or why there is no answer. */
export type OutboundReply = { ok: true; status: number; body: unknown; text: string } | { ok: false; error: string };

const TIMEOUT_MS = 5000;
const TOKEN_TTL_SECONDS = 900;

/**
 * A call from DOKU to a partner that waits for the answer (the direct inquiry of a VA number),
 * signed as notifications are: X-TIMESTAMP, X-PARTNER-ID, X-EXTERNAL-ID, CHANNEL-ID,
 * Authorization: Bearer <token> and X-SIGNATURE = HMAC-SHA512(clientSecret,
 * POST:<path of the URL>:<token>:<lowerhex sha256(body)>:<X-TIMESTAMP>).
 *
 * The bearer token is minted here like the notifier's (a DOKU-shaped JWT signed with the sandbox's
 * key). When DOKU's token model (issue 14) is in the notifier, this should ask the partner's token
 * URL the same way.
 */
export async function callPartner(ctx: SandboxContext, partner: Partner, url: string, body: unknown, channelId: string): Promise<OutboundReply> {
  const now = ctx.clock.now();
  const iat = Math.floor(now / 1000);
  const token = signJwt(ctx.keys.privateKey, { iss: 'DOKU', clientId: partner.id, iat, nbf: iat, exp: iat + TOKEN_TTL_SECONDS, jti: uuid() });
  const timestamp = formatWib(now);
  const text = JSON.stringify(body);
  const headers = {
    'Content-Type': 'application/json',
    'X-TIMESTAMP': timestamp,
    'X-SIGNATURE': signNotification(partner.clientSecret, url, token, text, timestamp),
    'X-PARTNER-ID': partner.id,
    'X-EXTERNAL-ID': digits(20),
    'CHANNEL-ID': channelId,
    Authorization: `Bearer ${token}`,
  };
  try {
    const response = await fetch(url, { method: 'POST', headers, body: text, redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
    const answer = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(answer);
    } catch {
      parsed = undefined;
    }
    return { ok: true, status: response.status, body: parsed, text: answer.slice(0, 500) };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    return { ok: false, error: e.name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS} ms` : `${e.message}${e.cause?.code ? `: ${e.cause.code}` : ''}` };
  }
}
