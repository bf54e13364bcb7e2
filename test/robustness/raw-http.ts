import { connect } from 'node:net';

/** A raw HTTP/1.1 exchange over one socket, for requests a well-behaved client library will not send. */
export interface RawReply {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The server closed the connection without a response. */
  closedWithoutReply: boolean;
  ms: number;
}

export function parseReply(raw: Buffer, ms: number): RawReply {
  const text = raw.toString('utf8');
  const end = text.indexOf('\r\n\r\n');
  if (!text.startsWith('HTTP/') || end === -1) return { status: 0, headers: {}, body: text, closedWithoutReply: true, ms };
  const [statusLine, ...headerLines] = text.slice(0, end).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const i = line.indexOf(':');
    headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  let body = text.slice(end + 4);
  const length = Number(headers['content-length']);
  if (Number.isFinite(length)) body = Buffer.from(body).subarray(0, length).toString('utf8');
  return { status: Number(statusLine!.split(' ')[1]), headers, body, closedWithoutReply: false, ms };
}

/**
 * Writes `parts` to a fresh socket, `gapMs` apart, then optionally keeps the socket open without
 * sending more (a stalled client). Resolves with the first response, or when the server closes
 * the connection, or after `timeoutMs`.
 */
export function rawRequest(port: number, parts: (string | Buffer)[], options: { gapMs?: number; endAfter?: boolean; timeoutMs?: number } = {}): Promise<RawReply> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(parseReply(Buffer.concat(chunks), Date.now() - started));
    };
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      socket.destroy();
      reject(new Error(`no reply and no close within ${options.timeoutMs ?? 10_000} ms (${Buffer.concat(chunks).toString().slice(0, 200)})`));
    }, options.timeoutMs ?? 10_000);
    socket.on('data', (d: Buffer) => {
      chunks.push(d);
      const reply = parseReply(Buffer.concat(chunks), 0);
      if (!reply.closedWithoutReply && Buffer.byteLength(reply.body) >= Number(reply.headers['content-length'] ?? Infinity)) finish();
    });
    socket.on('close', finish);
    socket.on('error', () => finish());
    socket.on('connect', async () => {
      for (const part of parts) {
        if (done || socket.destroyed) return;
        socket.write(part);
        if (options.gapMs) await new Promise((r) => setTimeout(r, options.gapMs));
      }
      if (options.endAfter) socket.end();
    });
  });
}

/** Request head with CRLFs; `headers` may repeat a name. */
export function head(method: string, path: string, headers: [string, string][]): string {
  return `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
}
