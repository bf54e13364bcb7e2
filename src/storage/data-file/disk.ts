import { open } from 'node:fs/promises';

/**
 * The one way the log-and-snapshot engine writes files: the change log and every snapshot are
 * opened through a Disk. The real one is node's file handles; tests inject one that refuses
 * writes (ENOSPC, EIO, a short write) to prove what a refused write leaves in memory and on disk
 * (test/helpers/faulty-disk.ts). Reading (boot) and renames do not go through it.
 */
export interface DiskFile {
  /** position null: at the current position (append mode). */
  write(buffer: Buffer, offset: number, length: number, position: number | null): Promise<{ bytesWritten: number }>;
  truncate(length: number): Promise<void>;
  sync(): Promise<void>;
  datasync(): Promise<void>;
  stat(): Promise<{ size: number }>;
  close(): Promise<void>;
}

export interface Disk {
  open(path: string, flags: string | number): Promise<DiskFile>;
}

export const realDisk: Disk = {
  open: (path, flags) => open(path, flags),
};

/** Writes all of buf[0, length) at position (null: the current one), as many calls as it takes. */
export async function writeFully(fh: DiskFile, buf: Buffer, length: number, position: number | null): Promise<void> {
  let offset = 0;
  while (offset < length) {
    const { bytesWritten } = await fh.write(buf, offset, length - offset, position === null ? null : position + offset);
    if (!(bytesWritten > 0)) throw Object.assign(new Error('EIO: the disk took no bytes of a write'), { code: 'EIO' });
    offset += bytesWritten;
  }
}
