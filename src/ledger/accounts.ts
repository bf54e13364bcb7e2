/**
 * Ledger account names. Every balance the sandbox tracks is one of these; `issuance` is the
 * outside world (e-money issued by the sandbox for seeds and admin credits) and is the only
 * account allowed below zero.
 */
export const ISSUANCE = 'issuance';
export const BANK_CLEARING = 'clearing:bank';

/**
 * Each name is built once and then shared by every posting and balance that names it: at 100k
 * postings, a fresh string per entry (a cons string plus its flattened copy) was ~100 bytes each.
 */
function named(prefix: string): (id: string) => string {
  const names = new Map<string, string>();
  return (id) => {
    let name = names.get(id);
    if (name === undefined) {
      name = [prefix, id].join('');
      if (names.size < 100_000) names.set(id, name);
    }
    return name;
  };
}

export const walletAccount = named('wallet:');
export const holdAccount = named('hold:');
export const corporateAccount = named('corporate:');
export const settlementAccount = named('settlement:');
/** A bank's virtual-account clearing: VA payments arrive through it on their way to a settlement. */
export const vaChannelAccount = named('va:');
/** A customer's account at a direct-debit channel (an OVO, DANA … wallet or a bank account), by its DOKU accountId. */
export const channelAccount = named('channel:');

export function mayGoNegative(account: string): boolean {
  return account === ISSUANCE;
}
