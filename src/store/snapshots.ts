import Database from 'better-sqlite3';
import type { Db } from './database.js';

/** Offsets 18 and 19 of an SQLite file: the write and read format versions (2 = WAL, 1 = rollback). */
const FORMAT_VERSION_OFFSETS = [18, 19] as const;

/** Thrown when the live database has no file for SQLite's backup to write into. */
export class SnapshotRestoreUnsupported extends Error {}

/**
 * The whole database as bytes, through SQLite's own serializer: every table, the schema and
 * `sqlite_sequence`, as one consistent image.
 *
 * @example
 * const bytes = serializeDatabase(store.db);
 */
export function serializeDatabase(db: Db): Buffer {
  return db.serialize();
}

/**
 * Writes a serialized image back over the live database file with SQLite's backup API, so the
 * connection the server holds (and every prepared statement on it) stays valid and sees the
 * restored data on its next read; the backup runs as one write transaction, then is checkpointed
 * (fsynced) through the live connection.
 */
export async function restoreDatabase(db: Db, image: Buffer): Promise<void> {
  if (db.memory)
    throw new SnapshotRestoreUnsupported(
      'Restoring a snapshot needs a database file: start the stand-in with --db PATH, not :memory:',
    );
  // A WAL image cannot be opened from memory (there is no -wal file beside it): mark it as a
  // rollback-journal image; the pages are the same. The live file keeps its own WAL mode.
  const copy = Buffer.from(image);
  for (const offset of FORMAT_VERSION_OFFSETS) copy[offset] = 1;
  const source = new Database(copy);
  try {
    // One step copies every page: nothing interleaves with a half-restored file.
    await source.backup(db.name, { progress: () => Number.MAX_SAFE_INTEGER });
  } finally {
    source.close();
  }
  // The backup writes through a connection better-sqlite3 opens itself, which in WAL mode runs with
  // synchronous = NORMAL (its build sets SQLITE_DEFAULT_WAL_SYNCHRONOUS=1): its commit is not
  // fsynced. A checkpoint on the live connection (FULL) syncs the WAL, then the database file with
  // the restored pages in it, before the restore answers.
  db.pragma('wal_checkpoint(TRUNCATE)');
}
