import { createHash, createHmac } from 'node:crypto';
import { externalId, snapTimestamp } from '../../src/client/signing.js';

/** The malformed requests: bodies × header sets × endpoints, each one wrong in some way. */
export interface Case {
  name: string;
  method: string;
  path: string;
  headers: Record<string, string | string[]>;
  body: string | Buffer;
}

export interface Credentials {
  clientId: string;
  clientSecret: string;
  b2bToken: string;
  customerToken: string;
}

export const PATHS = {
  topUp: '/snap-adapter/b2b/v1.0/emoney/topup',
  balance: '/snap-adapter/b2b2c/v1.0/balance-inquiry',
  tokenB2b: '/authorization/v1/access-token/b2b',
  tokenB2b2c: '/authorization/v1/access-token/b2b2c',
  accountCreation: '/snap-adapter/b2b/v1.0/registration-account-creation',
  purchase: '/snap-adapter/b2b2c/v1.0/debit/payment-host-to-host',
  adminPartners: '/admin/partners',
  unknown: '/snap-adapter/b2b/v1.0/no-such-thing',
  createVa: '/virtual-accounts/bi-snap-va/v1.1/transfer-va/create-va',
  updateVa: '/virtual-accounts/bi-snap-va/v1.1/transfer-va/update-va',
  deleteVa: '/virtual-accounts/bi-snap-va/v1.1/transfer-va/delete-va',
  vaStatus: '/orders/v1.0/transfer-va/status',
  adminVaPay: '/admin/virtual-accounts/8889900000000001/pay',
  ddBinding: '/direct-debit/core/v1/registration-account-binding',
  ddUnbinding: '/direct-debit/core/v1/registration-account-unbinding',
  ddCard: '/direct-debit/core/v1/registration-card-bind',
  ddCardUnbind: '/direct-debit/core/v1/registration-card-unbind',
  ddPayment: '/direct-debit/core/v1/debit/payment-host-to-host',
  ddBalance: '/direct-debit/core/v1/balance-inquiry',
  ddRefund: '/direct-debit/core/v1/debit/refund',
  ddStatus: '/orders/v1.0/debit/status',
};

/** Each path's own method where it is not POST: the sweep signs and sends with it. */
export const METHOD_OF: Record<string, string> = {
  [PATHS.updateVa]: 'PUT',
  [PATHS.deleteVa]: 'DELETE',
};

const deep = (open: string, inner: string, close: string, n: number) => open.repeat(n) + inner + close.repeat(n);
const topUp = (over: Record<string, unknown>) => JSON.stringify({ partnerReferenceNo: 'MAL-1', customerNumber: '1140340010', amount: { value: '10000.00', currency: 'IDR' }, ...over });

