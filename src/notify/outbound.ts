import type { SandboxContext } from '../context.js';
import type { Partner } from '../ledger/model.js';
import { digits } from '../lib/ids.js';
import { formatWib } from '../lib/time.js';
import { describeFetchError, mintedPartnerToken } from './notification-token.js';
import { signNotification } from './signature.js';

/** What a partner answered a call DOKU made to it, or why there is no answer. */
export type OutboundReply = { ok: true; status: number; body: unknown; text: string } | { ok: false; error: string };

const TIMEOUT_MS = 5000;

/**
 * A call from DOKU to a partner that waits for the answer (the direct inquiry of a VA number),
 * signed as notifications are: X-TIMESTAMP, X-PARTNER-ID, X-EXTERNAL-ID, CHANNEL-ID,
 * Authorization: Bearer <token> and X-SIGNATURE = HMAC-SHA512(clientSecret,
 * POST:<path of the URL>:<token>:<lowerhex sha256(body)>:<X-TIMESTAMP>).
 *
 * The token follows DOKU's token model as notifications do (notifier.ts): a partner with a
 * notificationTokenUrl is asked for its own token (signed with the sandbox's DOKU key; the same
 * kept token serves notifications and inquiries), asked again once if the partner answers 401 to a
 * kept one; a partner without one gets a token the sandbox mints. A failed token request is no
 * answer.
 */
export async function callPartner(ctx: SandboxContext, partner: Partner, url: string, body: unknown, channelId: string): Promise<OutboundReply> {
  const tokenUrl = partner.notificationTokenUrl;
  if (!tokenUrl) return post(ctx, partner, url, body, channelId, mintedPartnerToken(ctx.keys.privateKey, partner.id, ctx.clock.now()));
  for (let round = 0; ; round++) {
    const token = await ctx.partnerTokens.get({ url: tokenUrl, clientId: partner.id, dokuPrivateKey: ctx.keys.privateKey, now: ctx.clock.now(), timeoutMs: TIMEOUT_MS });
    if (!token.ok) return { ok: false, error: `the token request to notificationTokenUrl failed: ${token.problem}` };
    const reply = await post(ctx, partner, url, body, channelId, token.accessToken);
    if (!reply.ok || reply.status !== 401 || round > 0) return reply;
    ctx.partnerTokens.forget(partner.id);
    if (!token.step.cached) return reply;
  }
}

async function post(ctx: SandboxContext, partner: Partner, url: string, body: unknown, channelId: string, token: string): Promise<OutboundReply> {
  const timestamp = formatWib(ctx.clock.now());
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
    return { ok: false, error: describeFetchError(error, TIMEOUT_MS) };
  }
}
