import { hmacSha512Base64, sha256Hex } from '../lib/crypto.js';

/**
 * DOKU signs notifications like a transactional request to the partner (reference §2.3.3):
 * base64(HMAC-SHA512(clientSecret, "POST:" + path of the notification URL + ":" + the bearer token
 * in Authorization + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)).
 * The path includes the query string, if the URL has one.
 */
export function notificationStringToSign(url: string, accessToken: string, minifiedBody: string, timestamp: string): string {
  const { pathname, search } = new URL(url);
  return `POST:${pathname}${search}:${accessToken}:${sha256Hex(minifiedBody).toLowerCase()}:${timestamp}`;
}

export function signNotification(clientSecret: string, url: string, accessToken: string, minifiedBody: string, timestamp: string): string {
  return hmacSha512Base64(clientSecret, notificationStringToSign(url, accessToken, minifiedBody, timestamp));
}