/** Bodies that are not valid requests for any endpoint: broken, mistyped, huge, deep, odd unicode. */
export const BODIES: [string, string | Buffer][] = [
  // broken JSON
  ['empty', ''],
  ['space', '   '],
  ['open brace', '{'],
  ['close brace', '}'],
  ['open bracket', '['],
  ['truncated', '{"partnerReferenceNo":'],
  ['trailing comma', '{"a":1,}'],
  ['single quotes', "{'a':1}"],
  ['two objects', '{"a":1}{"b":2}'],
  ['missing colon', '{"a" 1}'],
  ['bare word', 'nul'],
  ['leading zero', '{"a":01}'],
  ['bad escape', '{"a":"\\x41"}'],
  ['unterminated string', '{"a":"abc}'],
  ['NaN', '{"amount":{"value":NaN}}'],
  ['Infinity', '{"a":Infinity}'],
  ['comment', '/* c */ {}'],
  ['raw control char', '{"a":"\u0001"}'],
  ['trailing garbage', '{"a":1}garbage'],
  ['BOM then JSON', '\uFEFF{"grantType":"client_credentials"}'],
  ['form encoded', 'grantType=client_credentials&a=1'],
  ['xml', '<?xml version="1.0"?><a>1</a>'],
  // valid JSON, wrong shape
  ['null', 'null'],
  ['true', 'true'],
  ['number', '1'],
  ['string', '"x"'],
  ['array', '[]'],
  ['array of object', '[{}]'],
  ['empty object', '{}'],
  ['amount as number', topUp({ amount: 10000 })],
  ['amount as string', topUp({ amount: '10000.00' })],
  ['amount null', topUp({ amount: null })],
  ['amount array', topUp({ amount: [] })],
  ['value as number', topUp({ amount: { value: 10000, currency: 'IDR' } })],
  ['value boolean', topUp({ amount: { value: true, currency: 'IDR' } })],
  ['currency number', topUp({ amount: { value: '10000.00', currency: 1 } })],
  ['currency USD', topUp({ amount: { value: '10000.00', currency: 'USD' } })],
  ['partnerReferenceNo number', topUp({ partnerReferenceNo: 123 })],
  ['partnerReferenceNo array', topUp({ partnerReferenceNo: ['a'] })],
  ['partnerReferenceNo null', topUp({ partnerReferenceNo: null })],
  ['partnerReferenceNo object', topUp({ partnerReferenceNo: {} })],
  ['customerNumber number', topUp({ customerNumber: 1140340010 })],
  ['additionalInfo string', topUp({ additionalInfo: 'x' })],
  ['additionalInfo array', topUp({ additionalInfo: [] })],
  ['duplicate keys', '{"amount":1,"amount":{"value":"1.00","currency":"IDR"},"partnerReferenceNo":"D","partnerReferenceNo":2}'],
  // huge and odd numbers
  ['value 26 digits', topUp({ amount: { value: '99999999999999999999999999.00', currency: 'IDR' } })],
  ['value 400 digits', topUp({ amount: { value: `${'9'.repeat(400)}.00`, currency: 'IDR' } })],
  ['value 1e308', topUp({ amount: { value: '1e308', currency: 'IDR' } })],
  ['number 1e400', '{"amount":{"value":1e400,"currency":"IDR"}}'],
  ['value negative', topUp({ amount: { value: '-10000.00', currency: 'IDR' } })],
  ['value zero', topUp({ amount: { value: '0.00', currency: 'IDR' } })],
  ['value three decimals', topUp({ amount: { value: '10000.001', currency: 'IDR' } })],
  ['value arabic digits', topUp({ amount: { value: '١٠٠٠٠.٠٠', currency: 'IDR' } })],
  ['value with comma', topUp({ amount: { value: '10,000.00', currency: 'IDR' } })],
  ['value padded', topUp({ amount: { value: ' 10000.00', currency: 'IDR' } })],
  ['value 2^53+1 minor', topUp({ amount: { value: '90071992547409.93', currency: 'IDR' } })],
  ['partnerReferenceNo 65 chars', topUp({ partnerReferenceNo: 'x'.repeat(65) })],
  ['partnerReferenceNo 20k chars', topUp({ partnerReferenceNo: 'x'.repeat(20_000) })],
  ['long key', `{"${'k'.repeat(30_000)}":1}`],
  ['many keys', JSON.stringify(Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`k${i}`, i])))],
  // deep nesting
  ['deep arrays', deep('[', '', ']', 30_000)],
  ['deep objects', deep('{"a":', '1', '}', 10_000)],
  ['deep additionalInfo', topUp({}).replace(/}$/, `,"additionalInfo":${deep('{"a":', '1', '}', 8_000)}}`)],
  ['deep array in additionalInfo', topUp({}).replace(/}$/, `,"additionalInfo":{"x":${deep('[', '1', ']', 20_000)}}}`)],
  // unicode
  ['emoji reference', topUp({ partnerReferenceNo: '😀'.repeat(10) })],
  ['NUL in string', topUp({ partnerReferenceNo: 'a\u0000b' })],
  ['lone surrogate', '{"partnerReferenceNo":"\\ud800","amount":{"value":"10000.00","currency":"IDR"}}'],
  ['RTL override', topUp({ customerNumber: '\u202e0100430411' })],
  ['zero width', topUp({ customerNumber: '1140\u200b340010' })],
  ['unicode keys', '{"ämount":{"välue":"1"},"παρ":1}'],
  ['invalid utf-8', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc0, 0xaf, 0x22, 0x7d])],
  ['utf-16 bytes', Buffer.from('{"a":1}', 'utf16le')],
  ['__proto__', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"amount":{"value":"1.00","currency":"IDR"}}'],
];

