import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { clientFor, signedClient, signedIn, testSandbox } from '../helpers/harness.js';
import { createdVa, VA_PATHS } from '../helpers/virtual-account.js';
import { answerPayment, boundCustomer, DD, ovoPaymentBody, ref } from '../helpers/direct-debit.js';

/** Virtual accounts, direct-debit bindings and channel accounts are kept in DATA_FILE like every table. */
const dir = mkdtempSync(join(tmpdir(), 'products-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('DATA_FILE', () => {
  it('after a restart the VA, its payment, the binding, its authCode and the channel account are all there', async () => {
    const env = { DATA_FILE: join(dir, 'data.json') };
    const first = await testSandbox(env);
    const va = await createdVa(await signedClient(first));
    const vaNumber = String(va.virtualAccountNo).replace(/ /g, '');
    await first.http.post(`/admin/virtual-accounts/${vaNumber}/pay`).send({}).expect(200);
    const payer = clientFor(first);
    const { authCode } = await boundCustomer(first, payer, 'EMONEY_OVO_SNAP');
    const opened = await payer.post(DD.payment, ovoPaymentBody(ref('OVO'), '1000.00'));
    await answerPayment(first, opened.body.webRedirectUrl, { action: 'pay' }).expect(302);
    await first.ctx.store.close();

    const { sb: second, client } = await signedIn({ env });
    const status = await client.post(VA_PATHS.status, { partnerServiceId: va.partnerServiceId, customerNo: va.customerNo, virtualAccountNo: va.virtualAccountNo });
    expect(status.body).toMatchObject({ virtualAccountData: { paymentFlagStatus: '00' }, additionalInfo: { virtualAccountStatus: 'PAID' } });
    await client.getCustomerToken(authCode);
    const balance = await client.post(DD.balance, { additionalInfo: { channel: 'EMONEY_OVO_SNAP' } });
    expect(balance.body).toMatchObject({ accountInfos: [{ amount: { value: '4999000.00' } }] });
    expect((await second.http.get('/admin/ledger/verify')).body.ok).toBe(true);
    await second.ctx.store.close();
  });
});
