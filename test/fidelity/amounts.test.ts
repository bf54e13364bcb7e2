import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadSpec, type OpenApiOperation } from '../../src/http/openapi.js';
import { parseMinor } from '../../src/lib/money.js';
import { signedIn, type SnapClient } from '../helpers/harness.js';
import { RICH } from '../helpers/personas.js';
import { requestExample } from '../helpers/spec-request-example.js';

/**
 * Issue 20.2: a whole-number amount ("10000", as DOKU's Android demo sends on QR generate) is taken
 * where DOKU's own clients send amounts, and answered with two decimals; every other malformed
 * value is refused everywhere with 400xx01 naming the field. Which request fields take which form
 * is read from spec/: every {value, currency} object of a request body (Money, MoneyTwoDecimals,
 * or a schema of its own such as update-va's nullable totalAmount), whole-allowed when its value
 * pattern takes "10000". So a new endpoint is covered as it lands.
 */
const spec = loadSpec();
const schemas = spec.document.components.schemas as Record<string, Schema>;
type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; pattern?: string };

interface AmountField {
  operationId: string;
  path: string;
  method: 'POST' | 'PUT' | 'DELETE';
  serviceCode: string;
  field: string;
  wholeAllowed: boolean;
  example: Record<string, unknown>;
}

const resolve = (schema: Schema | undefined): Schema | undefined => (schema?.$ref ? resolve(schemas[schema.$ref.split('/').pop()!]) : schema);

function amountFields(raw: Schema | undefined, prefix: string): { field: string; wholeAllowed: boolean }[] {
  const schema = resolve(raw);
  if (!schema) return [];
  const value = resolve(schema.properties?.value);
  if (value?.pattern && schema.properties?.currency) return [{ field: prefix, wholeAllowed: new RegExp(value.pattern).test('10000') }];
  return Object.entries(schema.properties ?? {}).flatMap(([name, sub]) => amountFields(sub, prefix ? `${prefix}.${name}` : name));
}

const fields: AmountField[] = spec.operations.flatMap((op) => {
  const item = (spec.document.paths as Record<string, Record<string, OpenApiOperation>>)[op.path]![op.method]!;
  const media = item.requestBody?.content?.['application/json'] as { schema?: Schema } | undefined;
  const method = op.method.toUpperCase() as AmountField['method'];
  return amountFields(media?.schema, '').map((f) => ({ operationId: op.operationId, path: op.path, method, serviceCode: op.serviceCode, ...f, example: requestExample(spec.document, op) }));
});

const BANK_INQUIRY = '/snap-adapter/b2b/v1.0/emoney/bank-account-inquiry';
const TRANSFER = '/snap-adapter/b2b2c/v1.0/emoney/transfer-bank';
const BALANCE = '/snap-adapter/b2b2c/v1.0/balance-inquiry';
/**
 * Where DOKU's clients send an amount: its Android SDK (walletparameter/BankInquiryReq.kt,
 * BankTransferReq.kt, GenerateQrReq.kt, PaymentQrReq.kt), and its Node SDK for VAs and direct debit,
 * whose Joi schemas take "10000" (_models/createVaRequestDto.js, updateVaRequestDTO.js,
 * paymentRequestDirectDebitDTO.js, refundRequestDTO.js).
 */
const SDK_AMOUNT_PATHS = [
  BANK_INQUIRY,
  TRANSFER,
  '/snap-adapter/b2b/v1.0/qr/qr-mpm-generate',
  '/snap-adapter/b2b2c/v1.0/qr/qr-mpm-payment',
  '/virtual-accounts/bi-snap-va/v1.1/transfer-va/create-va',
  '/virtual-accounts/bi-snap-va/v1.1/transfer-va/update-va',
  '/direct-debit/core/v1/debit/payment-host-to-host',
  '/direct-debit/core/v1/debit/refund',
];
const MALFORMED = ['-10000', '-10000.00', '1e5', '1E5', '10000.001', '10000.5', '10000.', '.50', '+10000', '010000', '10,000', '10000 ', '١٠٠٠٠'];

let c: SnapClient;
beforeAll(async () => {
  ({ client: c } = await signedIn({ customer: RICH }));
});