function hmacSign(c: Credentials, path: string, body: string | Buffer, timestamp: string, method: string): string {
  const raw = Buffer.isBuffer(body) ? body : Buffer.from(body);
  const hash = createHash('sha256').update(raw.toString('utf8').trim()).digest('hex');
  return createHmac('sha512', c.clientSecret).update(`${method}:${path}:${c.b2bToken}:${hash}:${timestamp}`).digest('base64');
}

/** Header sets: from nothing at all to a correct signature over the malformed body. */
export function headerSets(c: Credentials, path: string, body: string | Buffer, method = 'POST'): [string, Record<string, string | string[]>][] {
  const timestamp = snapTimestamp();
  const signed = {
    'Content-Type': 'application/json',
    Authorization: `Bearer ${c.b2bToken}`,
    'Authorization-Customer': `Bearer ${c.customerToken}`,
    'X-PARTNER-ID': c.clientId,
    'X-EXTERNAL-ID': externalId(),
    'X-TIMESTAMP': timestamp,
    'X-SIGNATURE': hmacSign(c, path, body, timestamp, method),
  };
  return [
    ['json only', { 'Content-Type': 'application/json' }],
    ['no content type', {}],
    ['correctly signed', signed],
    ['signed, repeated external id', { ...signed, 'X-EXTERNAL-ID': 'MALFORMED-REUSED-1' }],
    ['garbage SNAP headers', { 'Content-Type': 'application/json', Authorization: 'Bearer x', 'X-TIMESTAMP': 'yesterday', 'X-SIGNATURE': '!!!', 'X-PARTNER-ID': '', 'X-EXTERNAL-ID': 'x'.repeat(100), 'X-CLIENT-KEY': '' }],
    ['alg none JWT', { ...signed, Authorization: 'Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJqdGkiOiJ4IiwiY2xpZW50SWQiOiJCUk4tMDAwMS0xNzMyNTAwMDAwMDAxIn0.' }],
    ['huge bearer', { ...signed, Authorization: `Bearer ${'a'.repeat(7000)}` }],
    ['text/plain', { ...signed, 'Content-Type': 'text/plain' }],
    ['form content type', { ...signed, 'Content-Type': 'application/x-www-form-urlencoded' }],
    ['multipart', { ...signed, 'Content-Type': 'multipart/form-data; boundary=xyz' }],
    ['utf-16 charset', { ...signed, 'Content-Type': 'application/json; charset=utf-16' }],
    ['latin1 charset', { ...signed, 'Content-Type': 'application/json; charset=latin1' }],
    ['bogus charset', { ...signed, 'Content-Type': 'application/json; charset=klingon' }],
    ['gzip claimed', { ...signed, 'Content-Encoding': 'gzip' }],
    ['unknown encoding', { ...signed, 'Content-Encoding': 'br, zstd, x-magic' }],
    ['timestamp month 13', { ...signed, 'X-TIMESTAMP': '2024-13-45T99:99:99+07:00' }],
    ['timestamp epoch', { ...signed, 'X-TIMESTAMP': String(Date.now()) }],
    ['timestamp far future', { ...signed, 'X-TIMESTAMP': '9999-12-31T23:59:59+07:00' }],
    ['repeated signature', { ...signed, 'X-SIGNATURE': [signed['X-SIGNATURE'], 'AAAA'] }],
    ['repeated external id', { ...signed, 'X-EXTERNAL-ID': [externalId(), externalId()] }],
    ['repeated timestamp', { ...signed, 'X-TIMESTAMP': [timestamp, timestamp] }],
    ['unicode external id', { ...signed, 'X-EXTERNAL-ID': encodeURIComponent('😀ünï') }],
  ];
}
