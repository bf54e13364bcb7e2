import type { SnapClient } from './harness.js';

export const VA_PATHS = {
  create: '/virtual-accounts/bi-snap-va/v1.1/transfer-va/create-va',
  update: '/virtual-accounts/bi-snap-va/v1.1/transfer-va/update-va',
  delete: '/virtual-accounts/bi-snap-va/v1.1/transfer-va/delete-va',
  status: '/orders/v1.0/transfer-va/status',
};

export const PSID = '   77788';
let sequence = 0;

/** A fresh MGPC create-va body (closed amount unless overridden), as DOKU's SDK sends it. */
export function vaBody(overrides: Record<string, unknown> = {}, config: Record<string, unknown> = {}): Record<string, unknown> {
  sequence += 1;
  const customerNo = String(Date.now() % 1e9).padStart(9, '0') + String(sequence).padStart(3, '0');
  return {
    partnerServiceId: PSID,
    customerNo,
    virtualAccountNo: `${PSID}${customerNo}`,
    virtualAccountName: 'Budi Santoso',
    virtualAccountEmail: 'budi@example.com',
    virtualAccountPhone: '6281298765432',
    trxId: `INV-VA-${customerNo}`,
    totalAmount: { value: '25000.00', currency: 'IDR' },
    additionalInfo: { channel: 'VIRTUAL_ACCOUNT_BNI', virtualAccountConfig: { reusableStatus: false, ...config } },
    virtualAccountTrxType: 'C',
    expiredDate: '2099-01-01T10:00:00+07:00',
    ...overrides,
  };
}

/** The bank number of a create body: what a customer types, without the padding spaces. */
export function bankNumberOf(body: Record<string, unknown>): string {
  return String(body.virtualAccountNo).replace(/ /g, '');
}

export async function createdVa(client: SnapClient, overrides: Record<string, unknown> = {}, config: Record<string, unknown> = {}) {
  const body = vaBody(overrides, config);
  const res = await client.post(VA_PATHS.create, body);
  if (res.status !== 200) throw new Error(`create-va failed: ${JSON.stringify(res.body)}`);
  return body;
}

/** The identifying part of a VA for update, delete and status calls. */
export function vaKey(body: Record<string, unknown>): Record<string, unknown> {
  return { partnerServiceId: body.partnerServiceId, customerNo: body.customerNo, virtualAccountNo: body.virtualAccountNo, trxId: body.trxId };
}
