import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sdkModule, sdkSandbox, type Sdk, type SdkSandbox } from './sdk-harness.js';

/**
 * createVa, updateVa, deletePaymentCode and checkStatusVa of DOKU's Node SDK, unchanged, against
 * the sandbox: each gets DOKU's success, and the SDK's own response classes (CreateVAResponseDTO,
 * UpdateVaResponseDto, DeleteVaResponseDto, CheckStatusVaResponseDTO) read it.
 */
const CreateVARequestDto = sdkModule('_models/createVaRequestDto');
const TotalAmount = sdkModule('_models/totalAmount');
const VirtualAccountConfig = sdkModule('_models/virtualAccountConfig');
const AdditionalInfo = sdkModule('_models/additionalInfo');
const UpdateVaDto = sdkModule('_models/updateVaRequestDTO');
const UpdateVaAdditionalInfoDto = sdkModule('_models/updateVaAdditionalInfoDTO');
const UpdateVaVirtualAccountConfigDto = sdkModule('_models/updateVaVirtualAccountConfigDTO');
const DeleteVaRequestDto = sdkModule('_models/deleteVaRequestDTO');
const CheckStatusVARequestDto = sdkModule('_models/checkStatusVARequestDTO');

let env: SdkSandbox;
beforeAll(async () => {
  env = await sdkSandbox();
});
afterAll(() => env.close());

const PSID = '   88899';
let sequence = 0;
/** A fresh MGPC request as a merchant builds it with the SDK's classes (README "Create Virtual Account"). */
function createRequest(overrides: { trxType?: string; amount?: string; reusable?: boolean; min?: string; max?: string } = {}): Sdk {
  sequence += 1;
  const customerNo = String(500000 + sequence).padStart(12, '0');
  const config = new VirtualAccountConfig(overrides.reusable ?? false, overrides.max, overrides.min);
  return new CreateVARequestDto(
    PSID,
    customerNo,
    `${PSID}${customerNo}`,
    'Jokul Doe',
    'jokul@example.com',
    '6281234567890',
    `INV-SDK-VA-${sequence}`,
    new TotalAmount(overrides.amount ?? '12500.00', 'IDR'),
    new AdditionalInfo('VIRTUAL_ACCOUNT_BCA', config),
    overrides.trxType ?? 'C',
    '2099-01-01T10:00:00+07:00',
    // The SDK's own default (null) fails its own Joi rule ("freeText" must be an array).
    [{ english: 'Free text', indonesia: 'Tulisan Bebas' }],
  );
}

describe('Virtual accounts through the SDK', () => {
  it('createVa: a closed-amount VA, read by CreateVAResponseDTO', async () => {
    const request = createRequest();
    const response = await env.snap.createVa(request);
    expect(response.constructor.name).toBe('CreateVAResponseDTO');
    expect(response).toMatchObject({
      responseCode: '2002700',
      responseMessage: 'Successful',
      virtualAccountData: {
        partnerServiceId: PSID,
        customerNo: request.customerNo,
        virtualAccountNo: request.virtualAccountNo,
        virtualAccountName: 'Jokul Doe',
        trxId: request.trxId,
        totalAmount: { value: '12500.00', currency: 'IDR' },
        additionalInfo: { channel: 'VIRTUAL_ACCOUNT_BCA', howToPayPage: expect.stringContaining('/webview/bank-simulator'), howToPayApi: expect.any(String) },
      },
    });
  });

  it('updateVa (PUT, signed as PUT): a new amount and expiry, read by UpdateVaResponseDto', async () => {
    const created = createRequest();
    await env.snap.createVa(created);
    const update = new UpdateVaDto(
      created.partnerServiceId,
      created.customerNo,
      created.virtualAccountNo,
      'Jokul Doe Updated',
      'jokul@example.com',
      '6281234567890',
      created.trxId,
      new TotalAmount('15000.00', 'IDR'),
      new UpdateVaAdditionalInfoDto('VIRTUAL_ACCOUNT_BCA', new UpdateVaVirtualAccountConfigDto('ACTIVE')),
      'C',
      '2099-02-01T10:00:00+07:00',
    );
    const response = await env.snap.updateVa(update);
    expect(response.constructor.name).toBe('UpdateVaResponseDto');
    expect(response).toMatchObject({
      responseCode: '2002800',
      virtualAccountData: { virtualAccountName: 'Jokul Doe Updated', totalAmount: { value: '15000.00', currency: 'IDR' }, trxId: created.trxId },
    });
  });

  it('deletePaymentCode (DELETE with a body): read by DeleteVaResponseDto, and the VA number is free again', async () => {
    const created = createRequest();
    await env.snap.createVa(created);
    const request = new DeleteVaRequestDto(created.partnerServiceId, created.customerNo, created.virtualAccountNo, created.trxId, 'VIRTUAL_ACCOUNT_BCA');
    const response = await env.snap.deletePaymentCode(request);
    expect(response.constructor.name).toBe('DeleteVaResponseDto');
    expect(response).toMatchObject({
      responseCode: '2003100',
      virtualAccountData: { virtualAccountNo: created.virtualAccountNo, trxId: created.trxId, additionalInfo: { channel: 'VIRTUAL_ACCOUNT_BCA' } },
    });
    const again = createRequest();
    Object.assign(again, { customerNo: created.customerNo, virtualAccountNo: created.virtualAccountNo });
    await expect(env.snap.createVa(again)).resolves.toMatchObject({ responseCode: '2002700' });
  });

  it('checkStatusVa: an unpaid VA reads Pending, through CheckStatusVaResponseDTO', async () => {
    const created = createRequest();
    await env.snap.createVa(created);
    const request = new CheckStatusVARequestDto(created.partnerServiceId, created.customerNo, created.virtualAccountNo, null, null, undefined);
    const response = await env.snap.checkStatusVa(request);
    expect(response.constructor.name).toBe('CheckStatusVaResponseDTO');
    expect(response).toMatchObject({
      responseCode: '2002600',
      virtualAccountData: {
        paymentFlagReason: { english: 'Pending', indonesia: 'Belum Terbayar' },
        virtualAccountNo: created.virtualAccountNo,
        paidAmount: { value: { value: '0.00', currency: 'IDR' } },
      },
    });
  });

  it('an SDK call the sandbox refuses rejects with DOKU\'s error body in err.response.data', async () => {
    const first = createRequest();
    await env.snap.createVa(first);
    const duplicate = createRequest();
    Object.assign(duplicate, { customerNo: first.customerNo, virtualAccountNo: first.virtualAccountNo });
    const error = (await env.snap.createVa(duplicate).catch((e: unknown) => e)) as { response: { status: number; data: Record<string, string> } };
    expect(error.response.status).toBe(409);
    expect(error.response.data).toEqual({ responseCode: '4092700', responseMessage: 'Conflict' });
  });
});
