import type { SnapHandler } from '../../context.js';
import { accountCreation } from './account.service.js';

export const accountHandlers: Record<string, SnapHandler> = {
  accountCreation,
};
