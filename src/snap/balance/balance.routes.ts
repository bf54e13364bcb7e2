import type { SnapHandlers } from '../../context.js';
import { balanceInquiry } from './balance.service.js';

export const balanceHandlers = {
  balanceInquiry,
} satisfies SnapHandlers;
