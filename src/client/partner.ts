import { externalId, snapTimestamp, tokenSignature, transactionSignature } from './signing.js';

/**
 * A small partner-side SNAP client over fetch: it signs every call as a DOKU partner must (RSA on the
 * token endpoints, HMAC-SHA512 on the rest) and sends a fresh X-EXTERNAL-ID and X-TIMESTAMP. It
 * never throws on a SNAP error reply: read `status` and `body.responseCode`.
 */
export interface PartnerCredentials {
  clientId: string;
  clientSecret: string;
  /** The partner's RSA private key (PEM), used for the token endpoints. */
  privateKeyPem: string;
}

export interface PartnerClientOptions extends PartnerCredentials {
  /** e.g. http://localhost:8080 */
  baseUrl: string;
  /** The clock X-TIMESTAMP is taken from; in-process this is the sandbox's own (movable) clock. */
  now?: () => number;
  /** Per-request timeout; default 30 s. */
  timeoutMs?: number;
}

/** Every SNAP reply: the envelope plus the endpoint's own fields. */
export interface SnapBody {
  responseCode: string;
  responseMessage: string;
  [field: string]: unknown;
}

export interface SnapReply<T extends object = Record<string, unknown>> {
  /** true for a 2xx answer */
  ok: boolean;
  status: number;
  body: SnapBody & Partial<T>;
  headers: Headers;
}

export interface PostOptions {
  /** Extra or replacement headers; a value of undefined removes that header (to test the guard). */
  headers?: Record<string, string | undefined>;
  /** Authorization-Customer token; default the last one from getCustomerToken(); null sends none. */
  customerToken?: string | null;
}

export class SnapRequestError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${path} answered ${status}: ${JSON.stringify(body)}`);
    this.name = 'SnapRequestError';
  }
}

export const TOKEN_B2B_PATH = '/authorization/v1/access-token/b2b';
export const TOKEN_B2B2C_PATH = '/authorization/v1/access-token/b2b2c';

export class PartnerClient {
  /** The last B2B token obtained; every transactional call carries and signs it. */
  b2bToken: string | undefined;
  /** The last customer (B2B2C) token obtained; sent as Authorization-Customer. */
  customerToken: string | undefined;
  readonly baseUrl: string;
  readonly clientId: string;
  private readonly options: PartnerClientOptions;

  constructor(options: PartnerClientOptions) {
    this.options = options;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.clientId = options.clientId;
  }

  timestamp(): string {
    return snapTimestamp(new Date((this.options.now ?? Date.now)()));
  }

  /** POST to a token endpoint, signed SHA256withRSA over clientId|X-TIMESTAMP. */
  async tokenPost<T extends object = Record<string, unknown>>(path: string, body: unknown, headers: Record<string, string | undefined> = {}): Promise<SnapReply<T>> {
    const timestamp = headers['X-TIMESTAMP'] ?? this.timestamp();
    return this.send<T>(path, body, {
      'Content-Type': 'application/json',
      'X-CLIENT-KEY': this.clientId,
      'X-TIMESTAMP': timestamp,
      'X-SIGNATURE': tokenSignature(this.options.privateKeyPem, this.clientId, timestamp),
      ...headers,
    });
  }

  /** Token B2B (client_credentials); keeps the token for later calls and returns it. */
  async getB2bToken(): Promise<string> {
    const reply = await this.tokenPost<{ accessToken: string }>(TOKEN_B2B_PATH, { grantType: 'client_credentials' });
    if (!reply.ok || typeof reply.body.accessToken !== 'string') throw new SnapRequestError(TOKEN_B2B_PATH, reply.status, reply.body);
    this.b2bToken = reply.body.accessToken;
    return this.b2bToken;
  }

  /** Token B2B2C (authorization_code) for the authCode of a binding; keeps it as the customer token. */
  async getCustomerToken(authCode: string): Promise<string> {
    const reply = await this.tokenPost<{ accessToken: string }>(TOKEN_B2B2C_PATH, { grantType: 'authorization_code', authCode });
    if (!reply.ok || typeof reply.body.accessToken !== 'string') throw new SnapRequestError(TOKEN_B2B2C_PATH, reply.status, reply.body);
    this.customerToken = reply.body.accessToken;
    return this.customerToken;
  }

  /** The headers of a transactional call: HMAC-SHA512 over METHOD:path:B2B token:sha256(body):timestamp. */
  signedHeaders(path: string, bodyText: string, options: PostOptions = {}): Record<string, string> {
    const token = this.b2bToken ?? '';
    const timestamp = options.headers?.['X-TIMESTAMP'] ?? this.timestamp();
    const customer = options.customerToken === undefined ? this.customerToken : options.customerToken;
    const headers: Record<string, string | undefined> = {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${token}`,
      'X-PARTNER-ID': this.clientId,
      'X-EXTERNAL-ID': externalId(),
      'X-TIMESTAMP': timestamp,
      'X-SIGNATURE': transactionSignature({
        clientSecret: this.options.clientSecret,
        method: 'POST',
        path,
        accessToken: token,
        body: bodyText === '' ? undefined : (JSON.parse(bodyText) as unknown),
        timestamp,
      }),
      ...(customer ? { 'Authorization-Customer': `Bearer ${customer}` } : {}),
      ...options.headers,
    };
    return Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => e[1] !== undefined));
  }

  /** A signed transactional POST (call getB2bToken() first). */
  async post<T extends object = Record<string, unknown>>(path: string, body: unknown, options: PostOptions = {}): Promise<SnapReply<T>> {
    const bodyText = body === undefined ? '' : JSON.stringify(body);
    return this.send<T>(path, body, this.signedHeaders(path, bodyText, options));
  }

  private async send<T extends object>(path: string, body: unknown, headers: Record<string, string | undefined>): Promise<SnapReply<T>> {
    const clean = Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => e[1] !== undefined));
    const res = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: clean,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
    });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = { responseCode: '', responseMessage: text.slice(0, 500) };
    }
    return { ok: res.ok, status: res.status, body: parsed as SnapBody & Partial<T>, headers: res.headers };
  }
}