const withAmount = (f: AmountField, value: string) => ({ ...f.example, [f.field]: { value, currency: 'IDR' } });

describe('whole-number amounts (issue 20.2)', () => {
  it('then the whole form is taken exactly where DOKU\'s clients send an amount, and nowhere else', () => {
    const whole = [...new Set(fields.filter((f) => f.wholeAllowed).map((f) => f.path))].sort();
    expect(whole).toEqual(SDK_AMOUNT_PATHS.filter((p) => fields.some((f) => f.path === p)).sort());
    expect(whole).toEqual(expect.arrayContaining([BANK_INQUIRY, TRANSFER]));
    expect(fields.filter((f) => !f.wholeAllowed).length).toBeGreaterThan(10);
  });

  it('when Bank Account Inquiry gets "10000", then it answers 10000.00', async () => {
    const res = await c.post(BANK_INQUIRY, { partnerReferenceNo: 'WHOLE-INQ-1', customerNumber: '1140340010', amount: { value: '10000', currency: 'IDR' }, beneficiaryAccountNumber: '8377388292', additionalInfo: { bankCode: '014' } });
    expect([res.status, res.body.responseCode, res.body.amount]).toEqual([200, '2004200', { value: '10000.00', currency: 'IDR' }]);
  });

  it('when Transfer to Bank gets "10000", then exactly 10,000.00 leaves the wallet and the answer says 10000.00', async () => {
    const balance = async () => (await c.post(BALANCE, { partnerReferenceNo: `BAL-${Date.now()}` })).body.accountInfos[0].availableBalance.value as string;
    const before = parseMinor(await balance())!;
    const res = await c.post(TRANSFER, { partnerReferenceNo: 'WHOLE-TRF-1', customerNumber: '1140340010', accountType: 'SAVINGS', beneficiaryAccountNumber: '8377388292', beneficiaryBankCode: '014', amount: { value: '10000', currency: 'IDR' }, additionalInfo: {} });
    expect([res.status, res.body.responseCode, res.body.amount]).toEqual([200, '2004300', { value: '10000.00', currency: 'IDR' }]);
    expect(before - parseMinor(await balance())!).toBe(1_000_000);
  });

  it('then "0" is a well-formed zero (the transfer refuses it as an amount, 404xx13), not a format error', async () => {
    const res = await c.post(TRANSFER, { partnerReferenceNo: 'WHOLE-TRF-0', customerNumber: '1140340010', accountType: 'SAVINGS', beneficiaryAccountNumber: '8377388292', beneficiaryBankCode: '014', amount: { value: '0', currency: 'IDR' }, additionalInfo: {} });
    expect([res.status, res.body.responseCode]).toEqual([404, '4044313']);
  });

  describe.each(fields.map((f) => [`${f.operationId} ${f.field}`, f] as const))('%s', (_name, f) => {
    const refused = (field: string) => ({ status: 400, responseCode: `400${f.serviceCode}01`, responseMessage: `Invalid Field Format ${field}.value` });

    it(f.wholeAllowed ? 'when the value is "10000", then it passes the format check' : 'when the value is "10000", then 400xx01 naming the field (two decimals required here)', async () => {
      const res = await c.send(f.method, f.path, withAmount(f, '10000'));
      const answer = { status: res.status, responseCode: res.body.responseCode, responseMessage: res.body.responseMessage };
      if (f.wholeAllowed) expect(answer).not.toEqual(refused(f.field));
      else expect(answer).toEqual(refused(f.field));
    });

    it('when the value is negative, an exponent, more than two decimals or otherwise malformed, then 400xx01 naming the field', async () => {
      for (const value of MALFORMED) {
        const res = await c.send(f.method, f.path, withAmount(f, value));
        expect({ value, status: res.status, responseCode: res.body.responseCode, responseMessage: res.body.responseMessage }).toEqual({ value, ...refused(f.field) });
      }
    });
  });

  it('then parseMinor reads both forms into sen and refuses the rest', () => {
    expect([parseMinor('10000'), parseMinor('10000.00'), parseMinor('0'), parseMinor('0.01')]).toEqual([1_000_000, 1_000_000, 0, 1]);
    for (const value of MALFORMED) expect({ value, minor: parseMinor(value) }).toEqual({ value, minor: undefined });
  });
});
