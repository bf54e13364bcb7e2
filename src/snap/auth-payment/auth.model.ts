import { SnapError } from '../../errors/snap-error.js';
import type { SnapCall } from '../../context.js';
import type { Transaction } from '../../ledger/model.js';
import type { Store } from '../../ledger/store.js';

/**
 * An authorisation (AUTH_PAYMENT) holds money (wallet → hold:<accountId>) until it is captured
 * (hold → settlement:<clientId>) or released (hold → wallet) by a void or a last capture. It is
 * OPEN while anything is held and CLOSED after; a closed authorisation refuses both.
 */
export interface AuthData {
  merchantId?: string;
  title?: string;
  state: 'OPEN' | 'CLOSED';
  capturedMinor: number;
  releasedMinor: number;
  captures: string[];
  voids: string[];
  additionalInfo: Record<string, unknown>;
}

export function authData(tx: Transaction): AuthData {
  return tx.data as unknown as AuthData;
}

export function heldMinor(tx: Transaction): number {
  const data = authData(tx);
  return tx.amountMinor - data.capturedMinor - data.releasedMinor;
}

/** The authorisation by originalReferenceNo, which must carry originalPartnerReferenceNo; else 404xx01. */
export function authFor(call: SnapCall<'authCapture' | 'authVoid'>, store: Store): Transaction {
  const { originalReferenceNo, originalPartnerReferenceNo } = call.body;
  const tx = store.transactions.get(originalReferenceNo);
  const mine = tx && tx.type === 'AUTH_PAYMENT' && tx.clientId === call.partner.id && tx.partnerReferenceNo === originalPartnerReferenceNo;
  if (!mine || (call.customer && call.customer.accountId !== tx.accountId)) {
    throw new SnapError('TransactionNotFound').withEcho({ originalReferenceNo, originalPartnerReferenceNo });
  }
  return tx;
}

/** Writes the authorisation after a capture or void; CLOSED (and 05 when nothing was captured) once nothing is held. */
export function updateAuth(store: Store, tx: Transaction, changes: Partial<AuthData>, now: number): Transaction {
  const data = { ...authData(tx), ...changes };
  const held = tx.amountMinor - data.capturedMinor - data.releasedMinor;
  if (held === 0) data.state = 'CLOSED';
  const status = held === 0 && data.capturedMinor === 0 ? '05' : tx.status;
  return store.transactions.put({ ...tx, status, updatedAt: now, data: data as unknown as Record<string, unknown> });
}

/**
 * What a capture or a void starts from: the open authorisation, what it still holds, and the
 * references both echo back (their own partner number included). Closed → 404xx00.
 */
export function openAuthFor(call: SnapCall<'authCapture' | 'authVoid'>, store: Store, partnerNo: { partnerCaptureNo: string } | { partnerVoidNo: string }) {
  const auth = authFor(call, store);
  const data = authData(auth);
  const echo = { originalReferenceNo: auth.id, originalPartnerReferenceNo: auth.partnerReferenceNo, ...partnerNo };
  if (data.state !== 'OPEN') {
    throw new SnapError('InvalidTransactionStatus').withEcho(echo).withDiagnostics({ hint: 'the authorisation is closed (voided or fully captured)' });
  }
  return { auth, data, echo, held: heldMinor(auth) };
}
