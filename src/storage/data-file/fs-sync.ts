import { open } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Makes a rename or a new file in the directory of `file` durable (a no-op where directories cannot be synced). */
export async function fsyncDir(file: string): Promise<void> {
  let fh;
  try {
    fh = await open(dirname(file), 'r');
    await fh.sync();
  } catch {
    // Windows and some filesystems refuse fsync on a directory; the rename is still atomic.
  } finally {
    await fh?.close();
  }
}
