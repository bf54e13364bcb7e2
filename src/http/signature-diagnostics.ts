import { hmacSha512Base64, safeEqual, sha256Hex } from '../lib/crypto.js';

/**
 * DOKU only answers "Invalid Signature". The sandbox also works out, where it can, which part of
 * the partner's stringToSign differs, by re-signing with the usual mistakes and seeing which one
 * matches. The findings go to the request journal, never to the response.
 */
export interface SymmetricParts {
  method: string;
  path: string;
  accessToken: string;
  rawBody: string;
  timestamp: string;
  clientSecret: string;
  customerToken?: string;
}

export function minifiedBodyHash(rawBody: string): string {
  const trimmed = rawBody.trim();
  if (trimmed === '') return sha256Hex('');
  try {
    return sha256Hex(JSON.stringify(JSON.parse(trimmed)));
  } catch {
    return sha256Hex(trimmed);
  }
}

export function stringToSign(p: { method: string; path: string; accessToken: string; bodyHash: string; timestamp: string }): string {
  return `${p.method}:${p.path}:${p.accessToken}:${p.bodyHash}:${p.timestamp}`;
}

/**
 * A correct signature hashes the body as sent (trimmed) or its minified form. Most partners send
 * minified JSON, where the two are the same, so the raw form is tried first and the minified one
 * (a JSON parse and stringify) only when that fails.
 */
export function symmetricSignatureMatches(p: SymmetricParts, signature: string): boolean {
  const matches = (bodyHash: string) => safeEqual(hmacSha512Base64(p.clientSecret, stringToSign({ ...p, bodyHash })), signature);
  const raw = sha256Hex(p.rawBody.trim());
  if (matches(raw)) return true;
  const minified = minifiedBodyHash(p.rawBody);
  return minified !== raw && matches(minified);
}

interface Variant {
  component: 'method' | 'path' | 'token' | 'body' | 'encoding';
  hint: string;
  parts: { method: string; path: string; accessToken: string; bodyHash: string; timestamp: string };
}

function variants(p: SymmetricParts): Variant[] {
  const bodyHash = minifiedBodyHash(p.rawBody);
  const base = { method: p.method, path: p.path, accessToken: p.accessToken, bodyHash, timestamp: p.timestamp };
  const pathOnly = p.path.split('?')[0] ?? p.path;
  const out: Variant[] = [
    { component: 'method', hint: 'the HTTP method must be upper case (POST)', parts: { ...base, method: p.method.toLowerCase() } },
    { component: 'path', hint: 'sign the path without its query string', parts: { ...base, path: pathOnly } },
    { component: 'path', hint: 'sign the path without a trailing slash', parts: { ...base, path: pathOnly.replace(/\/+$/, '') } },
    { component: 'path', hint: 'sign the path with its trailing slash, as requested', parts: { ...base, path: `${pathOnly}/` } },
    { component: 'path', hint: 'the path starts at /snap-adapter/…; the signature left that prefix out', parts: { ...base, path: pathOnly.replace(/^\/snap-adapter/, '') } },
    { component: 'path', hint: 'sign the path only, not the full URL with scheme and host', parts: { ...base, path: `https://api-sandbox.doku.com${pathOnly}` } },
    { component: 'token', hint: 'sign with the raw B2B token, without the "Bearer " prefix', parts: { ...base, accessToken: `Bearer ${p.accessToken}` } },
    { component: 'body', hint: 'the body hash is over the minified JSON body; the signature used the hash of an empty body', parts: { ...base, bodyHash: sha256Hex('') } },
    { component: 'body', hint: 'the body hash is over the body actually sent; the signature used the hash of "{}"', parts: { ...base, bodyHash: sha256Hex('{}') } },
    { component: 'body', hint: 'the body hash must be lower-case hex', parts: { ...base, bodyHash: bodyHash.toUpperCase() } },
    { component: 'body', hint: 'the body hash is hex, not base64', parts: { ...base, bodyHash: Buffer.from(bodyHash, 'hex').toString('base64') } },
    { component: 'body', hint: 'hash the body exactly as sent (or minified), not with its surrounding whitespace', parts: { ...base, bodyHash: sha256Hex(p.rawBody) } },
  ];
  if (p.customerToken) {
    out.push({ component: 'token', hint: 'sign with the B2B token (Authorization), not the customer token, even on B2B2C calls', parts: { ...base, accessToken: p.customerToken } });
  }
  return out;
}

export interface SymmetricDiagnosis {
  expectedStringToSign: string;
  bodyHash: string;
  bodyHashOfRawBody: string;
  differs?: string;
  hint: string;
}

export function diagnoseSymmetric(p: SymmetricParts, signature: string): SymmetricDiagnosis {
  const bodyHash = minifiedBodyHash(p.rawBody);
  const expectedStringToSign = stringToSign({ ...p, bodyHash });
  const diagnosis: SymmetricDiagnosis = {
    expectedStringToSign,
    bodyHash,
    bodyHashOfRawBody: sha256Hex(p.rawBody.trim()),
    hint: 'no usual mistake matches: check the client secret, the X-TIMESTAMP value signed (it must be byte-for-byte the header) and the body bytes',
  };
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(signature)) {
    return { ...diagnosis, differs: 'encoding', hint: 'X-SIGNATURE must be standard base64 (A-Z a-z 0-9 + / =)' };
  }
  for (const v of variants(p)) {
    if (safeEqual(hmacSha512Base64(p.clientSecret, stringToSign(v.parts)), signature)) {
      return { ...diagnosis, differs: v.component, hint: v.hint };
    }
  }
  return diagnosis;
}
