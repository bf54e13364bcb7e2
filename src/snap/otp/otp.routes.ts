import type { SnapHandlers } from '../../context.js';
import { requestOtp, verifyOtp } from './otp.service.js';

export const otpHandlers = {
  verifyOtp,
  requestOtp,
} satisfies SnapHandlers;
