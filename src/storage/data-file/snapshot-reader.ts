import { closeSync, openSync, readSync } from 'node:fs';
import { META_KEY, type SnapshotMeta } from './snapshot.js';

/**
 * Reads a snapshot written by writeSnapshot a row at a time, in 1 MiB slices: no 100 MB string and
 * no whole-file JSON.parse, which at 100k transactions doubles the heap at boot and leaves larger
 * objects behind. Returns false, having read nothing, when the file does not start like one of ours
 * (a hand-edited or older lowdb file): the caller then parses it whole.
 */
export interface SnapshotSink {
  meta(meta: SnapshotMeta): void;
  row(table: string, row: { id: string }): void;
}

const META_PREFIX = `{${JSON.stringify(META_KEY)}:`;

export class SnapshotLayoutError extends Error {}

export function readSnapshotRows(file: string, sink: SnapshotSink): boolean {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let carry: Buffer | undefined;
    let lineNo = 0;
    let table: string | undefined;
    let ended = false;
    const handle = (line: string): boolean => {
      lineNo++;
      if (lineNo === 1) {
        if (!line.startsWith(META_PREFIX)) return false;
        sink.meta(JSON.parse(line.slice(META_PREFIX.length)) as SnapshotMeta);
        return true;
      }
      if (ended) {
        if (line.trim() !== '') throw new SnapshotLayoutError(`line ${lineNo}: text after the closing brace`);
      } else if (line === '}') {
        if (table !== undefined) throw new SnapshotLayoutError(`line ${lineNo}: table ${table} not closed`);
        ended = true;
      } else if (line === ']') {
        if (table === undefined) throw new SnapshotLayoutError(`line ${lineNo}: ] outside a table`);
        table = undefined;
      } else if (table === undefined) {
        if (!line.startsWith(',"') || !line.endsWith('":[')) throw new SnapshotLayoutError(`line ${lineNo}: expected a table`);
        table = JSON.parse(line.slice(1, -2)) as string;
      } else {
        sink.row(table, JSON.parse(line.startsWith(',') ? line.slice(1) : line) as { id: string });
      }
      return true;
    };
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      const chunk = carry ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n);
      let start = 0;
      for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
        if (!handle(chunk.toString('utf8', start, nl))) return false;
        start = nl + 1;
      }
      carry = start < chunk.length ? Buffer.from(chunk.subarray(start)) : undefined;
    }
    if (carry && carry.toString('utf8').trim() !== '' && !handle(carry.toString('utf8'))) return false;
    if (lineNo === 0) return false;
    if (!ended) throw new SnapshotLayoutError('the file ends before its closing brace');
    return true;
  } finally {
    closeSync(fd);
  }
}
