import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { seededRandom, type Random } from '../../src/scenarios/prng.js';
import { crc16 } from '../../src/snap/qris/emv.js';
import { readQris, writeQris, type QrisContent, type TipRule } from '../../src/snap/qris/qris-payload.js';
import { SnapError } from '../../src/errors/snap-error.js';
import { signedIn, SnapClient, type TestSandbox } from '../helpers/harness.js';
import { RICH } from '../helpers/personas.js';
import { DECODE, generate, idr, ledgerFingerprint, pay } from '../helpers/qris.js';

const pick = <T>(rand: Random, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const int = (rand: Random, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
const text = (rand: Random, alphabet: string, min: number, max: number) => Array.from({ length: int(rand, min, max) }, () => pick(rand, [...alphabet])).join('');
const PRINTABLE = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~';
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function randomTip(rand: Random): TipRule {
  const kind = pick(rand, ['none', 'prompt', 'fixed', 'percent'] as const);
  if (kind === 'fixed') return { kind, feeMinor: int(rand, 1, 5_000_000) };
  if (kind === 'percent') return { kind, hundredths: int(rand, 0, 10_000) };
  return { kind };
}

function randomContent(rand: Random): QrisContent {
  const dynamic = rand() < 0.6;
  return {
    dynamic,
    accounts: [{ tag: String(int(rand, 26, 50)), globalId: `ID.CO.${text(rand, ALNUM, 2, 10)}.WWW`, pan: text(rand, '0123456789', 16, 19), merchantId: text(rand, ALNUM, 1, 15), criteria: pick(rand, ['UMI', 'UKE', 'UME', 'UBE']) }],
    nmid: rand() < 0.8 ? `ID${text(rand, '0123456789', 13, 13)}` : undefined,
    mcc: text(rand, '0123456789', 4, 4),
    amountMinor: dynamic || rand() < 0.2 ? int(rand, 1, 99_999_999_99) : undefined,
    tip: randomTip(rand),
    merchantName: text(rand, PRINTABLE, 1, 25),
    merchantCity: text(rand, PRINTABLE, 1, 15),
    postalCode: rand() < 0.7 ? text(rand, ALNUM, 1, 10) : undefined,
    billNumber: rand() < 0.3 ? text(rand, ALNUM, 1, 20) : undefined,
    reference: rand() < 0.8 ? text(rand, ALNUM, 1, 25) : undefined,
    terminal: rand() < 0.8 ? text(rand, ALNUM, 1, 16) : undefined,
  };
}

/** A payload with a new CRC, so only the change made to it is wrong. */
const resigned = (fieldsWithoutCrc: string) => `${fieldsWithoutCrc}6304${crc16(`${fieldsWithoutCrc}6304`)}`;
const body = (payload: string) => payload.slice(0, -8);

/** Top-level fields as [start of the tag, value length]. */
function fieldStarts(payload: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = 0; at < payload.length - 8; ) {
    const length = Number(payload.slice(at + 2, at + 4));
    out.push([at, length]);
    at += 4 + length;
  }
  return out;
}

type Corruption = { kind: string; payload: string };

function corrupt(rand: Random, payload: string): Corruption {
  const kind = pick(rand, ['crc', 'length', 'truncation', 'amount'] as const);
  if (kind === 'crc') {
    const i = payload.length - 1 - int(rand, 0, 3);
    const was = parseInt(payload[i]!, 16);
    const now = ((was + int(rand, 1, 15)) % 16).toString(16).toUpperCase();
    return { kind, payload: payload.slice(0, i) + now + payload.slice(i + 1) };
  }
  if (kind === 'length') {
    // Re-signed, a wrong length is only detectable when it breaks the structure (a shorter or
    // longer field can land on another valid parse, as it would for any EMV reader): so either
    // a field is made to run past the end and the CRC fixed, or any length is changed as a
    // damaged print would change it, leaving the CRC as printed.
    const fields = body(payload);
    const overrunnable = fieldStarts(payload).filter(([at]) => payload.length - at - 4 < 99);
    if (overrunnable.length > 0 && rand() < 0.5) {
      const [at] = pick(rand, overrunnable);
      const wrong = int(rand, payload.length - at - 3, 99);
      return { kind, payload: resigned(fields.slice(0, at + 2) + String(wrong).padStart(2, '0') + fields.slice(at + 4)) };
    }
    const [at, length] = pick(rand, fieldStarts(payload));
    const wrong = pick(rand, [...Array(100).keys()].filter((n) => n !== length));
    return { kind, payload: payload.slice(0, at + 2) + String(wrong).padStart(2, '0') + payload.slice(at + 4) };
  }
  if (kind === 'truncation') return { kind, payload: payload.slice(0, int(rand, 1, payload.length - 1)) };
  const fields = body(payload);
  const [at, length] = fieldStarts(payload).find(([start]) => fields.slice(start, start + 2) === '54')!;
  const digit = at + 4 + int(rand, 0, length - 1);
  return { kind, payload: resigned(fields.slice(0, digit) + pick(rand, [...'AZx-, ']) + fields.slice(digit + 1)) };
}

describe('QRIS payloads, property-tested', () => {
  it('when 500 random QRIS contents are written, then reading each gives back exactly what was written (CRC, lengths and templates round-trip)', () => {
    const rand = seededRandom('qris-roundtrip');
    for (let i = 0; i < 500; i++) {
      const content = randomContent(rand);
      const payload = writeQris(content);
      expect(payload.slice(-8, -4)).toBe('6304');
      const read = readQris(payload, 'qrContent');
      expect(read).toEqual({ ...content, nmid: content.nmid, accounts: content.accounts });
    }
  });

  it('when 1,000 random corruptions are read, then each is a SnapError 400 naming qrContent, never another error', () => {
    const rand = seededRandom('qris-corruptions');
    const kinds = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const payload = writeQris({ ...randomContent(rand), dynamic: true, amountMinor: int(rand, 1, 99_999_999_99) });
      const bad = corrupt(rand, payload);
      kinds.add(bad.kind);
      let thrown: unknown;
      try {
        readQris(bad.payload, 'qrContent');
      } catch (error) {
        thrown = error;
      }
      if (!(thrown instanceof SnapError)) throw new Error(`not refused: ${bad.kind} ${bad.payload} from ${payload}`);
      expect({ kind: bad.kind, status: (thrown as SnapError).status, names: (thrown as SnapError).message.includes('qrContent') }).toEqual({ kind: bad.kind, status: 400, names: true });
    }
    expect([...kinds].sort()).toEqual(['amount', 'crc', 'length', 'truncation']);
  });
});

