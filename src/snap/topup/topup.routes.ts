import type { SnapHandlers } from '../../context.js';
import { echoingReference } from '../echo-reference.js';
import { topUp, topUpAccountInquiry, topUpStatus } from './topup.service.js';

export const topUpHandlers = {
  topUpAccountInquiry: echoingReference(topUpAccountInquiry),
  topUp: echoingReference(topUp),
  topUpStatus,
} satisfies SnapHandlers;
