import { realDisk, type Disk, type DiskFile } from '../../src/storage/data-file/disk.js';

/**
 * A Disk (the storage engine's write seam) that refuses writes on command, as a real one does:
 * - ENOSPC, EIO, EROFS: the write call fails and nothing of it is written;
 * - short: the first half of the bytes is really written and reported, then the next write call
 *   fails with ENOSPC (what Linux does when a file system fills up mid-write: a partial line
 *   followed by the zeros of the grown-ahead log, see docs/persistence.md).
 * Only writes to matching files count (default: the change log); truncate, sync and reads pass.
 * crash() closes every handle, as kill -9 does.
 */
export type Fault = 'ENOSPC' | 'EIO' | 'EROFS' | 'short';

const MESSAGES: Record<Exclude<Fault, 'short'>, string> = {
  ENOSPC: 'no space left on device',
  EIO: 'i/o error',
  EROFS: 'read-only file system',
};

export function diskError(code: Exclude<Fault, 'short'>, syscall = 'write'): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${MESSAGES[code]}, ${syscall}`), { code, syscall, errno: code === 'ENOSPC' ? -28 : code === 'EIO' ? -5 : -30 });
}

export class FaultyDisk implements Disk {
  /** Decides the fate of the n-th counted write (1-based, counted from the last arm()). */
  private plan: ((n: number) => Fault | undefined) | undefined;
  private counted = 0;
  private shortPending = false;
  /** Write calls refused so far. */
  refused = 0;
  /** Awaited by a write before it fails (a test acts while the refused write is in flight). */
  beforeFailing: (() => Promise<void>) | undefined;
  private truncatesToFail = 0;
  private crashed = false;
  private readonly handles = new Set<DiskFile>();

  constructor(private readonly matches: (path: string) => boolean = (path) => path.endsWith('.log')) {}

  /** Every write fails from now on, until heal(). */
  failEvery(fault: Fault): this {
    return this.arm(fault, () => true);
  }

  /** Only the n-th write from now fails (1: the next one); the disk is fine again after it. */
  failAt(n: number, fault: Fault): this {
    return this.arm(fault, (i) => i === n);
  }

  /** The next `count` truncates (the log cutting off a refused write) fail with EIO too. */
  failTruncates(count: number): this {
    this.truncatesToFail = count;
    return this;
  }

  heal(): this {
    this.plan = undefined;
    this.shortPending = false;
    this.truncatesToFail = 0;
    return this;
  }

  /**
   * What kill -9 does to the files: every handle is closed where it stands, without a final
   * snapshot; anything the old process still tries fails. Reopen the same DATA_FILE afterwards.
   */
  async crash(): Promise<void> {
    this.crashed = true;
    await Promise.all([...this.handles].map((file) => file.close().catch(() => {})));
    this.handles.clear();
  }

  async open(path: string, flags: string | number): Promise<DiskFile> {
    if (this.crashed) throw diskError('EIO', 'open');
    const file = await realDisk.open(path, flags);
    this.handles.add(file);
    const counted = this.matches(path);
    const alive = <T>(fn: () => Promise<T>): Promise<T> => (this.crashed ? Promise.reject(diskError('EIO')) : fn());
    return {
      write: (buffer, offset, length, position) => alive(() => (counted ? this.write(file, buffer, offset, length, position) : file.write(buffer, offset, length, position))),
      truncate: (length) => alive(() => (counted && this.truncatesToFail > 0 && this.truncatesToFail-- > 0 ? Promise.reject(diskError('EIO', 'ftruncate')) : file.truncate(length))),
      sync: () => alive(() => file.sync()),
      datasync: () => alive(() => file.datasync()),
      stat: () => alive(() => file.stat()),
      close: async () => {
        if (this.handles.delete(file)) await file.close();
      },
    };
  }

  private arm(fault: Fault, failing: (n: number) => boolean): this {
    this.counted = 0;
    this.shortPending = false;
    this.plan = (n) => (failing(n) ? fault : undefined);
    return this;
  }

  private async write(file: DiskFile, buffer: Buffer, offset: number, length: number, position: number | null): Promise<{ bytesWritten: number }> {
    if (this.shortPending) {
      this.shortPending = false;
      this.refused++;
      throw diskError('ENOSPC');
    }
    const fault = this.plan?.(++this.counted);
    if (fault === undefined) return file.write(buffer, offset, length, position);
    await this.beforeFailing?.();
    if (fault !== 'short' || length < 2) {
      this.refused++;
      throw diskError(fault === 'short' ? 'ENOSPC' : fault);
    }
    this.shortPending = true;
    return file.write(buffer, offset, Math.floor(length / 2), position);
  }
}

/**
 * A Disk that holds each write to matching files until the test lets it go: a test can then act
 * while a snapshot is provably half written, as often as the snapshot has writes.
 */
export class GatedDisk implements Disk {
  private readonly heldWrites: (() => void)[] = [];
  private readonly waiting: ((release: () => void) => void)[] = [];
  private opened = false;

  constructor(
    private readonly matches: (path: string) => boolean,
    private readonly base: Disk = realDisk,
  ) {}

  /** Resolves with the release of the next held write (at once if one is waiting). */
  held(): Promise<() => void> {
    const release = this.heldWrites.shift();
    if (release) return Promise.resolve(release);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Lets every held write go and holds none from now on. */
  release(): void {
    this.opened = true;
    for (const release of this.heldWrites.splice(0)) release();
  }

  async open(path: string, flags: string | number): Promise<DiskFile> {
    const file = await this.base.open(path, flags);
    if (!this.matches(path)) return file;
    return {
      write: async (buffer, offset, length, position) => {
        if (!this.opened) await new Promise<void>((resolve) => this.hold(resolve));
        return file.write(buffer, offset, length, position);
      },
      truncate: (length) => file.truncate(length),
      sync: () => file.sync(),
      datasync: () => file.datasync(),
      stat: () => file.stat(),
      close: () => file.close(),
    };
  }

  private hold(release: () => void): void {
    const watcher = this.waiting.shift();
    if (watcher) watcher(release);
    else this.heldWrites.push(release);
  }
}
