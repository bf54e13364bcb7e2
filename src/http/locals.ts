import type { Tenant } from '../tenants/tenant.js';
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
      /** Whose world the request acts in: set at the door (SNAP), from the path (admin) or the token (pages). */
      tenant?: Tenant;
    }
    interface Request {
      /** The body bytes as received, for signature checks. */
      rawBody?: Buffer;
    }
  }
}

export {};
