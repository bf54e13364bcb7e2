import { existsSync, readFileSync } from 'node:fs';

/**
 * Reading the change log at boot (the writer is change-log.ts): one JSON line per committed change
 * set, `{"s":<seq>,"c":[[table,id,row|null],…]}`.
 */
export type LogEntry = [table: string, id: string, row: unknown];
export interface LogLine {
  s: number;
  c: LogEntry[];
}

export class CorruptLogError extends Error {
  constructor(file: string, line: number, detail: string) {
    super(`${file}: line ${line} is corrupt (${detail}) and complete lines follow it; refusing to guess. Move the file aside to start from the snapshot alone.`);
    this.name = 'CorruptLogError';
  }
}

export interface ReadLog {
  lines: LogLine[];
  /** Bytes up to the end of the last complete, parsable line. */
  goodBytes: number;
  /** Bytes after it: a write torn by a crash, never acknowledged. */
  tornBytes: number;
}

function parseLine(text: string): LogLine | undefined {
  try {
    const line = JSON.parse(text) as LogLine;
    return line && typeof line.s === 'number' && Array.isArray(line.c) ? line : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a log file. It ends at its first zero byte: what follows is room the log grew into, or a
 * write that never completed (no line holds a raw zero byte; acknowledged writes are whole).
 * Before that, only the tail may be damaged (a torn last write): bad bytes followed by a good line
 * mean real corruption and throw, because skipping them would drop acknowledged changes.
 */
export function readLog(file: string): ReadLog {
  if (!existsSync(file)) return { lines: [], goodBytes: 0, tornBytes: 0 };
  const whole = readFileSync(file);
  const zero = whole.indexOf(0);
  const buf = zero === -1 ? whole : whole.subarray(0, zero);
  const tornAfterZero = zero === -1 || allZero(whole.subarray(zero)) ? 0 : whole.length - zero;
  const lines: LogLine[] = [];
  let goodBytes = 0;
  let firstBad: { at: number; line: number; detail: string } | undefined;
  let start = 0;
  let lineNo = 0;
  while (start < buf.length) {
    lineNo++;
    const nl = buf.indexOf(0x0a, start);
    const end = nl === -1 ? buf.length : nl;
    const text = buf.toString('utf8', start, end);
    const parsed = nl === -1 ? undefined : text.trim() === '' ? null : parseLine(text);
    if (parsed === undefined) {
      firstBad ??= { at: start, line: lineNo, detail: nl === -1 ? 'no line end' : 'not a change line' };
    } else if (parsed !== null) {
      if (firstBad) throw new CorruptLogError(file, firstBad.line, firstBad.detail);
      lines.push(parsed);
      goodBytes = end + 1;
    } else if (!firstBad) {
      goodBytes = end + 1;
    }
    start = end + 1;
  }
  return { lines, goodBytes, tornBytes: buf.length - goodBytes + tornAfterZero };
}

/** 64 KiB of zeros: compared against here, written by the change log's probe. */
export const ZEROS = Buffer.alloc(64 * 1024);

function allZero(buf: Buffer): boolean {
  for (let at = 0; at < buf.length; at += ZEROS.length) {
    const chunk = buf.subarray(at, at + ZEROS.length);
    if (!chunk.equals(ZEROS.subarray(0, chunk.length))) return false;
  }
  return true;
}
