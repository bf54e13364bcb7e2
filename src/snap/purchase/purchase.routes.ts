import type { SnapHandlers } from '../../context.js';
import { echoingReference } from '../echo-reference.js';
import { purchaseCancel } from './purchase-cancel.service.js';
import { purchaseRefund } from './purchase-refund.service.js';
import { purchaseStatus } from './purchase-status.service.js';
import { purchaseWeb } from './purchase.service.js';

export const purchaseHandlers = {
  purchaseWeb: echoingReference(purchaseWeb),
  purchaseStatus,
  purchaseCancel,
  purchaseRefund,
} satisfies SnapHandlers;
