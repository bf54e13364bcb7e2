import { createHash, createHmac, createSign } from 'node:crypto';

/**
 * How a partner signs SNAP requests to DOKU, written out for partners to read and copy.
 * Token calls:        base64(SHA256withRSA(privateKey, clientId + "|" + X-TIMESTAMP))
 * Transactional calls: base64(HMAC-SHA512(clientSecret,
 *                        METHOD + ":" + path + ":" + B2B token + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP))
 */
export function snapTimestamp(date: Date = new Date()): string {
  const wib = new Date(date.getTime() + 7 * 3600 * 1000);
  return wib.toISOString().replace(/\.\d{3}Z$/, '+07:00');
}

export function tokenSignature(privateKeyPem: string, clientId: string, timestamp: string): string {
  return createSign('RSA-SHA256').update(`${clientId}|${timestamp}`).sign(privateKeyPem, 'base64');
}

export function transactionSignature(args: {
  clientSecret: string;
  method: string;
  path: string;
  accessToken: string;
  body: unknown;
  timestamp: string;
}): string {
  const minified = args.body === undefined ? '' : JSON.stringify(args.body);
  const bodyHash = createHash('sha256').update(minified).digest('hex').toLowerCase();
  const stringToSign = `${args.method.toUpperCase()}:${args.path}:${args.accessToken}:${bodyHash}:${args.timestamp}`;
  return createHmac('sha512', args.clientSecret).update(stringToSign).digest('base64');
}

let externalCounter = 0;
/** A numeric X-EXTERNAL-ID, unique within this process (time + counter + random). */
export function externalId(): string {
  externalCounter = (externalCounter + 1) % 100000;
  return `${Date.now()}${String(externalCounter).padStart(5, '0')}${Math.floor(Math.random() * 1e6).toString().padStart(6, '0')}`;
}