describe('QRIS over HTTP, property-tested', () => {
  let sb: TestSandbox;
  let client: SnapClient;
  beforeAll(async () => {
    ({ sb, client } = await signedIn({ customer: RICH }));
  });

  it('when 12 partners with random merchant fields generate random QRs, then Decode reads back each merchant, amount, fee and terminal', async () => {
    const rand = seededRandom('qris-http-roundtrip');
    const publicKey = readFileSync(new URL('../../fixtures/keys/partner-default.TEST-ONLY.public.pem', import.meta.url), 'utf8');
    for (let i = 0; i < 12; i++) {
      const merchant = {
        clientId: `BRN-QRIS-${i}`,
        clientSecret: `SK-QRIS-PROPERTY-${i}`,
        publicKey,
        merchantId: `M-${text(rand, ALNUM, 1, 12)}`,
        terminals: [text(rand, ALNUM, 1, 16), text(rand, ALNUM, 1, 16)],
        merchantName: text(rand, PRINTABLE, 1, 25),
        merchantCity: text(rand, PRINTABLE, 1, 15),
        merchantPostalCode: text(rand, ALNUM, 1, 10),
        mcc: text(rand, '0123456789', 4, 4),
      };
      expect((await sb.http.post('/admin/partners').send(merchant)).status).toBe(201);
      const asMerchant = new SnapClient(sb.app, { clientId: merchant.clientId, clientSecret: merchant.clientSecret, privateKeyPem: sb.partner.privateKeyPem }, () => sb.clock.now());
      await asMerchant.getB2bToken();
      const amount = rand() < 0.7 ? `${int(rand, 1, 9_999_999)}.${String(int(rand, 0, 99)).padStart(2, '0')}` : undefined;
      const feeType = pick(rand, ['1', '2', '3']);
      const fee = feeType === '2' ? `${int(rand, 1, 50_000)}.00` : undefined;
      const terminalId = pick(rand, merchant.terminals);
      const res = await asMerchant.post('/snap-adapter/b2b/v1.0/qr/qr-mpm-generate', {
        partnerReferenceNo: `QR-P-${i}`,
        merchantId: merchant.merchantId,
        terminalId,
        ...(amount ? { amount: idr(amount) } : {}),
        ...(fee ? { feeAmount: idr(fee) } : {}),
        additionalInfo: { feeType },
      });
      expect(res.body.responseCode).toBe('2004700');

      const decoded = await client.post(DECODE, { partnerReferenceNo: `DEC-P-${i}`, qrContent: res.body.qrContent, scanTime: '2024-11-25T10:00:00+07:00' });
      expect(decoded.body).toMatchObject({
        responseCode: '2004800',
        referenceNo: res.body.referenceNo,
        merchantName: merchant.merchantName,
        merchantCategory: merchant.mcc,
        merchantLocation: merchant.merchantCity,
        feeAmount: { value: fee ? Number(fee) : 0 },
        additionalInfo: { pointOfInitiationMethod: amount ? '12' : '11', feeType, terminalId, postalCode: merchant.merchantPostalCode, merchantId: merchant.merchantId },
      });
      if (amount) expect(decoded.body.transactionAmount).toEqual({ value: Number(amount), currency: 'IDR' });
      else expect(decoded.body.transactionAmount).toBeUndefined();
    }
  });

  it('when 120 corrupted payloads of a real QR are decoded and paid, then every answer is a 4xx SNAP code of the endpoint, nothing is 5xx, and no money or state moves', async () => {
    const rand = seededRandom('qris-http-corruptions');
    const qr = await generate(client, 'QR-P-CORRUPT', { amount: idr('10000.00') });
    const before = ledgerFingerprint(sb);
    const seen = new Set<string>();
    for (let i = 0; i < 120; i++) {
      const bad = corrupt(rand, qr.qrContent);
      const decoded = await client.post(DECODE, { partnerReferenceNo: `DEC-C-${i}`, qrContent: bad.payload, scanTime: '2024-11-25T10:00:00+07:00' });
      const paid = await pay(client, `PAY-C-${i}`, bad.payload, '10000.00');
      for (const [res, service] of [[decoded, '48'], [paid, '50']] as const) {
        expect({ kind: bad.kind, status: res.status >= 400 && res.status < 500, code: res.body.responseCode?.slice(3, 5), http: res.body.responseCode?.slice(0, 3) }).toEqual({ kind: bad.kind, status: true, code: service, http: String(res.status) });
        seen.add(`${res.body.responseCode}`);
      }
    }
    expect(ledgerFingerprint(sb)).toBe(before);
    // The problems are told apart: broken structure, bad CRC or values, missing tags.
    expect([...seen].filter((c) => c.endsWith('00') || c.endsWith('01') || c.endsWith('02')).length).toBeGreaterThanOrEqual(4);
    const ok = await pay(client, 'PAY-C-REAL', qr.qrContent, '10000.00');
    expect(ok.body.responseCode).toBe('2005000');
  });
});
