import { SNAP_CASES, type SnapKind } from './codes.js';

export interface SnapErrorBody {
  responseCode: string;
  responseMessage: string;
  [echo: string]: unknown;
}

/**
 * The one error every layer throws. The service code is usually filled in by the HTTP layer from
 * the endpoint being served, so domain code only says what went wrong.
 */
export class SnapError extends Error {
  readonly kind: SnapKind;
  readonly detail: string | undefined;
  serviceCode: string | undefined;
  /** Fields echoed back in the error body (partnerReferenceNo and friends), as SNAP does. */
  echo: Record<string, unknown> = {};
  /** Extra facts for the request journal, never sent to the client. */
  diagnostics: Record<string, unknown> | undefined;
  /** State changes that stand although the call fails (a wrong OTP still counts), applied after the rollback. */
  standing: (() => void) | undefined;

  constructor(kind: SnapKind, detail?: string, serviceCode?: string) {
    super(snapMessage(kind, detail));
    this.name = 'SnapError';
    this.kind = kind;
    this.detail = detail;
    this.serviceCode = serviceCode;
  }

  get status(): number {
    return SNAP_CASES[this.kind].http;
  }

  withEcho(fields: Record<string, unknown>): this {
    this.echo = { ...this.echo, ...fields };
    return this;
  }

  withDiagnostics(facts: Record<string, unknown>): this {
    this.diagnostics = { ...this.diagnostics, ...facts };
    return this;
  }

  /** Keeps a change despite the failure: the HTTP layer runs fn after rolling the operation back. */
  withStandingChange(fn: () => void): this {
    this.standing = fn;
    return this;
  }

  toBody(fallbackServiceCode: string): SnapErrorBody {
    return {
      responseCode: snapCode(this.kind, this.serviceCode ?? fallbackServiceCode),
      responseMessage: this.message,
      ...this.echo,
    };
  }
}

export function snapCode(kind: SnapKind, serviceCode: string): string {
  const entry = SNAP_CASES[kind];
  return `${entry.http}${serviceCode}${entry.case}`;
}

export function snapMessage(kind: SnapKind, detail?: string): string {
  const entry: { message: string; detailJoin?: string } = SNAP_CASES[kind];
  if (!detail || !entry.detailJoin) return entry.message;
  const base = entry.message.endsWith('.') ? entry.message.slice(0, -1) : entry.message;
  return `${base}${entry.detailJoin}${detail}`;
}
