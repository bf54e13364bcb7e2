import type { SnapHandlers } from '../../context.js';
import { accountBinding, accountBindingInquiry, accountUnbinding } from './binding.service.js';

export const bindingHandlers = {
  accountBinding,
  accountBindingInquiry,
  accountUnbinding,
} satisfies SnapHandlers;
