import Database from 'better-sqlite3';
/** An interface, not an alias: published declarations can name it (better-sqlite3's cannot be). */
export interface Db extends Database.Database {
}
/**
 * Opens (creating if needed) and migrates the database. WAL with `synchronous = FULL`: a message
 * acknowledged by the server has been fsynced, so it survives a kill or a power cut.
 *
 * @example
 * const db = openDatabase(':memory:');
 */
export declare function openDatabase(path: string): Db;
/** Drops every row (keeping the schema) so the seed can run again: `--reset` and `/__mock/reset`. */
export declare function clearDatabase(db: Db): void;
export declare function readMeta(db: Db, key: string): string | undefined;
export declare function writeMeta(db: Db, key: string, value: string): void;
/**
 * `db.transaction(work)` typed as `work` itself: better-sqlite3's own Transaction type cannot be
 * named in the package's published declarations (TS4058), and callers only ever call it.
 */
export declare function transaction<Args extends unknown[], Result>(db: Db, work: (...args: Args) => Result): (...args: Args) => Result;
