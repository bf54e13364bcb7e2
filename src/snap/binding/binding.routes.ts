import type { SnapHandler } from '../../context.js';
import { accountBinding, accountBindingInquiry, accountUnbinding } from './binding.service.js';

export const bindingHandlers: Record<string, SnapHandler> = {
  accountBinding,
  accountBindingInquiry,
  accountUnbinding,
};
