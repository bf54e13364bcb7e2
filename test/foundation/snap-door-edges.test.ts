import { beforeEach, describe, expect, it } from '@jest/globals';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { clientFor, testSandbox, type SnapClient, type TestSandbox } from '../helpers/harness.js';
import { expectSnapError } from './assert-snap.js';

/**
 * What the SNAP door answers for a request that is not quite a SNAP call (docs/fidelity.md,
 * "Requests at a SNAP path"): each is served or refused with the operation's service code, and
 * nothing is refused after money moved.
 */
const TOP_UP = '/snap-adapter/b2b/v1.0/emoney/topup'; // service 38
const WALLET = '1140340010';
let n = 0;
const topUpBody = () => ({ partnerReferenceNo: `EDGE-${Date.now()}-${++n}`, customerNumber: WALLET, amount: { value: '10000.00', currency: 'IDR' } });

describe('the SNAP door, at the edges', () => {
  let sb: TestSandbox;
  let c: SnapClient;
  const balance = async () => Number((await sb.http.get(`/admin/accounts/${WALLET}`)).body.balance);
  /** A top-up signed over `signedPath` and the exact bytes sent. */
  const send = (path: string, body: unknown, headers: Record<string, string> = {}, signedPath = path) =>
    request(sb.app).post(path).set({ ...c.headers(signedPath, body), ...headers }).send(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));

  beforeEach(async () => {
    sb = await testSandbox({ BODY_LIMIT_BYTES: '1024' });
    c = clientFor(sb);
    await c.getB2bToken();
  });

  it('when the path is in another letter case, then 404 4040000 (paths are case-sensitive) and the journal names the path meant', async () => {
    const before = await balance();
    const upper = TOP_UP.replace('topup', 'TopUp');
    expectSnapError(await send(upper, topUpBody()), '4040000', 'Not Found. No such endpoint');
    expect(await balance()).toBe(before);
    const entry = (await sb.http.get('/admin/journal')).body.entries.find((e: { path: string }) => e.path === upper);
    expect(entry.diagnostics.hint).toContain(TOP_UP);
  });

  it('when the path has two trailing slashes, then it is no SNAP path: 404 4040000', async () => {
    expectSnapError(await send(`${TOP_UP}//`, topUpBody()), '4040000', 'Not Found. No such endpoint');
  });

  it('when the path ends in a bare "?", then it is served, signed over the path as sent', async () => {
    // supertest drops a bare "?", so this one goes over node:http.
    const server = sb.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const rawPost = (signedPath: string) =>
      new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
        const body = topUpBody();
        const req = httpRequest({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, path: `${TOP_UP}?`, method: 'POST', headers: c.headers(signedPath, body) }, (res) => {
          let text = '';
          res.on('data', (d: Buffer) => (text += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown> }));
        });
        req.on('error', reject);
        req.end(JSON.stringify(body));
      });
    try {
      const before = await balance();
      expect((await rawPost(`${TOP_UP}?`)).body.responseCode).toBe('2003800');
      expectSnapError(await rawPost(TOP_UP), '4013800', 'Unauthorized. Invalid Signature');
      expect(await balance()).toBe(before + 10000);
    } finally {
      server.close();
    }
  });

  it('when the query has a parameter, then 400 4003801 names it (a[b]=1 is a)', async () => {
    expectSnapError(await send(`${TOP_UP}?a[b]=1&c=2`, topUpBody()), '4003801', 'Invalid Field Format a');
  });

  it('when the method is not the operation\'s, then 405 4053800 with Allow: POST', async () => {
    const res = await sb.http.delete(TOP_UP);
    expectSnapError(res, '4053800', 'Requested Function Is Not Supported');
    expect(res.headers.allow).toBe('POST');
  });

  it('when the body is gzip-compressed, then 415 4153800 and no money moves', async () => {
    const before = await balance();
    const body = topUpBody();
    const res = await request(sb.app).post(TOP_UP).set({ ...c.headers(TOP_UP, body), 'Content-Encoding': 'gzip' }).send(gzipSync(JSON.stringify(body)));
    expectSnapError(res, '4153800', 'Unsupported Media Type. Unsupported charset or encoding');
    expect(await balance()).toBe(before);
  });

  it.each(['utf-16', 'iso-8859-1'])('when the charset is %s, then 415 4153800', async (charset) => {
    expectSnapError(await send(TOP_UP, topUpBody(), { 'Content-Type': `application/json; charset=${charset}` }), '4153800', 'Unsupported Media Type. Unsupported charset or encoding');
  });

  it.each(['application/vnd.api+json', 'text/json', 'application/x-www-form-urlencoded'])('when the Content-Type is %s, then 415 4153800 asks for application/json', async (type) => {
    expectSnapError(await send(TOP_UP, topUpBody(), { 'Content-Type': type }), '4153800', 'Unsupported Media Type. Content-Type must be application/json');
  });

  it('when the Content-Type says UTF-8 in quotes and capitals with another parameter, then it is served', async () => {
    const res = await send(TOP_UP, topUpBody(), { 'Content-Type': 'Application/JSON; charset="UTF-8"; version=1' });
    expect(res.body.responseCode).toBe('2003800');
  });

  it('when a chunked body grows past BODY_LIMIT_BYTES, then 413 4133800', async () => {
    const big = { ...topUpBody(), additionalInfo: { pad: 'x'.repeat(2000) } };
    const req = request(sb.app).post(TOP_UP).set(c.headers(TOP_UP, big));
    req.write(JSON.stringify(big).slice(0, 900));
    req.write(JSON.stringify(big).slice(900));
    expectSnapError(await req, '4133800', 'Payload Too Large');
  });
});
