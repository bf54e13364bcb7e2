import { request } from 'node:http';
import { SnapError } from '../errors/snap-error.js';

/** Where this server can be reached from inside: the local end of the socket the admin call came in on. */
export interface SelfAddress {
  host: string;
  port: number;
}

export interface PageAnswer {
  status: number;
  location?: string;
  contentType: string;
  body: string;
}

const TIMEOUT_MS = 10_000;
const MAX_BODY_BYTES = 1 << 20;

/**
 * One request to a sandbox page over HTTP, through the whole server as a browser's would go
 * (journal, scenario rules on pages, the page's own handler). Redirects are not followed: the
 * caller reports them.
 */
export function visitPage(self: SelfAddress, method: 'GET' | 'POST', path: string, hostHeader: string, form?: URLSearchParams): Promise<PageAnswer> {
  const body = form?.toString();
  const headers: Record<string, string | number> = { Host: hostHeader, Accept: 'text/html', 'User-Agent': 'doku-snap-sandbox (POST /admin/webviews/complete)', Connection: 'close' };
  if (body !== undefined) Object.assign(headers, { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body) });
  return new Promise((resolve, reject) => {
    const req = request({ host: self.host, port: self.port, method, path, headers, agent: false, timeout: TIMEOUT_MS }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      });
      res.on('end', () => {
        const location = res.headers.location;
        resolve({ status: res.statusCode ?? 0, location, contentType: res.headers['content-type'] ?? '', body: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('timeout', () => {
      const reason = `${method} ${path.split('?')[0]} did not answer within ${TIMEOUT_MS / 1000} s (a scenario holding the page?)`;
      req.destroy(new SnapError('Timeout').withEcho({ additionalInfo: { reason } }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
