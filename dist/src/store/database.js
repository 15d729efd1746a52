import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';
/**
 * Opens (creating if needed) and migrates the database. WAL with `synchronous = FULL`: a message
 * acknowledged by the server has been fsynced, so it survives a kill or a power cut.
 *
 * @example
 * const db = openDatabase(':memory:');
 */
export function openDatabase(path) {
    if (path !== ':memory:')
        mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
}
function migrate(db) {
    const applied = db.pragma('user_version', { simple: true });
    for (let version = applied; version < MIGRATIONS.length; version += 1) {
        db.transaction(() => {
            db.exec(MIGRATIONS[version] ?? '');
            db.pragma(`user_version = ${version + 1}`);
        })();
    }
}
/** Drops every row (keeping the schema) so the seed can run again: `--reset` and `/__mock/reset`. */
export function clearDatabase(db) {
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
        for (const table of tables)
            db.exec(`DELETE FROM ${table}`);
        db.exec(`DELETE FROM sqlite_sequence WHERE name = 'messages'`);
        db.exec(`DELETE FROM meta WHERE key = 'seeded'`);
    })();
}
export function readMeta(db, key) {
    const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key);
    return row?.value;
}
export function writeMeta(db, key, value) {
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
/**
 * `db.transaction(work)` typed as `work` itself: better-sqlite3's own Transaction type cannot be
 * named in the package's published declarations (TS4058), and callers only ever call it.
 */
export function transaction(db, work) {
    return db.transaction(work);
}
