import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { WRITER_PRAGMAS } from './chat/message-commit.js';
import { MIGRATIONS } from './migrations.js';
import { databaseError, databaseFolderError } from './startup-error.js';

/** An interface, not an alias: published declarations can name it (better-sqlite3's cannot be). */
export interface Db extends Database.Database {}

/**
 * Opens (creating if needed) and migrates the database. WAL with `synchronous = FULL`, as every
 * connection that writes (WRITER_PRAGMAS, the commit thread's too): a message acknowledged by the
 * server has been fsynced, so it survives a kill or a power cut.
 *
 * @example
 * const db = openDatabase(':memory:');
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (error) {
      throw databaseFolderError(error as NodeJS.ErrnoException, dirname(path));
    }
  }
  let db: Db | undefined;
  try {
    db = new Database(path);
    for (const pragma of WRITER_PRAGMAS) db.pragma(pragma);
    migrate(db);
    return db;
  } catch (error) {
    // A file that is not a database opens, then fails at the first read: close what was opened.
    db?.close();
    throw databaseError(error as NodeJS.ErrnoException, path);
  }
}

function migrate(db: Db): void {
  const current = () => db.pragma('user_version', { simple: true }) as number;
  if (current() >= MIGRATIONS.length) return;
  // IMMEDIATE, with the version read again inside: two stand-ins opening one fresh file at once
  // migrate it once, the second waiting for the first and finding nothing left to do.
  db.transaction(() => {
    for (let version = current(); version < MIGRATIONS.length; version += 1) {
      db.exec(MIGRATIONS[version] ?? '');
      db.pragma(`user_version = ${version + 1}`);
    }
  }).immediate();
}

/** Drops every row (keeping the schema) so the seed can run again: `--reset` and `/__mock/reset`. */
export function clearDatabase(db: Db): void {
  const tables = [
    'messages',
    'threads',
    'transactions',
    'deposits',
    'withdrawals',
    'settings',
    'coins',
    'users',
  ];
  db.transaction(() => {
    for (const table of tables) db.exec(`DELETE FROM ${table}`);
    db.exec(`DELETE FROM sqlite_sequence WHERE name = 'messages'`);
    db.exec(`DELETE FROM meta WHERE key = 'seeded'`);
  })();
}

export function readMeta(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
    | { value: string }
    | undefined;
  return row?.value;
}

export function writeMeta(db: Db, key: string, value: string): void {
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

/**
 * `db.transaction(work)` typed as `work` itself: better-sqlite3's own Transaction type cannot be
 * named in the package's published declarations (TS4058), and callers only ever call it.
 *
 * It begins IMMEDIATE: messages are committed by a second connection (D110), and a deferred
 * transaction that reads before it writes fails with SQLITE_BUSY, unretried, when that connection
 * commits in between; taking the write lock first lets the busy timeout wait instead.
 */
export function transaction<Args extends unknown[], Result>(
  db: Db,
  work: (...args: Args) => Result,
): (...args: Args) => Result {
  return db.transaction(work).immediate;
}

/**
 * The value stored under `key`, storing `make()` when there is none. When two processes start on
 * one file at once, the first to store wins and both use its value: a signing secret or control key
 * each kept their own would make each refuse what the other issued.
 */
export function settledMeta(db: Db, key: string, make: () => string): string {
  const stored = readMeta(db, key);
  if (stored !== undefined) return stored;
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING').run(
    key,
    make(),
  );
  return readMeta(db, key) as string;
}
