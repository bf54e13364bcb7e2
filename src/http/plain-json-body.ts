import type { IncomingHttpHeaders } from 'node:http';
import type { Request } from 'express';

/**
 * A JSON body as nearly every partner sends it (application/json, UTF-8 or no charset, a
 * Content-Length within the limit, no Content-Encoding) read straight from the socket: the same
 * result as express.json() with the rawBody hook, without its per-request machinery (charset and
 * encoding negotiation, decoder streams, async resources). Anything else goes to express.json().
 */
const PLAIN_JSON = /^application\/json\s*(;\s*charset=utf-8\s*)?$/i;
/** The media type every SNAP operation declares in spec/, with or without its UTF-8 charset. */
export const isJsonMediaType = (contentType: string | undefined): boolean => PLAIN_JSON.test(contentType ?? '');
const DIGITS = /^\d{1,12}$/;

export function isPlainJson(headers: IncomingHttpHeaders, limit: number): boolean {
  const length = headers['content-length'];
  return (
    isJsonMediaType(headers['content-type']) &&
    length !== undefined &&
    DIGITS.test(length) &&
    Number(length) <= limit &&
    headers['transfer-encoding'] === undefined &&
    (headers['content-encoding'] === undefined || headers['content-encoding'].toLowerCase() === 'identity')
  );
}

/** What body-parser passes on for a body it cannot read or parse; the error handler maps its type. */
export class BodyError extends Error {
  readonly status = 400;
  readonly expose = true;
  constructor(
    readonly type: 'entity.parse.failed' | 'request.aborted',
    message: string,
  ) {
    super(message);
  }
}

const FIRST_NON_WHITESPACE = /^[ \t\n\r]*(.)/;

/** body-parser's strict JSON: an empty body is {}, anything but an object or array is refused. */
function parseStrict(text: string): unknown {
  if (text.length === 0) return {};
  const first = FIRST_NON_WHITESPACE.exec(text)?.[1];
  if (first !== '{' && first !== '[') throw new BodyError('entity.parse.failed', `Unexpected token ${first ?? 'end'} in JSON`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BodyError('entity.parse.failed', (error as Error).message);
  }
}

/** Reads and parses a body isPlainJson() accepted; sets req.rawBody and req.body, then done(). */
export function readPlainJson(req: Request, done: (error?: BodyError) => void): void {
  const chunks: Buffer[] = [];
  let received = 0;
  let settled = false;
  const finish = (error?: BodyError) => {
    if (settled) return;
    settled = true;
    done(error);
  };
  req.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    received += chunk.length;
  });
  req.on('end', () => {
    const raw = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received);
    req.rawBody = raw;
    let text = raw.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // body-parser's decoder drops a BOM too
    try {
      req.body = parseStrict(text);
    } catch (error) {
      return finish(error as BodyError);
    }
    finish();
  });
  req.on('error', () => finish(new BodyError('request.aborted', 'request aborted')));
  req.on('close', () => {
    if (!req.complete) finish(new BodyError('request.aborted', 'request aborted'));
  });
}
