import { describe, expect, it } from '@jest/globals';
import { signedClient, signedIn, testSandbox } from '../helpers/harness.js';
import { boundCustomer, DD, ovoPaymentBody, ref } from '../helpers/direct-debit.js';
import { PSID, VA_PATHS, vaBody } from '../helpers/virtual-account.js';

/** The bundled scenarios for virtual accounts and direct debit, activated as QA would (SCENARIOS at boot). */
describe('virtual-account and direct-debit scenarios', () => {
  it('va-create-timeout: the first create-va answers 5042700 but the VA exists (status finds it; creating it again is 4092700)', async () => {
    const { client } = await signedIn({ env: { SCENARIOS: 'va-create-timeout' } });
    const body = vaBody();
    const first = await client.post(VA_PATHS.create, body);
    expect([first.status, first.body.responseCode]).toEqual([504, '5042700']);
    const status = await client.post(VA_PATHS.status, { partnerServiceId: PSID, customerNo: body.customerNo, virtualAccountNo: body.virtualAccountNo });
    expect(status.body).toMatchObject({ responseCode: '2002600', additionalInfo: { virtualAccountStatus: 'ACTIVE' } });
    expect((await client.post(VA_PATHS.create, body)).body.responseCode).toBe('4092700');
  });

  it('direct-debit-insufficient-funds: every payment is refused with 4035414 and nothing is opened', async () => {
    const sb = await testSandbox({ SCENARIOS: 'direct-debit-insufficient-funds' });
    const { client } = await boundCustomer(sb, (await signedClient(sb)), 'EMONEY_OVO_SNAP');
    const res = await client.post(DD.payment, ovoPaymentBody(ref('OVO')));
    expect(res.body).toMatchObject({ responseCode: '4035414', responseMessage: 'Insufficient Funds' });
    expect([...sb.ctx.store.transactions.values()].filter((t) => t.type === 'DIRECT_DEBIT')).toEqual([]);
  });
});
