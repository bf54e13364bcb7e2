import type { SandboxContext, SnapCall } from '../../context.js';
import { SnapError } from '../../errors/snap-error.js';
import type { Binding, DebitBinding } from '../../ledger/model.js';
import { checkRefreshToken, issueAccessToken, issueRefreshToken, tokenPolicyOf } from '../../ledger/sessions.js';
import { formatWib } from '../../lib/time.js';

export function issueB2bToken(call: SnapCall<'tokenB2b'>, ctx: SandboxContext): Record<string, unknown> {
  const ttl = ctx.config.tokenTtlSeconds;
  const policy = tokenPolicyOf(call.partner, ctx.config.tokenPolicy);
  const { jwt } = issueAccessToken(ctx.store, ctx.keys, { kind: 'b2b', clientId: call.partner.id, now: call.now, ttlSeconds: ttl, policy });
  // No additionalInfo: DOKU's Wallet SDKs declare it String? (Gson and Swift both fail on an object).
  return { accessToken: jwt, tokenType: 'Bearer', expiresIn: ttl };
}

function liveBinding(binding: Binding | undefined, clientId: string): boolean {
  return binding !== undefined && binding.clientId === clientId && (binding.status === 'ACTIVE' || binding.status === 'UNBINDING');
}

/** Who a B2B2C token is for: a DOKU Wallet binding, or a direct-debit binding (an account at OVO, a bank card …). */
interface TokenSubject {
  accountId: string;
  bindingId: string;
}

/**
 * A direct-debit binding's authCode works once the customer confirmed it on the channel's page,
 * until it is unbound. The wallet's bindings come first; these are looked up only when none matches.
 */
function debitSubject(clientId: string, found: DebitBinding | undefined, what: string): TokenSubject | undefined {
  if (!found) return undefined;
  if (found.clientId !== clientId || found.status !== 'ACTIVE') {
    throw new SnapError('Unauthorized', `Invalid ${what}`).withDiagnostics({
      hint: found.status === 'PENDING' ? 'the customer has not confirmed this binding on its page yet' : `the direct-debit binding is ${found.status} or belongs to another partner`,
    });
  }
  return { accountId: found.accountId, bindingId: found.id };
}

/** authCode stays valid while the binding lives (DOKU's demo apps re-use it); refresh tokens last 15 days. */
export function issueB2b2cToken(call: SnapCall<'tokenB2b2c'>, ctx: SandboxContext): Record<string, unknown> {
  const { store } = ctx;
  const clientId = call.partner.id;
  let binding: Binding | undefined;
  let subject: TokenSubject | undefined;
  let spent: string | undefined;
  if (call.body.grantType === 'authorization_code') {
    const authCode = call.body.authCode;
    if (!authCode) throw new SnapError('InvalidMandatoryField', 'authCode');
    binding = store.bindings.by('authCode', authCode);
    if (!binding) subject = debitSubject(clientId, store.debitBindings.by('authCode', authCode), 'Auth Code');
    if (!subject && (!binding || !liveBinding(binding, clientId))) {
      throw new SnapError('Unauthorized', 'Invalid Auth Code').withDiagnostics({
        hint: binding ? `the binding of this authCode is ${binding.status} or belongs to another partner` : 'no binding has this authCode',
      });
    }
  } else {
    const refreshJwt = call.body.refreshToken;
    if (!refreshJwt) throw new SnapError('InvalidMandatoryField', 'refreshToken');
    const check = checkRefreshToken(store, ctx.keys, refreshJwt, call.now);
    if (!check.ok || check.token.clientId !== clientId) {
      throw new SnapError('Unauthorized', 'Invalid Refresh Token').withDiagnostics({ hint: check.ok ? 'issued to another partner' : check.reason });
    }
    spent = check.token.id;
    binding = store.bindings.get(check.token.bindingId);
    if (!binding) subject = debitSubject(clientId, store.debitBindings.get(check.token.bindingId), 'Refresh Token');
    if (!subject && (!binding || !liveBinding(binding, clientId))) throw new SnapError('Unauthorized', 'Invalid Refresh Token').withDiagnostics({ hint: 'the binding has ended' });
  }

  if (!subject) {
    const wallet = store.wallets.get(binding!.accountId);
    if (!wallet || wallet.status !== 'ACTIVE') throw new SnapError('InactiveAccount');
    subject = { accountId: binding!.accountId, bindingId: binding!.id };
  }
  const ttl = ctx.config.tokenTtlSeconds;
  const policy = tokenPolicyOf(call.partner, ctx.config.tokenPolicy);
  const access = issueAccessToken(store, ctx.keys, {
    kind: 'b2b2c',
    clientId,
    accountId: subject.accountId,
    bindingId: subject.bindingId,
    now: call.now,
    ttlSeconds: ttl,
    policy,
  });
  const refresh = issueRefreshToken(store, ctx.keys, { clientId, accountId: subject.accountId, bindingId: subject.bindingId, now: call.now, policy, spent });
  return {
    accessToken: access.jwt,
    tokenType: 'Bearer',
    accessTokenExpiryTime: formatWib(access.token.expiresAt),
    refreshToken: refresh.jwt,
    refreshTokenExpiryTime: formatWib(refresh.token.expiresAt),
  };
}
