import type { SnapHandlers } from '../../context.js';
import { checkStatusVa } from './va-status.service.js';
import { createVa, deleteVa, updateVa } from './va.service.js';

export const virtualAccountHandlers = { createVa, updateVa, deleteVa, checkStatusVa } satisfies SnapHandlers;
