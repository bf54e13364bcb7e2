import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { answerBinding, bindingBody, boundCustomer, DD, encryptCard, freshPhone, pageToken } from '../helpers/direct-debit.js';

/** Account binding, card registration and their unbinding: the channel's page, the authCode, every refusal. */
let sb: TestSandbox;
let client: SnapClient;
beforeAll(async () => {
  ({ sb, client } = await signedIn());
});
beforeEach(async () => {
  client.customerToken = undefined;
  await client.getB2bToken();
});
afterAll(() => sb.ctx.store.close());

const card = (over: Record<string, unknown> = {}) => ({ bankCardNo: '5221843000009876', bankCardType: 'D', expiryDate: '1239', ...over });
const cardBody = (cardData: string, over: Record<string, unknown> = {}) => ({
  cardData,
  custIdMerchant: 'cust77',
  phoneNo: '6281234500077',
  additionalInfo: { channel: 'DIRECT_DEBIT_BRI_SNAP', successRegistrationUrl: 'https://merchant.example/ok', failedRegistrationUrl: 'https://merchant.example/ko' },
  ...over,
});

describe('account binding', () => {
  it('the authCode buys a token only once the customer allowed on the channel\'s page; the redirect carries it', async () => {
    const bound = await client.post(DD.binding, bindingBody('EMONEY_OVO_SNAP'));
    expect(bound.status).toBe(200);
    const authCode = bound.body.additionalInfo.authCode as string;
    const early = await client.tokenRequest('/authorization/v1/access-token/b2b2c', { grantType: 'authorization_code', authCode });
    expect(early.body).toEqual({ responseCode: '4017400', responseMessage: 'Unauthorized. Invalid Auth Code' });
    const page = await sb.http.get(`/webview/direct-debit/binding?token=${pageToken(bound.body.redirectUrl)}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Allow');
    const location = await answerBinding(sb, bound.body.redirectUrl, 'allow');
    expect(location).toBe(`https://merchant.example/binding/success?authCode=${authCode}&referenceNo=${bound.body.referenceNo}&custIdMerchant=cust-001&status=SUCCESS`);
    expect((await client.tokenRequest('/authorization/v1/access-token/b2b2c', { grantType: 'authorization_code', authCode })).body.responseCode).toBe('2007400');
    // The page answers once.
    expect((await sb.http.post('/webview/direct-debit/binding').type('form').send({ token: pageToken(bound.body.redirectUrl), action: 'allow' })).status).toBe(410);
  });

  it('declined on the page: FAILED, failedRegistrationUrl, and the authCode never works', async () => {
    const bound = await client.post(DD.binding, bindingBody('DIRECT_DEBIT_CIMB_SNAP'));
    const location = await answerBinding(sb, bound.body.redirectUrl, 'decline');
    expect(location).toMatch(/^https:\/\/merchant\.example\/binding\/failed\?referenceNo=.*status=FAILED$/);
    const token = await client.tokenRequest('/authorization/v1/access-token/b2b2c', { grantType: 'authorization_code', authCode: bound.body.additionalInfo.authCode });
    expect(token.body.responseCode).toBe('4017400');
  });

  it('one live binding per merchant and account (4030705); after unbinding the account binds again', async () => {
    const { phoneNo } = await boundCustomer(sb, client, 'EMONEY_OVO_SNAP');
    const token = client.customerToken;
    expect((await client.post(DD.binding, bindingBody('EMONEY_OVO_SNAP', phoneNo))).body).toEqual({ responseCode: '4030705', responseMessage: 'Do Not Honor. Account already bound' });
    const unbound = await client.post(DD.unbinding, { tokenId: token, additionalInfo: { channel: 'EMONEY_OVO_SNAP' } });
    expect(unbound.body).toMatchObject({ responseCode: '2000900' });
    client.customerToken = undefined;
    expect((await client.post(DD.binding, bindingBody('EMONEY_OVO_SNAP', phoneNo))).status).toBe(200);
  });

  it('refuses what DOKU refuses: a card channel (4030701), Allo Bank without its device fields (4000702), a bad return URL (4000701)', async () => {
    expect((await client.post(DD.binding, bindingBody('DIRECT_DEBIT_BRI_SNAP'))).body).toEqual({ responseCode: '4030701', responseMessage: 'Feature Not Allowed DIRECT_DEBIT_BRI_SNAP binds by card registration' });
    expect((await client.post(DD.binding, bindingBody('DIRECT_DEBIT_ALLO_SNAP'))).body).toEqual({ responseCode: '4000702', responseMessage: 'Invalid Mandatory Field additionalInfo.deviceModel' });
    const allo = bindingBody('DIRECT_DEBIT_ALLO_SNAP', freshPhone(), { deviceModel: 'Pixel', osType: 'android', channelId: 'app' });
    expect((await client.post(DD.binding, allo)).body).toEqual({ responseCode: '4000702', responseMessage: 'Invalid Mandatory Field X-DEVICE-ID' });
    expect((await client.post(DD.binding, allo, { 'X-DEVICE-ID': 'dev-1' })).status).toBe(200);
    expect((await client.post(DD.binding, bindingBody('EMONEY_OVO_SNAP', freshPhone(), { successRegistrationUrl: 'not a url' }))).body).toEqual({ responseCode: '4000701', responseMessage: 'Invalid Field Format additionalInfo.successRegistrationUrl' });
    expect((await client.post(DD.binding, bindingBody('EMONEY_GOPAY_SNAP'))).body).toMatchObject({ responseCode: '4000701', responseMessage: expect.stringContaining('additionalInfo.channel') });
    expect((await client.post(DD.binding, { ...bindingBody('EMONEY_OVO_SNAP'), phoneNo: '0812' })).body).toMatchObject({ responseCode: '4000701', responseMessage: expect.stringContaining('phoneNo') });
  });

  it('the guard: a bad signature → 4010700, an expired B2B token → 4010701', async () => {
    expect((await client.post(DD.binding, bindingBody('EMONEY_OVO_SNAP'), { 'X-SIGNATURE': 'AAAA' })).body).toEqual({ responseCode: '4010700', responseMessage: 'Unauthorized. Invalid Signature' });
    sb.clock.advance(901);
    expect((await client.post(DD.binding, bindingBody('EMONEY_OVO_SNAP'))).body).toEqual({ responseCode: '4010701', responseMessage: 'Invalid Token (B2B)' });
  });
});

describe('account unbinding', () => {
  it('ends the binding at once: its customer token and authCode stop working', async () => {
    const { client: bound, authCode } = await boundCustomer(sb, client, 'EMONEY_OVO_SNAP');
    const token = bound.customerToken!;
    expect((await bound.post(DD.balance, { additionalInfo: { channel: 'EMONEY_OVO_SNAP' } })).status).toBe(200);
    const res = await bound.post(DD.unbinding, { tokenId: token, additionalInfo: { channel: 'EMONEY_OVO_SNAP' } });
    expect(res.body).toMatchObject({ responseCode: '2000900', referenceNo: expect.any(String), additionalInfo: { status: 'UNBOUND' } });
    expect((await bound.post(DD.balance, { additionalInfo: { channel: 'EMONEY_OVO_SNAP' } })).body).toEqual({ responseCode: '4011101', responseMessage: 'Invalid Customer Token' });
    expect((await bound.tokenRequest('/authorization/v1/access-token/b2b2c', { grantType: 'authorization_code', authCode })).body.responseCode).toBe('4017400');
  });

  it('an unknown binding → 4040911: a tokenId that is no token, a revoked one, one on another channel', async () => {
    const refused = { responseCode: '4040911', responseMessage: 'Invalid Card/Account/Customer tokenId' };
    expect((await client.post(DD.unbinding, { tokenId: 'not-a-token', additionalInfo: { channel: 'EMONEY_OVO_SNAP' } })).body).toEqual(refused);
    await boundCustomer(sb, client, 'EMONEY_OVO_SNAP');
    expect((await client.post(DD.unbinding, { tokenId: client.customerToken, additionalInfo: { channel: 'EMONEY_DANA_SNAP' } })).body).toEqual(refused);
    // A DOKU Wallet customer's token names no direct-debit binding.
    await client.getCustomerToken('cfb5de1a-6a40-40e0-8549-0634bcaed8ed');
    expect((await client.post(DD.unbinding, { tokenId: client.customerToken, additionalInfo: { channel: 'EMONEY_OVO_SNAP' } })).body).toEqual(refused);
  });
});

describe('card registration and card unbinding', () => {
  it('reads cardData encrypted with the client secret; the card binds on its page; unbinding takes the card\'s token', async () => {
    const res = await client.post(DD.card, cardBody(encryptCard(card(), sb.partner.clientSecret)));
    expect(res.body).toMatchObject({ responseCode: '2000100', additionalInfo: { custIdMerchant: 'cust77', status: 'PENDING' } });
    const page = await sb.http.get(`/webview/direct-debit/binding?token=${pageToken(res.body.redirectUrl)}`);
    expect(page.text).toContain('ending 9876');
    await answerBinding(sb, res.body.redirectUrl, 'allow');
    const holder = client;
    await holder.getCustomerToken(res.body.additionalInfo.authCode);
    expect((await holder.post(DD.unbinding, { tokenId: holder.customerToken, additionalInfo: { channel: 'DIRECT_DEBIT_BRI_SNAP' } })).body.responseCode).toBe('4040911');
    expect((await holder.post(DD.cardUnbind, { tokenId: holder.customerToken, additionalInfo: { channel: 'DIRECT_DEBIT_BRI_SNAP' } })).body).toMatchObject({ responseCode: '2000500' });
    expect((await holder.post(DD.cardUnbind, { tokenId: holder.customerToken, additionalInfo: { channel: 'DIRECT_DEBIT_BRI_SNAP' } })).body).toEqual({ responseCode: '4040511', responseMessage: 'Invalid Card/Account/Customer tokenId' });
  });

  it('refuses cardData it cannot read (4000101), an expired card (4030108), an account channel (4030101)', async () => {
    const unreadable = { responseCode: '4000101', responseMessage: 'Invalid Field Format cardData' };
    expect((await client.post(DD.card, cardBody('plain-text-card'))).body).toEqual(unreadable);
    expect((await client.post(DD.card, cardBody(encryptCard(card(), 'another-secret-entirely')))).body).toEqual(unreadable);
    expect((await client.post(DD.card, cardBody(encryptCard(card({ expiryDate: '13/9' }), sb.partner.clientSecret)))).body).toEqual(unreadable);
    expect((await client.post(DD.card, cardBody(encryptCard(card({ expiryDate: '0120' }), sb.partner.clientSecret)))).body).toEqual({ responseCode: '4030108', responseMessage: 'Card Expired' });
    const ovo = cardBody(encryptCard(card(), sb.partner.clientSecret), { additionalInfo: { channel: 'EMONEY_OVO_SNAP', successRegistrationUrl: 'https://a.example', failedRegistrationUrl: 'https://b.example' } });
    expect((await client.post(DD.card, ovo)).body).toEqual({ responseCode: '4030101', responseMessage: 'Feature Not Allowed EMONEY_OVO_SNAP binds by account binding' });
    expect((await client.post(DD.card, cardBody(encryptCard(card(), sb.partner.clientSecret), { phoneNo: '081234567' }))).body).toMatchObject({ responseCode: '4000101', responseMessage: expect.stringContaining('phoneNo') });
  });
});
