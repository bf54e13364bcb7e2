import { beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { transactionSignature } from '../../src/client/signing.js';
import { loadSpec } from '../../src/http/openapi.js';
import { bindingBody, boundCustomer, DD } from '../helpers/direct-debit.js';
import { clientFor, signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { VA_PATHS, vaBody, vaKey } from '../helpers/virtual-account.js';

/**
 * DOKU's "Idempotency Request" rule on the virtual-account and direct-debit operations that change
 * state without a partner key (marked x-snap-changes-state): the same X-EXTERNAL-ID with the same
 * body after a success gets the original answer with HTTP 409 and nothing is done again; another
 * body stays 409xx00. Update-va is a PUT and delete-va a DELETE with a JSON body: they replay too.
 */
let sb: TestSandbox;
let client: SnapClient;
beforeAll(async () => {
  ({ sb, client } = await signedIn());
});

type Method = 'POST' | 'PUT' | 'DELETE';

let seq = 0;
/**
 * X-EXTERNAL-ID as DOKU's Node SDK makes it: a UUID and a timestamp on VA calls
 * (commonFunction.generateExternalId), Date.now() on direct-debit calls (directDebitController.js).
 */
const sdkExternalId = (path: string) => (path.startsWith('/virtual-accounts/') ? `${crypto.randomUUID()}-${Date.now()}` : `${Date.now()}${++seq}`);

/** One signed request, sent as often as asked with the very same headers and bytes. */
function fixedRequest(method: Method, path: string, body: unknown, externalId = sdkExternalId(path), by = client) {
  const headers = by.headers(path, body, { 'X-EXTERNAL-ID': externalId });
  headers['X-SIGNATURE'] = transactionSignature({ clientSecret: sb.partner.clientSecret, method, path, accessToken: by.b2bToken!, body, timestamp: headers['X-TIMESTAMP']! });
  const verb = method === 'PUT' ? 'put' : method === 'DELETE' ? 'delete' : 'post';
  return () => request(sb.app)[verb](path).set(headers).send(JSON.stringify(body));
}

async function expectReplayed(send: () => request.Test, code: string): Promise<Record<string, unknown>> {
  const first = await send();
  expect([first.status, first.body.responseCode, first.body.responseMessage]).toEqual([200, code, 'Successful']);
  const again = await send();
  expect([again.status, again.body]).toEqual([409, first.body]);
  return first.body;
}

describe('X-EXTERNAL-ID replay on the new state-changing operations', () => {
  it('the spec marks exactly the virtual-account and direct-debit operations that change state without a partner key', () => {
    const products = loadSpec().operations.filter((op) => /^\/(virtual-accounts|direct-debit|orders)\//.test(op.path));
    const marked = products.filter((op) => op.changesState && !op.idempotencyKey).map((op) => op.operationId);
    expect(marked.sort()).toEqual(['createVa', 'ddAccountBinding', 'ddAccountUnbinding', 'ddCardRegistration', 'ddCardUnbinding', 'deleteVa', 'updateVa']);
    expect(products.filter((op) => !op.changesState).map((op) => op.operationId).sort()).toEqual(['checkStatusVa', 'ddBalanceInquiry', 'ddCheckStatus']);
  });

  it('when create-va, update-va (PUT) and delete-va (DELETE) are each sent twice, then the second gets the first answer with 409 and nothing is done twice', async () => {
    const body = vaBody();
    const vas = () => sb.ctx.store.virtualAccounts.size;
    const before = vas();
    await expectReplayed(fixedRequest('POST', VA_PATHS.create, body), '2002700');
    expect(vas()).toBe(before + 1);

    const update = { ...vaKey(body), totalAmount: { value: '30000.00', currency: 'IDR' }, additionalInfo: { channel: 'VIRTUAL_ACCOUNT_BNI' }, virtualAccountTrxType: 'C' };
    const updated = await expectReplayed(fixedRequest('PUT', VA_PATHS.update, update), '2002800');
    expect(updated).toMatchObject({ virtualAccountData: { totalAmount: { value: '30000.00' } } });

    const remove = { ...vaKey(body), additionalInfo: { channel: 'VIRTUAL_ACCOUNT_BNI' } };
    const deleteId = sdkExternalId(VA_PATHS.delete);
    await expectReplayed(fixedRequest('DELETE', VA_PATHS.delete, remove, deleteId), '2003100');
    // Another body under that X-EXTERNAL-ID: 409xx00 as before.
    const other = await fixedRequest('DELETE', VA_PATHS.delete, { ...remove, trxId: 'INV-OTHER' }, deleteId)();
    expect([other.status, other.body]).toEqual([409, { responseCode: '4093100', responseMessage: 'Conflict' }]);
    // A new X-EXTERNAL-ID is a new call: the VA is gone.
    expect((await fixedRequest('DELETE', VA_PATHS.delete, remove)()).body.responseCode).toBe('4043112');
  });

  it('when account binding and unbinding are each sent twice, then one binding, the same redirect and authCode, and the unbinding answered again', async () => {
    const bindings = () => sb.ctx.store.debitBindings.size;
    const before = bindings();
    const bound = await expectReplayed(fixedRequest('POST', DD.binding, bindingBody('EMONEY_OVO_SNAP')), '2000700');
    expect(bound).toMatchObject({ redirectUrl: expect.any(String), additionalInfo: { authCode: expect.any(String) } });
    expect(bindings()).toBe(before + 1);

    const customer = clientFor(sb);
    const { client: holder } = await boundCustomer(sb, customer, 'EMONEY_DANA_SNAP');
    await expectReplayed(fixedRequest('POST', DD.unbinding, { tokenId: holder.customerToken, additionalInfo: { channel: 'EMONEY_DANA_SNAP' } }, undefined, holder), '2000900');
  });
});
