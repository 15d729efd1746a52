// Plain JavaScript on purpose: the commit thread (message-commit-thread.js) loads this file, and a
// worker thread gets no TypeScript loader, neither under tsx (`npm start`) nor under vitest. Its
// types are in message-commit.d.ts; src/store/chat.ts and the commit thread both run it (D110).

/** Every connection that writes messages: WAL with `synchronous = FULL`, so a commit is on disk. */
export const WRITER_PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = FULL',
  'foreign_keys = ON',
  'busy_timeout = 5000',
];

/**
 * The settings WRITER_PRAGMAS make, read back from a live connection (`synchronous` as a number:
 * 2 is FULL): what a durability test compares, since a kill cannot tell FULL from NORMAL.
 */
export function readWriterSettings(db) {
  return Object.fromEntries(
    WRITER_PRAGMAS.map((pragma) => {
      const name = pragma.split('=')[0].trim();
      return [name, db.pragma(name, { simple: true })];
    }),
  );
}

export const FIND_THREAD = 'SELECT id FROM threads WHERE user_low = ? AND user_high = ?';
export const INSERT_THREAD = `INSERT INTO threads (user_one, user_two, user_low, user_high, last_message, created, updated)
  VALUES (?, ?, ?, ?, NULL, ?, ?)`;
export const INSERT_MESSAGE = `INSERT INTO messages (thread_id, sender_id, receiver_id, body, created, updated)
  VALUES (?, ?, ?, ?, ?, ?)`;
export const TOUCH_THREAD = 'UPDATE threads SET last_message = ?, updated = ? WHERE id = ?';

/**
 * The group commit of live chat messages on `db`: one transaction stores each message's thread
 * (found or created) and row in arrival order, then gives each thread it touched its last message
 * once (D109). Threads are looked up, not remembered: a reset or snapshot restore made on another
 * connection renumbers them, and a remembered id would file a message under someone else's thread.
 *
 * When the batch fails, each message is tried alone, so one bad row (a receiver a reset removed)
 * does not sink its neighbours. Answers, per message, `{ id, threadId }` or `{ error }`.
 */
export function createMessageCommit(db) {
  const findThread = db.prepare(FIND_THREAD).pluck();
  const insertThread = db.prepare(INSERT_THREAD);
  const insertMessage = db.prepare(INSERT_MESSAGE);
  const touchThread = db.prepare(TOUCH_THREAD);

  const storeBatch = db.transaction((batch) => {
    const lastByThread = new Map();
    const stored = batch.map((message) => {
      const { senderId, receiverId, body, created } = message;
      const [low, high] = senderId < receiverId ? [senderId, receiverId] : [receiverId, senderId];
      const threadId =
        findThread.get(low, high) ??
        Number(insertThread.run(senderId, receiverId, low, high, created, created).lastInsertRowid);
      const { lastInsertRowid } = insertMessage.run(
        threadId,
        senderId,
        receiverId,
        body,
        created,
        created,
      );
      lastByThread.set(threadId, message);
      return { id: Number(lastInsertRowid), threadId };
    });
    for (const [threadId, last] of lastByThread) touchThread.run(last.body, last.created, threadId);
    return stored;
  });

  // BEGIN IMMEDIATE: the write lock is taken first, where the busy timeout waits for the other
  // connection. A deferred transaction reads (the thread) first, and if the other connection
  // commits meanwhile its first write fails with SQLITE_BUSY at once, with no wait.
  return function commitMessages(batch) {
    try {
      return storeBatch.immediate(batch);
    } catch {
      return batch.map((message) => {
        try {
          return storeBatch.immediate([message])[0];
        } catch (error) {
          return { error: error instanceof Error ? error.message : String(error) };
        }
      });
    }
  };
}
