import type { Socket } from 'node:net';
import { NO_SERVICE } from '../errors/codes.js';
import { SnapError } from '../errors/snap-error.js';

/**
 * Requests Node's HTTP parser rejects before Express sees them (conflicting Content-Length,
 * bad chunking, header block too large, a body or headers that stop arriving) still get a
 * SNAP-shaped answer instead of Node's bare "400 Bad Request" with no body.
 */
const DETAIL: Record<string, string> = {
  HPE_HEADER_OVERFLOW: 'Request headers too large',
  ERR_HTTP_REQUEST_TIMEOUT: 'Request not received in time',
  ERR_HTTP_HEADERS_TIMEOUT: 'Request headers not received in time',
};

export function snapClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  const response = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || response?.headersSent) {
    socket.destroy();
    return;
  }
  const snap = new SnapError('BadRequest', DETAIL[error.code ?? ''] ?? 'Malformed HTTP request');
  const body = JSON.stringify(snap.toBody(NO_SERVICE));
  socket.end(
    `HTTP/1.1 ${snap.status} Bad Request\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
