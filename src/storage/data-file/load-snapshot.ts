import { existsSync, statSync } from 'node:fs';
import { JSONFile } from 'lowdb/node';
import type { UpgradeRow } from '../persistence.js';
import type { Table } from '../table.js';
import type { TablesSnapshot, UnitOfWork } from '../unit-of-work.js';
import { META_KEY, type SnapshotMeta } from './snapshot.js';
import { readSnapshotRows } from './snapshot-reader.js';

// Loading DATA_FILE's snapshot into the tables at boot; openFilePersistence then replays the log.

/** Keyed by the row's own id after upgradeRow, so the table key is the owner's (shared) string too. */
export function load(table: Table<{ id: string }> | undefined, row: { id: string }): void {
  table?.write(row.id, row);
}

/**
 * Loads the snapshot into the tables: row by row when it is in our line layout, otherwise (a file
 * written by hand or by an older version) parsed whole by lowdb. undefined when there is none.
 */
export async function readSnapshot(file: string, owner: UnitOfWork, tables: Map<string, Table<{ id: string }>>, upgradeRow: UpgradeRow): Promise<{ meta?: SnapshotMeta } | undefined> {
  if (!existsSync(file) || statSync(file).size === 0) return undefined;
  for (const t of owner.tables()) t.clear();
  let meta: SnapshotMeta | undefined;
  try {
    const streamed = readSnapshotRows(file, {
      meta: (m) => (meta = m),
      row: (table, row) => load(tables.get(table), upgradeRow(table, row)),
    });
    if (streamed) return { meta };
  } catch (error) {
    throw new Error(`DATA_FILE ${file} is not readable JSON: ${(error as Error).message}`, { cause: error });
  }
  return readWholeSnapshot(file, owner, upgradeRow);
}

async function readWholeSnapshot(file: string, owner: UnitOfWork, upgradeRow: UpgradeRow): Promise<{ meta?: SnapshotMeta } | undefined> {
  let data: Record<string, unknown> | null;
  try {
    data = await new JSONFile<Record<string, unknown>>(file).read();
  } catch (error) {
    throw new Error(`DATA_FILE ${file} is not readable JSON: ${(error as Error).message}`, { cause: error });
  }
  if (!data) return undefined;
  owner.restore(data as TablesSnapshot, upgradeRow);
  return { meta: data[META_KEY] as SnapshotMeta | undefined };
}
