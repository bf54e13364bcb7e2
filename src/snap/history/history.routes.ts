import type { SnapHandler } from '../../context.js';
import { echoingReference } from '../echo-reference.js';
import { transactionHistoryDetail, transactionHistoryList } from './history.service.js';

export const historyHandlers: Record<string, SnapHandler> = {
  transactionHistoryList: echoingReference(transactionHistoryList),
  transactionHistoryDetail,
};
