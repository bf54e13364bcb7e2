import type { SnapHandlers } from '../../context.js';
import { echoingReference } from '../echo-reference.js';
import { qrCancel } from './qris-cancel.service.js';
import { qrDecode } from './qris-decode.service.js';
import { qrGenerate } from './qris-generate.service.js';
import { qrPayment } from './qris-payment.service.js';
import { qrQuery } from './qris-query.service.js';
import { qrRefund } from './qris-refund.service.js';

export const qrisHandlers = {
  qrMpmGenerate: echoingReference(qrGenerate),
  qrMpmDecode: echoingReference(qrDecode),
  qrMpmPayment: echoingReference(qrPayment),
  qrMpmQuery: qrQuery,
  qrMpmRefund: qrRefund,
  qrMpmCancel: qrCancel,
} satisfies SnapHandlers;
