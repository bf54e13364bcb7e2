import type { SnapHandler } from '../../context.js';
import { echoingReference } from '../echo-reference.js';
import { topUp, topUpAccountInquiry, topUpStatus } from './topup.service.js';

export const topUpHandlers: Record<string, SnapHandler> = {
  topUpAccountInquiry: echoingReference(topUpAccountInquiry),
  topUp: echoingReference(topUp),
  topUpStatus,
};
