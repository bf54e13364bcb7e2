import { describe, expect, it } from '@jest/globals';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { clientFor, testSandbox } from '../helpers/harness.js';

/**
 * SNAP calls at their exact path take the lane (http/snap-lane.ts); everything else goes through
 * the general pipeline. Production (no response validation) trusts the fast check for valid
 * calls; the tests' mode runs express-openapi-validator on every call as well. Both must answer
 * alike, valid or not.
 */
const TOP_UP = '/snap-adapter/b2b/v1.0/emoney/topup';
const topUpBody = (ref: string) => ({ partnerReferenceNo: ref, customerNumber: '1140340010', amount: { value: '10000.00', currency: 'IDR' } });

async function bothModes() {
  return Promise.all(
    [{ VALIDATE_RESPONSES: 'false' }, { VALIDATE_RESPONSES: 'true' }].map(async (env) => {
      const sandbox = await testSandbox(env);
      const client = clientFor(sandbox);
      await client.getB2bToken();
      return { sandbox, client };
    }),
  );
}

describe('the SNAP lane', () => {
  it('when a signed top-up is valid, then both modes top up and answer 2003800', async () => {
    for (const { sandbox, client } of await bothModes()) {
      const before = Number((await sandbox.http.get('/admin/accounts/1140340010')).body.balance);
      const res = await client.post(TOP_UP, topUpBody('LANE-1'));
      expect(res.status).toBe(200);
      expect(res.body.responseCode).toBe('2003800');
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(JSON.stringify(res.body)));
      expect(res.headers.etag).toBeUndefined();
      const replay = await client.post(TOP_UP, topUpBody('LANE-1'));
      expect(replay.text).toBe(res.text);
      const after = Number((await sandbox.http.get('/admin/accounts/1140340010')).body.balance);
      expect(after - before).toBe(10000);
    }
  });

  it('when the body breaks the spec, then both modes answer the validator\'s error, naming the field', async () => {
    const cases: [unknown, number, string, string][] = [
      [{ customerNumber: '1140340010', amount: { value: '10000.00', currency: 'IDR' } }, 400, '4003802', 'Invalid Mandatory Field partnerReferenceNo'],
      [{ ...topUpBody('LANE-2'), amount: { value: 10000, currency: 'IDR' } }, 400, '4003801', 'Invalid Field Format amount.value'],
      [{ ...topUpBody('LANE-3'), amount: { value: '10000.00' } }, 400, '4003802', 'Invalid Mandatory Field amount.currency'],
    ];
    for (const { client } of await bothModes()) {
      for (const [body, status, code, message] of cases) {
        const res = await client.post(TOP_UP, body);
        expect({ status: res.status, code: res.body.responseCode, message: res.body.responseMessage }).toEqual({ status, code, message });
      }
    }
  });

  it('when a header breaks the spec or the content type is not JSON, then both modes refuse it alike', async () => {
    const answers = [];
    for (const { client } of await bothModes()) {
      const badTimestamp = await client.post(TOP_UP, topUpBody('LANE-4'), { 'X-TIMESTAMP': '1 December 2026' });
      const noPartner = await client.post(TOP_UP, topUpBody('LANE-5'), { 'X-PARTNER-ID': undefined });
      const text = await request(client.app).post(TOP_UP).set(client.headers(TOP_UP, topUpBody('LANE-6'))).set('Content-Type', 'text/plain').send(JSON.stringify(topUpBody('LANE-6')));
      answers.push([badTimestamp, noPartner, text].map((r) => `${r.status} ${r.body.responseCode} ${r.body.responseMessage}`));
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]![0]).toBe('400 4003801 Invalid Field Format X-TIMESTAMP');
    expect(answers[0]![1]).toBe('400 4003802 Invalid Mandatory Field X-PARTNER-ID');
    expect(answers[0]![2]).toMatch(/^415 4153800 /);
  });

  it('when the path has a query string or a trailing slash, then the general pipeline answers as it always did', async () => {
    for (const { client } of await bothModes()) {
      const query = await request(client.app).post(`${TOP_UP}?debug=1`).set(client.headers(TOP_UP, topUpBody('LANE-7'))).send(topUpBody('LANE-7'));
      expect(query.status).toBe(400);
      expect(query.body.responseCode).toBe('4003801');
      const slash = await request(client.app).post(`${TOP_UP}/`).set(client.headers(`${TOP_UP}/`, topUpBody('LANE-8'))).send(topUpBody('LANE-8'));
      expect(slash.body.responseCode).toBe('2003800');
      const get = await request(client.app).get(TOP_UP);
      expect(get.status).toBe(405);
    }
  });

  it('when the same bytes come with a Content-Length (read from the socket) or chunked (read by express.json()), then both answer alike', async () => {
    const valid = JSON.stringify(topUpBody('LANE-9'));
    const bodies = [valid, `\uFEFF${valid}`, `  \n${valid}\n`, '{"partnerReferenceNo":', '', '"just a string"', '[]', 'null', '{"a":1}{', `${'['.repeat(100)}${']'.repeat(100)}`];
    const { sandbox, client } = (await bothModes())[0]!;
    const server = sandbox.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const send = (body: string, chunked: boolean) =>
      new Promise<string>((resolve, reject) => {
        let signed: unknown;
        try {
          signed = JSON.parse(body.replace(/^\uFEFF/, ''));
        } catch {
          signed = {};
        }
        const headers = { ...client.headers(TOP_UP, signed), ...(chunked ? {} : { 'Content-Length': String(Buffer.byteLength(body)) }) };
        const req = httpRequest({ host: '127.0.0.1', port, path: TOP_UP, method: 'POST', headers }, (res) => {
          let text = '';
          res.on('data', (d: Buffer) => (text += d.toString()));
          res.on('end', () => {
            const json = JSON.parse(text) as { responseCode: string; responseMessage: string };
            resolve(`${res.statusCode} ${json.responseCode} ${json.responseMessage}`);
          });
        });
        req.on('error', reject);
        if (chunked) req.write(body);
        req.end(chunked ? undefined : body);
      });
    try {
      const answers: string[][] = [];
      for (const body of bodies) answers.push([await send(body, false), await send(body.replace('LANE-9', 'LANE-10'), true)]);
      for (const [plain, chunked] of answers) expect(plain).toBe(chunked);
      expect(answers.map(([plain]) => plain!.split(' ').slice(0, 2).join(' '))).toEqual([
        '200 2003800', // LANE-9 once; LANE-10 once, chunked
        '200 2003800', // the same again: idempotent replay of each
        '200 2003800',
        '400 4003800', // broken JSON
        '400 4003802', // empty body is {}: partnerReferenceNo missing
        '400 4003800', // strict JSON: only an object or an array
        '400 4003801',
        '400 4003800',
        '400 4003800',
        '400 4003800', // nested deeper than 64
      ]);
    } finally {
      server.close();
    }
  });
});
