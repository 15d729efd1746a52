// @ts-check
// Plain JavaScript on purpose: the commit thread (../message-commit-thread.js) loads this file, and
// a worker thread gets no TypeScript loader, neither under tsx (`npm start`) nor under vitest. The
// types are JSDoc that `tsc -p .` checks (allowJs and the directive above), and they are declared
// here once: the TypeScript side imports `NewMessage` from this file, so the main thread and the
// commit thread run the same code on the same type (D110).

/** @import { Database, Statement } from 'better-sqlite3' */

/**
 * A message to store, as the socket (or the seed) hands it over. The one declaration of its shape:
 * chat/*.ts, the commit thread and `MESSAGE_COLUMNS` below all use this.
 * @typedef {object} NewMessage
 * @property {string} senderId
 * @property {string} receiverId
 * @property {string} body
 * @property {string} created
 */

/**
 * Where a message was stored: its row and its thread.
 * @typedef {{ id: number, threadId: number }} StoredAt
 */

/**
 * Per message of a commit: where it was stored, or why it was not.
 * @typedef {StoredAt | { error: string }} CommitOutcome
 */

/**
 * Every connection that writes messages: WAL with `synchronous = FULL`, so a commit is on disk.
 * @type {readonly string[]}
 */
export const WRITER_PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = FULL',
  'foreign_keys = ON',
  'busy_timeout = 5000',
];

/** @typedef {Record<string, unknown>} WriterSettings each WRITER_PRAGMAS setting by name, read back */

/**
 * The settings WRITER_PRAGMAS make, read back from a live connection (`synchronous` as a number:
 * 2 is FULL): what a durability test compares, since a kill cannot tell FULL from NORMAL.
 *
 * @param {import('better-sqlite3').Database} db
 * @returns {WriterSettings}
 */
export function readWriterSettings(db) {
  return Object.fromEntries(
    WRITER_PRAGMAS.map((pragma) => {
      const name = (pragma.split('=')[0] ?? pragma).trim();
      return [name, db.pragma(name, { simple: true })];
    }),
  );
}

/**
 * The `messages` column each field of a message is stored in. Typed as one entry per field, so a
 * field added to `NewMessage` without a column fails the type check; `INSERT_MESSAGE` and
 * `messageParams` are built from this map, so no other code lists the fields.
 * @type {{ readonly [Field in keyof NewMessage]-?: string }}
 */
export const MESSAGE_COLUMNS = {
  senderId: 'sender_id',
  receiverId: 'receiver_id',
  body: 'body',
  created: 'created',
};
const FIELDS = /** @type {(keyof NewMessage)[]} */ (Object.keys(MESSAGE_COLUMNS));

export const FIND_THREAD = 'SELECT id FROM threads WHERE user_low = ? AND user_high = ?';
export const INSERT_THREAD = `INSERT INTO threads (user_one, user_two, user_low, user_high, last_message, created, updated)
  VALUES (?, ?, ?, ?, NULL, ?, ?)`;
export const INSERT_MESSAGE = `INSERT INTO messages (thread_id, updated, ${FIELDS.map((field) => MESSAGE_COLUMNS[field]).join(', ')})
  VALUES (?, ?, ${FIELDS.map(() => '?').join(', ')})`;
export const TOUCH_THREAD = 'UPDATE threads SET last_message = ?, updated = ? WHERE id = ?';

/**
 * `INSERT_MESSAGE`'s parameters for `message` in thread `threadId`; a message is never edited
 * here, so it starts `updated` as it was `created`.
 * @param {number} threadId
 * @param {NewMessage} message
 * @returns {unknown[]}
 */
export function messageParams(threadId, message) {
  return [threadId, message.created, ...FIELDS.map((field) => message[field])];
}

/**
 * The unordered pair key: one thread per two people, whoever wrote first.
 * @param {string} a
 * @param {string} b
 * @returns {[string, string]}
 */
export function pairKey(a, b) {
  return a < b ? [a, b] : [b, a];
}

/**
 * `INSERT_THREAD`'s parameters for the thread `message` opens between its pair `[low, high]`.
 * @param {NewMessage} message
 * @param {[string, string]} pair
 * @returns {unknown[]}
 */
export function threadParams({ senderId, receiverId, created }, [low, high]) {
  return [senderId, receiverId, low, high, created, created];
}

/**
 * The group commit of live chat messages on `db`: one transaction stores each message's thread
 * (found or created) and row in arrival order, then gives each thread it touched its last message
 * once (D109). Threads are looked up, not remembered: a reset or snapshot restore made on another
 * connection renumbers them, and a remembered id would file a message under someone else's thread.
 *
 * When the batch fails, each message is tried alone, so one bad row (a receiver a reset removed)
 * does not sink its neighbours. Answers, per message, `{ id, threadId }` or `{ error }`.
 * @param {Database} db
 * @returns {(batch: readonly NewMessage[]) => CommitOutcome[]}
 */
export function createMessageCommit(db) {
  const findThread = /** @type {Statement<[string, string], number>} */ (
    db.prepare(FIND_THREAD).pluck()
  );
  const insertThread = db.prepare(INSERT_THREAD);
  const insertMessage = db.prepare(INSERT_MESSAGE);
  const touchThread = db.prepare(TOUCH_THREAD);

  const storeBatch = db.transaction(
    /** @param {readonly NewMessage[]} batch */
    (batch) => {
      /** @type {Map<number, NewMessage>} */
      const lastByThread = new Map();
      const stored = batch.map((message) => {
        const pair = pairKey(message.senderId, message.receiverId);
        const threadId =
          findThread.get(...pair) ??
          Number(insertThread.run(threadParams(message, pair)).lastInsertRowid);
        const { lastInsertRowid } = insertMessage.run(messageParams(threadId, message));
        lastByThread.set(threadId, message);
        return { id: Number(lastInsertRowid), threadId };
      });
      for (const [threadId, last] of lastByThread)
        touchThread.run(last.body, last.created, threadId);
      return stored;
    },
  );

  // BEGIN IMMEDIATE: the write lock is taken first, where the busy timeout waits for the other
  // connection. A deferred transaction reads (the thread) first, and if the other connection
  // commits meanwhile its first write fails with SQLITE_BUSY at once, with no wait.
  return function commitMessages(batch) {
    try {
      return storeBatch.immediate(batch);
    } catch {
      return batch.map((message) => {
        try {
          return storeBatch.immediate([message])[0] ?? { error: 'not stored' };
        } catch (error) {
          return { error: error instanceof Error ? error.message : String(error) };
        }
      });
    }
  };
}
