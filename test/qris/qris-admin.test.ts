import { beforeEach, describe, expect, it } from '@jest/globals';
import { signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { RICH } from '../helpers/personas.js';
import { generate, idr, pay } from '../helpers/qris.js';

describe('/admin/qris', () => {
  let sb: TestSandbox;
  let client: SnapClient;
  beforeEach(async () => {
    ({ sb, client } = await signedIn({ customer: RICH }));
  });

  it('when QRs are generated and one is paid, then the list shows each with its payload, state, payments and image URL, newest first', async () => {
    const paid = await generate(client, 'QR-A-1', { amount: idr('15000.00'), feeAmount: idr('500.00') });
    const open = await generate(client, 'QR-A-2');
    const payment = await pay(client, 'PAY-A-1', paid.qrContent, '15000.00', '500.00');

    const list = await sb.http.get('/admin/qris');
    expect(list.status).toBe(200);
    expect(list.body.qrCodes.map((q: { referenceNo: string }) => q.referenceNo)).toEqual([open.referenceNo, paid.referenceNo]);
    expect(list.body.qrCodes[1]).toMatchObject({
      partnerReferenceNo: 'QR-A-1',
      clientId: sb.partner.clientId,
      merchantId: 'M-SANDBOX-0001',
      terminalId: 'A01',
      type: 'DYNAMIC',
      amount: { value: '15000.00', currency: 'IDR' },
      feeType: '2',
      feeAmount: { value: '500.00' },
      status: '00',
      payments: 1,
      lastPaymentReferenceNo: payment.body.referenceNo,
      qrContent: paid.qrContent,
      imageUrl: `/admin/qris/${paid.referenceNo}/image.png`,
    });
    expect(list.body.qrCodes[0]).toMatchObject({ type: 'STATIC', amount: null, status: '03', validUntil: null, payments: 0 });
    expect((await sb.http.get('/admin/qris?status=03')).body.qrCodes).toHaveLength(1);
    expect((await sb.http.get(`/admin/qris/${open.referenceNo}`)).body.qrContent).toBe(open.qrContent);
  });

  it('when a dynamic QR has outlived its validity, then the list reads it as 06 Expired without waiting for a SNAP call', async () => {
    const qr = await generate(client, 'QR-A-OLD', { amount: idr('1000.00') });
    sb.clock.advance(1800);
    expect((await sb.http.get(`/admin/qris/${qr.referenceNo}`)).body).toMatchObject({ status: '06', statusDesc: 'Expired' });
  });

  it('when the image of a QR is asked for, then it is a PNG whose size follows scale; an unknown referenceNo is 404', async () => {
    const qr = await generate(client, 'QR-A-IMG', { amount: idr('1000.00') });
    const image = await sb.http.get(`/admin/qris/${qr.referenceNo}/image.png`).buffer(true);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    const png = image.body as Buffer;
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const width = (b: Buffer) => b.readUInt32BE(16);
    const small = (await sb.http.get(`/admin/qris/${qr.referenceNo}/image.png?scale=2`).buffer(true)).body as Buffer;
    expect(width(png)).toBe(width(small) * 4);
    const missing = await sb.http.get('/admin/qris/NOPE/image.png');
    expect(missing.status).toBe(404);
    expect(missing.body.responseMessage).toContain('NOPE');
  });
});
