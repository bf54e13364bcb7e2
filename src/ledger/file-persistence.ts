import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Persistence, Store, StoreSnapshot } from './store.js';

/**
 * DATA_FILE persistence through lowdb: the whole state as one JSON file, written on every
 * commit (lowdb writes a temp file and renames it, so the file is always readable).
 */
export async function openFilePersistence(file: string): Promise<{ persistence: Persistence; snapshot: StoreSnapshot | undefined }> {
  const db = new Low<StoreSnapshot>(new JSONFile<StoreSnapshot>(file), {});
  await db.read();
  const snapshot = db.data && Object.keys(db.data).length > 0 ? db.data : undefined;
  const persistence: Persistence = {
    async write(_changes, store: Store) {
      db.data = store.snapshot();
      await db.write();
    },
    async close(store: Store) {
      db.data = store.snapshot();
      await db.write();
    },
  };
  return { persistence, snapshot };
}
