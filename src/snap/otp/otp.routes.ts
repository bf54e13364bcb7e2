import type { SnapHandler } from '../../context.js';
import { requestOtp, verifyOtp } from './otp.service.js';

export const otpHandlers: Record<string, SnapHandler> = {
  verifyOtp,
  requestOtp,
};
