import type { SandboxContext, SnapCall } from '../../context.js';
import { holdAccount, walletAccount } from '../../ledger/accounts.js';
import { balanceOf } from '../../ledger/ledger.js';
import { activeWallet } from '../../ledger/wallets.js';
import { referenceNo } from '../../lib/ids.js';
import { idr } from '../../lib/money.js';

/**
 * SNAP balance: `availableBalance` is what can be spent, `holdAmount` what authorisations hold,
 * `ledgerBalance` (and `amount`) the two together.
 */
export function balanceInquiry(call: SnapCall<'balanceInquiry'>, ctx: SandboxContext): Record<string, unknown> {
  const accountId = call.customer!.accountId;
  const wallet = activeWallet(ctx.store.wallets.get(accountId));
  const available = balanceOf(ctx.store, walletAccount(accountId));
  const held = balanceOf(ctx.store, holdAccount(accountId));
  return {
    referenceNo: referenceNo(),
    partnerReferenceNo: call.body.partnerReferenceNo ?? '',
    accountNo: accountId,
    name: wallet.name,
    accountInfos: [
      {
        balanceType: 'CASH',
        amount: idr(available + held),
        floatAmount: idr(0),
        holdAmount: idr(held),
        availableBalance: idr(available),
        ledgerBalance: idr(available + held),
        currentMultilateralLimit: idr(0),
        registrationStatusCode: '0001',
        status: '0001',
      },
    ],
    additionalInfo: {},
  };
}
