import type { components, operations } from '../generated/openapi.js';

/**
 * The shapes the admin API answers with, as the admin client returns them: names for the schemas
 * of spec/admin.yaml + spec/admin/*.yaml, whose types src/generated/openapi.ts holds (`npm run gen:types`).
 */
type Schemas = components['schemas'];
type JsonAnswer<Op extends keyof operations, Status extends keyof operations[Op]['responses']> = operations[Op]['responses'][Status] extends {
  content: { 'application/json': infer Body };
}
  ? Body
  : never;
type JsonRequest<Op extends keyof operations> = NonNullable<operations[Op]['requestBody']> extends { content: { 'application/json': infer Body } } ? Body : never;

export type AdminPartner = Schemas['AdminPartner'];
export type AdminOtp = Schemas['AdminOtp'];
export type AccountCreation = JsonRequest<'adminCreateAccount'>;
/** authCode and linkId come only in the answer of createAccount with bindTo. */
export type AdminAccount = JsonAnswer<'adminCreateAccount', 201>;
export type AdminBinding = AdminAccount['bindings'][number];
export type AdminTransaction = Schemas['AdminTransaction'];
export type AdminQrCode = Schemas['AdminQrCode'];
export type ScenarioView = Schemas['ActiveScenario'];
export type ScenarioRuleView = ScenarioView['rules'][number];
export type ClockView = Schemas['SandboxClock'];
export type ResetResult = JsonAnswer<'adminReset', 200>;
export type LedgerVerification = JsonAnswer<'adminVerifyLedger', 200>;
export type NotificationView = Schemas['AdminNotification'];
/** POST /admin/webviews/complete: a sandbox page, filled in and submitted as a browser would. */
export type WebviewCompletion = JsonRequest<'adminCompleteWebview'>;
export type WebviewOutcome = JsonAnswer<'adminCompleteWebview', 200>;
