import type { SnapOperation } from './openapi.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      /** Two-digit SNAP service code of the endpoint being served ('00' outside SNAP). */
      serviceCode?: string;
      operation?: SnapOperation;
      partnerId?: string;
      diagnostics?: Record<string, unknown>;
      scenario?: { id: string; name: string; rule: string; effect: string };
      responseBody?: unknown;
    }
    interface Request {
      /** The body bytes as received, for signature checks. */
      rawBody?: Buffer;
    }
  }
}

export {};
