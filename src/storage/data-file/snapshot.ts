import { rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { UnitOfWork } from '../unit-of-work.js';
import { realDisk, writeFully, type Disk } from './disk.js';
import { fsyncDir } from './fs-sync.js';

/**
 * The snapshot file: one JSON object, lowdb-compatible, `{ "_persistence": {format, seq}, <table>: [rows] }`.
 * `seq` is the last change-log line whose effect it contains; replay skips lines up to it.
 * Laid out one token group per line so it can also be read a row at a time (snapshot-reader.ts):
 *   {"_persistence":{…}
 *   ,"transactions":[
 *   {row}
 *   ,{row}
 *   ]
 *   }
 */
export const SNAPSHOT_FORMAT = 'doku-snap-sandbox/1';
export const META_KEY = '_persistence';

export interface SnapshotMeta {
  format: string;
  seq: number;
  writtenAt?: string;
}

export interface Capture {
  seq: number;
  /** Sandbox clock time of the capture, recorded in the file for people reading it. */
  at?: number;
  tables: [name: string, rows: Iterable<unknown>][];
}

/**
 * The live tables, read while the snapshot is written: copying 300k row references first held
 * the event loop for ~10 ms. Requests that run meanwhile may be in the file or not, even in
 * part, and a row deleted and added again may appear twice (the later copy last). That is
 * harmless once every change they made is in the log (writeSnapshot's beforeRename: commit and
 * wait): boot replays every log line after `seq` as whole rows, which ends in the exact state.
 */
export function capture(owner: UnitOfWork, seq: number, at?: number): Capture {
  return { seq, at, tables: owner.tables().map((t) => [t.name, t.values()]) };
}

const CHUNK_CHARS = 64 * 1024;

export interface WriteOptions {
  /** Serialise for at most this long before letting the event loop serve requests (default 4 ms). */
  sliceMs?: number;
  /** Awaited after the temp file is on disk, before it replaces the snapshot; if it throws, the old snapshot stays. */
  beforeRename?: () => Promise<void>;
  disk?: Disk;
}

/**
 * Writes the capture to a temp file in slices, fsyncs it and renames it over `file`, then fsyncs
 * the directory: a crash at any point leaves either the old or the new snapshot, never a mix, and
 * a refused write (disk full) leaves the old one in place and no temp file. Returns the bytes written.
 */
export async function writeSnapshot(file: string, snap: Capture, options: WriteOptions = {}): Promise<number> {
  const sliceMs = options.sliceMs ?? 4;
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  const fh = await (options.disk ?? realDisk).open(tmp, 'w');
  let bytes = 0;
  try {
    const write = async (text: string) => {
      const buf = Buffer.from(text, 'utf8');
      await writeFully(fh, buf, buf.length, null);
      bytes += buf.length;
    };
    const meta: SnapshotMeta = { format: SNAPSHOT_FORMAT, seq: snap.seq, ...(snap.at === undefined ? {} : { writtenAt: new Date(snap.at).toISOString() }) };
    await write(`{${JSON.stringify(META_KEY)}:${JSON.stringify(meta)}\n`);
    let sliceStart = performance.now();
    for (const [name, rows] of snap.tables) {
      let text = `,${JSON.stringify(name)}:[\n`;
      let i = 0;
      for (const row of rows) {
        text += `${i++ === 0 ? '' : ','}${JSON.stringify(row)}\n`;
        // Text goes out in small pieces: pending text is young garbage the next scavenge would copy.
        if (text.length > CHUNK_CHARS) {
          await write(text);
          text = '';
        }
        if ((i & 63) === 0 && performance.now() - sliceStart > sliceMs) {
          // A write that finishes at once would not yield; make sure requests get their turn.
          await new Promise<void>((resolve) => setImmediate(resolve));
          sliceStart = performance.now();
        }
      }
      await write(`${text}]\n`);
    }
    await write('}\n');
    await fh.sync();
    await options.beforeRename?.();
  } catch (error) {
    await fh.close().catch(() => {});
    await unlink(tmp).catch(() => {});
    throw error;
  }
  await fh.close();
  await rename(tmp, file);
  await fsyncDir(file);
  return bytes;
}
