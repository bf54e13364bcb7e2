import type { Scenario } from './types.js';

/** The money operations whose `amount.value` the magic values look at ([INFER] paths exist under /b2b/ and /b2b2c/; QR MPM Payment only under /b2b2c/). */
export const MONEY_PATHS = [
  '/snap-adapter/*/v1.0/emoney/topup',
  '/snap-adapter/*/v1.0/emoney/transfer-bank',
  '/snap-adapter/*/v1.0/debit/payment-host-to-host',
  '/snap-adapter/*/v1.0/auth/payment',
  '/direct-debit/core/v1/debit/payment-host-to-host',
  '/snap-adapter/*/v1.0/qr/qr-mpm-payment',
];

/**
 * Built-in, always-active scenario (listed by GET /admin/scenarios as source "builtin"): amounts
 * whose cents are a SNAP case code force that case, as payment sandboxes do. Real IDR amounts end
 * in .00, so these never collide with ordinary tests. docs/scenarios.md "Magic values" documents them.
 */
export const MAGIC_VALUES: Scenario = {
  name: 'magic-values',
  description: 'Built in: money amounts ending in .14, .02 or .04 force insufficient funds, limit exceeded, or a timeout after processing.',
  rules: [
    {
      name: 'amount-ending-14-insufficient-funds',
      match: { path: MONEY_PATHS, body: { '$.amount.value': { regex: '\\.14$' } } },
      effect: { snapError: { kind: 'InsufficientFunds' } },
    },
    {
      name: 'amount-ending-02-limit-exceeded',
      match: { path: MONEY_PATHS, body: { '$.amount.value': { regex: '\\.02$' } } },
      effect: { snapError: { kind: 'ExceedsTransactionAmountLimit' } },
    },
    {
      name: 'amount-ending-04-timeout-after-processing',
      match: { path: MONEY_PATHS, body: { '$.amount.value': { regex: '\\.04$' } } },
      effect: { processThenFail: true },
    },
  ],
};
