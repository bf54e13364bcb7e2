import type { SnapHandlers } from '../../context.js';
import { echoingReference } from '../echo-reference.js';
import { bankAccountInquiry, transferBank } from './transfer.service.js';

export const transferHandlers = {
  bankAccountInquiry: echoingReference(bankAccountInquiry),
  transferBank: echoingReference(transferBank),
} satisfies SnapHandlers;
