import type { SnapHandlers } from '../../context.js';
import { echoingReference } from '../echo-reference.js';
import { debitBalance, debitRefund, debitStatus } from './dd-after-payment.service.js';
import { accountBinding, accountUnbinding, cardRegistration, cardUnbinding } from './dd-binding.service.js';
import { debitPayment } from './dd-payment.service.js';

export const directDebitHandlers = {
  ddAccountBinding: accountBinding,
  ddAccountUnbinding: accountUnbinding,
  ddCardRegistration: cardRegistration,
  ddCardUnbinding: cardUnbinding,
  ddPayment: echoingReference(debitPayment),
  ddBalanceInquiry: debitBalance,
  ddRefund: debitRefund,
  ddCheckStatus: debitStatus,
} satisfies SnapHandlers;
