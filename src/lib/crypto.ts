import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createPublicKey,
  createSign,
  hash,
  createVerify,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';

export function sha256Hex(data: string | Buffer): string {
  return hash('sha256', data, 'hex');
}

export function hmacSha512Base64(secret: string, data: string): string {
  return createHmac('sha512', secret).update(data).digest('base64');
}

/** Constant-time string comparison; unequal lengths are compared against themselves to keep timing flat. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  if (left.length !== right.length) {
    timingSafeEqual(left, left);
    return false;
  }
  return timingSafeEqual(left, right);
}

export function rsaSignBase64(privateKey: KeyObject | string, data: string): string {
  return createSign('RSA-SHA256').update(data).sign(privateKey, 'base64');
}

export function rsaVerifyBase64(publicKey: KeyObject, data: string, signature: string): boolean {
  try {
    return createVerify('RSA-SHA256').update(data).verify(publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** Parses a PEM public key; undefined when it is not one. */
export function parsePublicKey(pem: string): KeyObject | undefined {
  try {
    const key = createPublicKey(pem);
    return key.asymmetricKeyType === 'rsa' ? key : undefined;
  } catch {
    return undefined;
  }
}

function aesEcbCipher(key: string): string {
  const bytes = Buffer.byteLength(key);
  if (bytes !== 16 && bytes !== 24 && bytes !== 32) {
    throw new Error(`AES key must be 16, 24 or 32 bytes, got ${bytes}`);
  }
  return `aes-${bytes * 8}-ecb`;
}

/** AES/ECB/PKCS5, base64: how DOKU's demo apps expect the authCode of Query Account Binding. */
export function aesEcbEncryptBase64(key: string, plaintext: string): string {
  const cipher = createCipheriv(aesEcbCipher(key), Buffer.from(key), null);
  return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}

export function aesEcbDecryptBase64(key: string, ciphertext: string): string {
  const decipher = createDecipheriv(aesEcbCipher(key), Buffer.from(key), null);
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8');
}

/** PINs are stored only as a salted hash; the sandbox never needs them back. */
export function hashPin(accountId: string, pin: string): string {
  return sha256Hex(`doku-snap-sandbox:${accountId}:${pin}`);
}
