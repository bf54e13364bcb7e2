import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadSpec, type SnapOperation } from '../../src/http/openapi.js';
import { signedIn, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { requestExample } from '../helpers/spec-request-example.js';

/**
 * Issue 20.1, over every transactional operation of spec/: a B2B token that is missing, empty
 * ("Authorization: Bearer", as DOKU's Android demo sends before its first token), unknown, expired
 * or replaced answers 401xx01 "Invalid Token (B2B)"; a customer token that is missing, empty,
 * unknown, expired or replaced on a call that needs one answers 401xx01 "Invalid Customer Token"
 * (DOKU's demo renews the customer token on 4015001). The body is the operation's spec example,
 * so only the token is wrong.
 */
const spec = loadSpec();
const RICH = 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed'; // 1140340010, bound to the default partner
const TTL = 900;

const operations = spec.operations.filter((op) => op.auth !== 'asymmetric');
const exampleOf = (op: SnapOperation) => requestExample(spec.document, op);

let sb: TestSandbox;
let c: SnapClient;
beforeAll(async () => {
  ({ sb, client: c } = await signedIn({ customer: RICH }));
});

type Headers = Record<string, string | undefined>;

/** Sends every operation with the given header overrides; lists "operationId: status code message". */
async function sweep(ops: SnapOperation[], headers: Headers): Promise<string[]> {
  const out: string[] = [];
  for (const op of ops) {
    // Each with its own method: DOKU's update-va is PUT and delete-va DELETE.
    const res = await c.send(op.method.toUpperCase() as 'POST' | 'PUT' | 'DELETE', op.path, exampleOf(op), headers);
    out.push(`${op.operationId}: ${res.status} ${res.body.responseCode} ${res.body.responseMessage}${Object.keys(res.body).length > 2 ? ' +echo' : ''}`);
  }
  return out;
}
const expected = (ops: SnapOperation[], caseCode: string, message: string) => ops.map((op) => `${op.operationId}: 401 401${op.serviceCode}${caseCode} ${message}`);

/** A B2B token that the sandbox no longer honours, for the given reason. */
async function deadB2bToken(reason: 'expired' | 'replaced'): Promise<string> {
  const old = await c.getB2bToken();
  if (reason === 'expired') sb.clock.advance(TTL);
  await c.getB2bToken(); // the live one, for every later call
  return old;
}

async function deadCustomerToken(reason: 'expired' | 'replaced'): Promise<string> {
  const old = await c.getCustomerToken(RICH);
  if (reason === 'expired') {
    sb.clock.advance(TTL);
    await c.getB2bToken();
  }
  await c.getCustomerToken(RICH);
  return old;
}

describe('token codes over every transactional operation (issue 20.1)', () => {
  it('then there are operations of all three customer-token kinds to sweep', () => {
    for (const kind of ['none', 'optional', 'required'] as const) expect(operations.some((op) => op.customerToken === kind)).toBe(true);
  });

  describe('B2B token → 401xx01 Invalid Token (B2B)', () => {
    const cases: [string, () => Promise<Headers>][] = [
      ['missing (no Authorization header)', async () => ({ Authorization: undefined })],
      ['empty ("Bearer", the demo\'s first call)', async () => ({ Authorization: 'Bearer' })],
      ['empty ("Bearer " with a space)', async () => ({ Authorization: 'Bearer ' })],
      ['not a Bearer token', async () => ({ Authorization: 'Basic dXNlcjpwYXNz' })],
      ['unknown', async () => ({ Authorization: 'Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl' })],
      ['expired', async () => ({ Authorization: `Bearer ${await deadB2bToken('expired')}` })],
      ['replaced by a newer one', async () => ({ Authorization: `Bearer ${await deadB2bToken('replaced')}` })],
    ];
    it.each(cases)('when it is %s, then every operation answers 401xx01', async (_name, headersFor) => {
      const headers = await headersFor();
      expect(await sweep(operations, headers)).toEqual(expected(operations, '01', 'Invalid Token (B2B)'));
    });
  });

  describe('customer token on calls that need one → 401xx01 Invalid Customer Token', () => {
    const required = operations.filter((op) => op.customerToken === 'required');
    const optional = operations.filter((op) => op.customerToken === 'optional');
    const needing = 'every operation that needs it';
    const taking = 'every operation that needs or takes it';
    const cases: [string, string, () => Promise<Headers>][] = [
      ['missing', needing, async () => ({ 'Authorization-Customer': undefined })],
      ['empty ("Bearer")', needing, async () => ({ 'Authorization-Customer': 'Bearer' })],
      ['unknown', taking, async () => ({ 'Authorization-Customer': 'Bearer not-a-customer-token' })],
      // DOKU's Node SDK sends the customer token without "Bearer " (docs/fidelity.md): a bare value is a token too.
      ['unknown, sent bare (no "Bearer ")', taking, async () => ({ 'Authorization-Customer': 'eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl' })],
      ['not a token at all, sent bare', taking, async () => ({ 'Authorization-Customer': 'not-a-customer-token' })],
      ['expired, sent bare', taking, async () => ({ 'Authorization-Customer': await deadCustomerToken('expired') })],
      ['the B2B token', taking, async () => ({ 'Authorization-Customer': `Bearer ${c.b2bToken}` })],
      ['expired (with a fresh B2B token)', taking, async () => ({ 'Authorization-Customer': `Bearer ${await deadCustomerToken('expired')}` })],
      ['replaced by a newer one', taking, async () => ({ 'Authorization-Customer': `Bearer ${await deadCustomerToken('replaced')}` })],
    ];
    it.each(cases)('when it is %s, then %s answers 401xx01', async (_name, scope, headersFor) => {
      const headers = await headersFor();
      const refusing = scope === taking ? [...required, ...optional] : required;
      expect(await sweep(refusing, headers)).toEqual(expected(refusing, '01', 'Invalid Customer Token'));
    });

    it('when a live customer token is sent bare (no "Bearer ", as DOKU\'s Node SDK sends it), then no operation refuses it', async () => {
      const answers = await sweep([...required, ...optional], { 'Authorization-Customer': c.customerToken });
      expect(answers.filter((a) => / 401 /.test(a))).toEqual([]);
    });

    it('when an operation takes the customer token optionally and none is sent, then the token is no reason to refuse it, unless the body makes it a call that needs one (401xx01 then too)', async () => {
      // ddPayment takes the token for host-to-host channels and none for jump app (DANA,
      // ShopeePay); its example pays OVO host-to-host, which needs the binding's customer token.
      const needsOneByItsBody = ['ddPayment'];
      const answers = await sweep(optional, { 'Authorization-Customer': undefined });
      expect(answers.filter((a) => / 401 /.test(a)).map((a) => a.replace(/ \+echo$/, ''))).toEqual(
        expected(optional.filter((op) => needsOneByItsBody.includes(op.operationId)), '01', 'Invalid Customer Token'),
      );
    });
  });

  it('then no operation answers 401xx03 or 401xx04 any more, whatever token is missing', async () => {
    const answers = [
      ...(await sweep(operations, { Authorization: undefined, 'Authorization-Customer': undefined })),
      ...(await sweep(operations, { 'Authorization-Customer': undefined })),
    ];
    expect(answers.filter((a) => /: 401 401\d\d0[34] /.test(a))).toEqual([]);
  });
});
