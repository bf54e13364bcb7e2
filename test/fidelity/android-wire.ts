import { createHash, createHmac, createPrivateKey, createSign, randomInt, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';

/**
 * How DOKU's Android Wallet SDK and its demo app put a request on the wire, transcribed rule by
 * rule from their source (read, not copied). Repositories under github.com/PTNUSASATUINTIARTHA-DOKU:
 *   core  = doku-wallet-android-core-sdk, CoreSDK/src/main/java/com/dokuwallet/coresdk/
 *   demo  = doku-wallet-android-sdk-demo, app/src/main/java/com/dokuwallet/walletdemo/
 *
 * 1. Headers, names and order: the @Header parameters of core data/network/api/WalletApiService.kt,
 *    in parameter order (Retrofit adds them so): token calls X-CLIENT-KEY, X-TIMESTAMP, X-SIGNATURE;
 *    others X-TIMESTAMP, X-PARTNER-ID, X-EXTERNAL-ID, X-SIGNATURE, Authorization
 *    [, Authorization-Customer]. Values from demo utils/CommonUtils.kt generateHeaderAuth /
 *    generateHeaderB2B / generateHeaderB2B2C ("Bearer $token").
 * 2. Then OkHttp's BridgeInterceptor (okhttp 4.9.2, core's shared_dependencies.gradle) appends
 *    Content-Type, Content-Length, Host, Connection: Keep-Alive, Accept-Encoding: gzip,
 *    User-Agent: okhttp/4.9.2. Content-Type is Retrofit converter-gson's
 *    "application/json; charset=UTF-8" (core di/CoreModule.kt: GsonConverterFactory.create()).
 * 3. OkHttp trims header values, so the demo's "Bearer " + empty token leaves as "Bearer".
 * 4. X-TIMESTAMP: core utils/CommonUtils.kt getCurrentTimestamp(2): yyyy-MM-dd'T'HH:mm:ssZZZZZ in
 *    GMT+7, i.e. 2024-03-26T16:01:41+07:00, no milliseconds.
 * 5. X-EXTERNAL-ID: demo utils/CommonUtils.kt: HHmmss of that timestamp + 5 random digits (11 digits).
 * 6. Body on the wire: Gson as Retrofit's converter builds it (`new Gson()`): keys in the Kotlin
 *    data class's declaration order (core data/network/parameter/walletparameter/*Req.kt), nulls
 *    dropped, no whitespace, HTML escaping ON (= & < > ' as \u003d \u0026 \u003c \u003e \u0027).
 * 7. Body in the signature: core utils/CommonUtils.kt stringToSign serialises the same object with
 *    GsonBuilder().disableHtmlEscaping() and trims it, so a "=" in a URL is "=" in the hash but
 *    "\u003d" on the wire. stringToSign = "POST:" + "/" + WalletEndPoint path (demo view models
 *    pass endpointUrl = "/${WalletEndPoint.x}", core utils/WalletEndPoint.kt) + ":" + B2B token +
 *    ":" + lowerhex(SHA-256(body)) + ":" + X-TIMESTAMP; X-SIGNATURE = base64 NO_WRAP of
 *    HMAC-SHA512(clientKey, stringToSign) (core hmacSha512). The B2B token is signed on B2B2C calls
 *    too (demo generateHeaderB2B2C).
 * 8. Token calls: X-SIGNATURE = base64 NO_WRAP SHA256withRSA over "clientId|X-TIMESTAMP" with a
 *    PKCS#8 key given as base64 DER (core sha256WithRSA, stringToSignToken).
 * 9. IDs: partnerReferenceNo = UUID without dashes (demo CommonUtils.getNewUUID).
 */
export const WALLET_END_POINT = {
  getTokenB2B: 'authorization/v1/access-token/b2b',
  getTokenB2B2C: 'authorization/v1/access-token/b2b2c',
  generateQr: 'snap-adapter/b2b/v1.0/qr/qr-mpm-generate',
  queryQr: 'snap-adapter/b2b/v1.0/qr/qr-mpm-query',
  accountCreation: 'snap-adapter/b2b/v1.0/registration-account-creation',
  verifyOtp: 'snap-adapter/b2b/v1.0/otp-verification',
  accountBinding: 'snap-adapter/b2b/v1.0/registration-account-binding',
  queryAccountBinding: 'snap-adapter/b2b/v1.0/registration-account-inquiry',
  bankInquiry: 'snap-adapter/b2b/v1.0/emoney/bank-account-inquiry',
  bankTransfer: 'snap-adapter/b2b2c/v1.0/emoney/transfer-bank',
  decodeQr: 'snap-adapter/b2b/v1.0/qr/qr-mpm-decode',
  paymentQr: 'snap-adapter/b2b2c/v1.0/qr/qr-mpm-payment',
} as const;
export type EndPoint = keyof typeof WALLET_END_POINT;

export const OKHTTP_USER_AGENT = 'okhttp/4.9.2';
export const GSON_CONTENT_TYPE = 'application/json; charset=UTF-8';

/** Rule 4. */
export function dokuTimestamp(epochMs: number): string {
  return new Date(epochMs + 7 * 3600_000).toISOString().replace(/\.\d{3}Z$/, '+07:00');
}

/** Rule 5. `random5` is the demo's generateRandomNumber(5). */
export function dokuExternalId(timestamp: string, random5: string = String(randomInt(0, 100_000)).padStart(5, '0')): string {
  return timestamp.substring(11, 19).replace(/:/g, '') + random5;
}

/** Rule 9. */
export const newUuid = (): string => randomUUID().replace(/-/g, '');

const HTML_ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '=': '\\u003d', "'": '\\u0027' };

