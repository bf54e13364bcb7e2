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

const ZEROS = Buffer.alloc(64 * 1024);

function allZero(buf: Buffer): boolean {
  for (let at = 0; at < buf.length; at += ZEROS.length) {
    const chunk = buf.subarray(at, at + ZEROS.length);
    if (!chunk.equals(ZEROS.subarray(0, chunk.length))) return false;
  }
  return true;
}

/**
 * Writes made with O_DSYNC: each returns once its data is on disk, one system call
 * instead of write + fdatasync (measured 3× faster here). Where the flag does not exist
 * (Windows), plain append plus fdatasync.
 */
const DSYNC = typeof constants.O_DSYNC === 'number' && process.platform !== 'win32';
const LOG_FLAGS = DSYNC ? constants.O_WRONLY | constants.O_CREAT | constants.O_DSYNC : 'a';

/**
 * With O_DSYNC the file is grown ahead of the writes, in steps of this many bytes (ftruncate:
 * a hole, no I/O), and written at positions inside it: a write that extends a file also waits for
 * the journal to record the new size. Measured here: ~180 instead of ~240 µs per write, and a
 * third less CPU. readLog stops at the first zero byte.
 */
const GROW_BYTES = 8 * 1024 * 1024;

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
  /** Bytes written to the current file: where the next write goes. */
  bytes: number;
  /** The file's size: bytes plus the room grown ahead (DSYNC only). */
  private allocated: number;
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
    this.allocated = size;
  }

  /** Opens the log for appending, first cutting off a torn tail so new lines never follow garbage. */
  static async open(file: string, goodBytes: number, onFlushed: () => void = () => {}): Promise<ChangeLog> {
    const fh = await open(file, LOG_FLAGS);
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
        fresh = await open(this.file, LOG_FLAGS);
      } catch (error) {
        await rename(this.rotatedFile, this.file).catch(() => {});
        throw error;
      }
      const old = this.fh;
      this.fh = fresh;
      this.bytes = 0;
      this.allocated = 0;
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
      if (DSYNC && this.bytes + buf.length > this.allocated) {
        this.allocated = this.bytes + buf.length + GROW_BYTES;
        await this.fh.truncate(this.allocated);
        await this.fh.sync();
      }
      let offset = 0;
      while (offset < buf.length) {
        const { bytesWritten } = await this.fh.write(buf, offset, buf.length - offset, DSYNC ? this.bytes + offset : null);
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
