import type { SnapHandlers } from '../../context.js';
import { accountCreation } from './account.service.js';

export const accountHandlers = {
  accountCreation,
} satisfies SnapHandlers;
