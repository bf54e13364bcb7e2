import type { SnapHandler } from '../../context.js';
import { balanceInquiry } from './balance.service.js';

export const balanceHandlers: Record<string, SnapHandler> = {
  balanceInquiry,
};
