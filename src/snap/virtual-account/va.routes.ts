import type { SnapHandler } from '../../context.js';
import { checkStatusVa } from './va-status.service.js';
import { createVa, deleteVa, updateVa } from './va.service.js';

export const virtualAccountHandlers: Record<string, SnapHandler> = { createVa, updateVa, deleteVa, checkStatusVa };
