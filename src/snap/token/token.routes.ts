import type { SnapHandlers } from '../../context.js';
import { issueB2b2cToken, issueB2bToken } from './token.service.js';

export const tokenHandlers = {
  tokenB2b: issueB2bToken,
  tokenB2b2c: issueB2b2cToken,
} satisfies SnapHandlers;
