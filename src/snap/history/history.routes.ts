import type { SnapHandlers } from '../../context.js';
import { echoingReference } from '../echo-reference.js';
import { transactionHistoryDetail, transactionHistoryList } from './history.service.js';

export const historyHandlers = {
  transactionHistoryList: echoingReference(transactionHistoryList),
  transactionHistoryDetail,
} satisfies SnapHandlers;
