import { constants, existsSync, readFileSync } from 'node:fs';
import { open, rename, type FileHandle } from 'node:fs/promises';
import { fsyncDir } from './fs-sync.js';

/**
 * The append-only change log beside the snapshot: one JSON line per committed change set,
 * `{"s":<seq>,"c":[[table,id,row|null],…]}`. Appends are group-committed: every line queued while a
 * synchronous write is in flight goes out in the next single write, and each append's promise
 * resolves only once the write covering its line is on disk (O_DSYNC, or write + fdatasync).
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
 * Reads a log file. Only the tail may be damaged (a torn last write): bad bytes followed by a
 * good line mean real corruption and throw, because skipping them would drop acknowledged changes.
 */
export function readLog(file: string): ReadLog {
  if (!existsSync(file)) return { lines: [], goodBytes: 0, tornBytes: 0 };
  const buf = readFileSync(file);
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
  return { lines, goodBytes, tornBytes: buf.length - goodBytes };
}

/**
 * Appends opened with O_DSYNC: each write returns once its data is on disk, one system call
 * instead of write + fdatasync (measured 3× faster here). Where the flag does not exist
 * (Windows), plain append plus fdatasync.
 */
const DSYNC = typeof constants.O_DSYNC === 'number' && process.platform !== 'win32';
const APPEND_FLAGS = DSYNC ? constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_DSYNC : 'a';

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

export class ChangeLog {
  private queue: string[] = [];
  private waiters: Waiter[] = [];
  private flushScheduled = false;
  private lock: Promise<void> = Promise.resolve();
  private failure: Error | undefined;
  private closed = false;
  /** Bytes written to the current file. */
  bytes: number;
  /** Write + fdatasync rounds so far, and lines they carried (group commit: lines ≥ flushes). */
  flushes = 0;
  lines = 0;

  private constructor(
    readonly file: string,
    private fh: FileHandle,
    size: number,
    private readonly onFlushed: () => void,
  ) {
    this.bytes = size;
  }

  /** Opens the log for appending, first cutting off a torn tail so new lines never follow garbage. */
  static async open(file: string, goodBytes: number, onFlushed: () => void = () => {}): Promise<ChangeLog> {
    const fh = await open(file, APPEND_FLAGS);
    const { size } = await fh.stat();
    if (size > goodBytes) {
      await fh.truncate(goodBytes);
      await fh.sync();
    }
    await fsyncDir(file);
    return new ChangeLog(file, fh, goodBytes, onFlushed);
  }

  get rotatedFile(): string {
    return `${this.file}.1`;
  }

  /** Queues one line; resolves once it is on disk, rejects if the disk refused it. */
  append(line: string): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error('the change log is closed'));
    this.queue.push(line);
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      // setImmediate: commits made in the same turn of the event loop share one write.
      setImmediate(() => void this.exclusive(() => this.flush()));
    }
    return done;
  }

  /** Resolves when every line queued so far is durable. */
  async drain(): Promise<void> {
    if (this.queue.length > 0) await this.exclusive(() => this.flush());
    else await this.exclusive(async () => {});
    if (this.failure) throw this.failure;
  }

  /**
   * Renames the current file to `<file>.1` and continues in a fresh `<file>`, between two flushes.
   * The caller makes sure `<file>.1` does not exist (it would still be needed).
   */
  rotate(): Promise<void> {
    return this.exclusive(async () => {
      if (this.failure) throw this.failure;
      // Rename while open (POSIX keeps the handle on the same file), so a failure changes nothing.
      await rename(this.file, this.rotatedFile);
      let fresh: FileHandle;
      try {
        fresh = await open(this.file, APPEND_FLAGS);
      } catch (error) {
        await rename(this.rotatedFile, this.file).catch(() => {});
        throw error;
      }
      const old = this.fh;
      this.fh = fresh;
      this.bytes = 0;
      await old.close().catch(() => {});
      await fsyncDir(this.file);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.drain().catch(() => {});
    this.closed = true;
    await this.exclusive(() => this.fh.close());
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.lock.then(fn);
    this.lock = run.then(
      () => {},
      () => {},
    );
    return run;
  }

  private async flush(): Promise<void> {
    this.flushScheduled = false;
    if (this.queue.length === 0) return;
    const lines = this.queue;
    const waiters = this.waiters;
    this.queue = [];
    this.waiters = [];
    if (this.failure) {
      for (const w of waiters) w.reject(this.failure);
      return;
    }
    try {
      const buf = Buffer.from(lines.join(''), 'utf8');
      let offset = 0;
      while (offset < buf.length) {
        const { bytesWritten } = await this.fh.write(buf, offset, buf.length - offset);
        offset += bytesWritten;
      }
      if (!DSYNC) await this.fh.datasync();
      this.bytes += buf.length;
      this.flushes++;
      this.lines += lines.length;
    } catch (error) {
      // Fail stop: memory is now ahead of the disk, so nothing more is acknowledged.
      this.failure = error instanceof Error ? error : new Error(String(error));
      for (const w of [...waiters, ...this.waiters]) w.reject(this.failure);
      this.waiters = [];
      this.queue = [];
      return;
    }
    for (const w of waiters) w.resolve();
    this.onFlushed();
  }
}