/**
 * Rules 6 and 7: Gson's toJson of a request object built in declaration order. null/undefined
 * fields are dropped at every depth; Gson always escapes U+2028/U+2029 and, unless HTML escaping
 * is disabled, < > & = ' (these characters occur only inside JSON strings, so the text is safe to edit).
 */
export function gsonToJson(value: unknown, options: { htmlEscaping: boolean }): string {
  let text = JSON.stringify(value, (_key, v) => (v === null ? undefined : v)).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  if (options.htmlEscaping) text = text.replace(/[<>&=']/g, (c) => HTML_ESCAPES[c]!);
  return text;
}

export interface DemoConfig {
  clientId: string;
  /** The client secret (the demo calls it clientKey, WalletConfig.kt). */
  clientKey: string;
  /** base64 PKCS#8 DER, as the demo's WalletConfig.privateKey holds it. */
  privateKey: string;
  /** The authCode AES key (the demo's WalletConfig.secretKey). */
  secretKey: string;
  redirectUrl: string;
}

/** A PEM private key in the form the demo holds it: the base64 body only. */
export function demoPrivateKey(pem: string): string {
  return pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
}

export type WireHeaders = [string, string][];

/** Rule 8 + rule 1 (token calls). */
export function authHeaders(config: DemoConfig, timestamp: string): WireHeaders {
  const key = createPrivateKey({ key: Buffer.from(config.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  const signature = createSign('RSA-SHA256').update(`${config.clientId}|${timestamp}`, 'utf8').sign(key, 'base64');
  return [
    ['X-CLIENT-KEY', config.clientId],
    ['X-TIMESTAMP', timestamp],
    ['X-SIGNATURE', signature.trim()],
  ];
}

/** Rule 7. */
export function stringToSign(b2bToken: string, requestBody: unknown, endpointUrl: string, timestamp: string): string {
  const minified = gsonToJson(requestBody, { htmlEscaping: false }).trim();
  const bodySha256 = createHash('sha256').update(minified, 'utf8').digest('hex').toLowerCase();
  return `POST:${endpointUrl}:${b2bToken}:${bodySha256}:${timestamp}`;
}

/**
 * Rules 1, 5, 7: demo generateHeaderB2B, or generateHeaderB2B2C when a customer token is given
 * (even ""). endpointUrl is "/" + the WalletEndPoint path.
 */
export function snapHeaders(config: DemoConfig, tokens: { b2b: string; b2b2c?: string }, requestBody: unknown, endpointUrl: string, timestamp: string): WireHeaders {
  const signature = createHmac('sha512', Buffer.from(config.clientKey, 'utf8'))
    .update(stringToSign(tokens.b2b, requestBody, endpointUrl, timestamp), 'utf8')
    .digest('base64');
  const headers: WireHeaders = [
    ['X-TIMESTAMP', timestamp],
    ['X-PARTNER-ID', config.clientId],
    ['X-EXTERNAL-ID', dokuExternalId(timestamp)],
    ['X-SIGNATURE', signature],
    ['Authorization', `Bearer ${tokens.b2b}`],
  ];
  if (tokens.b2b2c !== undefined) headers.push(['Authorization-Customer', `Bearer ${tokens.b2b2c}`]);
  return headers;
}

/** Rules 2 and 3: what OkHttp does to the headers Retrofit built. */
export function okHttpBridge(headers: WireHeaders, body: Buffer, host: string): WireHeaders {
  return [
    ...headers.map(([name, value]): [string, string] => [name, value.trim()]),
    ['Content-Type', GSON_CONTENT_TYPE],
    ['Content-Length', String(body.length)],
    ['Host', host],
    ['Connection', 'Keep-Alive'],
    ['Accept-Encoding', 'gzip'],
    ['User-Agent', OKHTTP_USER_AGENT],
  ];
}

export interface WireReply {
  status: number;
  headers: Record<string, string>;
  body: Record<string, any>;
  text: string;
}

/** One POST with exactly these headers, in this order and case, and these body bytes (node:http, raw header array). */
export function sendOnWire(baseUrl: string, path: string, headers: WireHeaders, body: Buffer): Promise<WireReply> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, method: 'POST', path: url.pathname, setHost: false, headers: headers.flat() },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          // OkHttp asks for gzip and inflates transparently; so does this.
          const text = (res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
          let parsed: Record<string, any> = {};
          try {
            parsed = JSON.parse(text);
          } catch {
            /* not JSON: the assertion on status/body will say so */
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string>, body: parsed, text });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
