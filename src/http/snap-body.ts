import type { IncomingHttpHeaders } from 'node:http';
import type { Request } from 'express';
import { SnapError } from '../errors/snap-error.js';
import { depthOf, MAX_JSON_DEPTH } from './json-depth.js';
import './locals.js';

/**
 * The one body reader for SNAP calls (http/snap-door.ts). SNAP bodies are JSON in UTF-8, as every
 * operation in spec/ declares and DOKU's clients send; the signature covers their bytes, which are
 * kept as req.rawBody. Parsed as body-parser's strict JSON would be: an empty body is {}, a BOM is
 * dropped, only an object or an array is JSON.
 */
const PLAIN_JSON = /^application\/json\s*(;\s*charset=utf-8\s*)?$/i;
const IDENTITY = /^\s*(identity)?\s*$/i;

const notJson = () => new SnapError('UnsupportedMediaType', 'Content-Type must be application/json');
const notUtf8 = () => new SnapError('UnsupportedMediaType', 'Unsupported charset or encoding');

/** `application/json` with no charset or UTF-8 (other parameters aside): undefined; else why not. */
function refuseContentType(contentType: string | undefined): SnapError | undefined {
  if (contentType === undefined) return notJson();
  if (PLAIN_JSON.test(contentType)) return undefined;
  const [mediaType = '', ...parameters] = contentType.split(';');
  if (mediaType.trim().toLowerCase() !== 'application/json') return notJson();
  for (const parameter of parameters) {
    const [name = '', value = ''] = parameter.split('=');
    if (name.trim().toLowerCase() !== 'charset') continue;
    if (value.trim().replace(/^"(.*)"$/, '$1').toLowerCase() !== 'utf-8') return notUtf8();
  }
  return undefined;
}

/**
 * Why the body these headers announce cannot be a SNAP body, before a byte of it is read:
 * another media type or charset (415), a Content-Encoding (415: DOKU's clients never compress
 * what they sign), a Content-Length over the limit (413). Undefined when it can be read.
 */
export function refuseBodyHeaders(headers: IncomingHttpHeaders, limit: number): SnapError | undefined {
  const refusal = refuseContentType(headers['content-type']);
  if (refusal) return refusal;
  const encoding = headers['content-encoding'];
  if (encoding !== undefined && !IDENTITY.test(encoding)) return notUtf8();
  const length = headers['content-length'];
  if (length !== undefined && Number(length) > limit) return new SnapError('PayloadTooLarge');
  return undefined;
}

const FIRST_NON_WHITESPACE = /^[ \t\n\r]*(.)/;
const malformed = (why: string) => new SnapError('BadRequest', 'Malformed JSON body').withDiagnostics({ parser: why });

/** body-parser's strict JSON: an empty body is {}, anything but an object or array is refused. */
function parseStrict(text: string): unknown {
  if (text.length === 0) return {};
  const first = FIRST_NON_WHITESPACE.exec(text)?.[1];
  if (first !== '{' && first !== '[') throw malformed(`Unexpected token ${first ?? 'end'} in JSON`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw malformed((error as Error).message);
  }
}

/**
 * Reads and parses a body refuseBodyHeaders() let through (with a Content-Length or chunked):
 * sets req.rawBody and req.body, then done(); or done(error) once, with a SnapError: over the
 * limit (413), not JSON or nested deeper than MAX_JSON_DEPTH (400), aborted (400).
 */
export function readSnapBody(req: Request, limit: number, done: (error?: SnapError) => void): void {
  const chunks: Buffer[] = [];
  let received = 0;
  let settled = false;
  const finish = (error?: SnapError) => {
    if (settled) return;
    settled = true;
    done(error);
  };
  req.on('data', (chunk: Buffer) => {
    if (settled) return; // the rest of a body over the limit is read and dropped
    received += chunk.length;
    if (received > limit) return finish(new SnapError('PayloadTooLarge'));
    chunks.push(chunk);
  });
  req.on('end', () => {
    if (settled) return;
    const raw = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received);
    req.rawBody = raw;
    let text = raw.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // body-parser's decoder drops a BOM too
    try {
      req.body = parseStrict(text);
    } catch (error) {
      return finish(error as SnapError);
    }
    if (req.body !== null && typeof req.body === 'object' && depthOf(req.body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
      req.body = {}; // the journal keeps req.body and masks it recursively
      return finish(new SnapError('BadRequest', `JSON nested deeper than ${MAX_JSON_DEPTH} levels`));
    }
    finish();
  });
  req.on('error', () => finish(new SnapError('BadRequest')));
  req.on('close', () => {
    if (!req.complete) finish(new SnapError('BadRequest'));
  });
}
