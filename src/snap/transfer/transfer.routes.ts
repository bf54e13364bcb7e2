import type { SnapHandler } from '../../context.js';
import { echoingReference } from '../echo-reference.js';
import { bankAccountInquiry, transferBank } from './transfer.service.js';

export const transferHandlers: Record<string, SnapHandler> = {
  bankAccountInquiry: echoingReference(bankAccountInquiry),
  transferBank: echoingReference(transferBank),
};
