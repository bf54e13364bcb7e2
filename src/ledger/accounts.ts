/**
 * Ledger account names. Every balance the sandbox tracks is one of these; `issuance` is the
 * outside world (e-money issued by the sandbox for seeds and admin credits) and is the only
 * account allowed below zero.
 */
export const ISSUANCE = 'issuance';
export const BANK_CLEARING = 'clearing:bank';

export const walletAccount = (accountId: string): string => `wallet:${accountId}`;
export const holdAccount = (accountId: string): string => `hold:${accountId}`;
export const corporateAccount = (clientId: string): string => `corporate:${clientId}`;
export const settlementAccount = (clientId: string): string => `settlement:${clientId}`;

export function mayGoNegative(account: string): boolean {
  return account === ISSUANCE;
}
