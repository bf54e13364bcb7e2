import type { SnapHandlers } from '../../context.js';
import { echoingReference } from '../echo-reference.js';
import { authPayment } from './auth-payment.service.js';
import { authCapture } from './capture.service.js';
import { authVoid } from './void.service.js';

export const authPaymentHandlers = {
  authPayment: echoingReference(authPayment),
  authCapture,
  authVoid,
} satisfies SnapHandlers;
