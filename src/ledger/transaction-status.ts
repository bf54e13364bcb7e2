import type { TransactionStatus } from './model.js';

/** transactionStatusDesc for each SNAP latestTransactionStatus (snap-standard "Money and time"). */
export const TRANSACTION_STATUS_DESC: Record<TransactionStatus, string> = {
  '00': 'Success',
  '01': 'Initiated',
  '02': 'Paying',
  '03': 'Pending',
  '04': 'Refunded',
  '05': 'Canceled',
  '06': 'Failed',
  '07': 'Not Found',
};
