import { type Db, transaction } from '../database.js';
import {
  FIND_THREAD,
  INSERT_MESSAGE,
  INSERT_THREAD,
  messageParams,
  type NewMessage,
  pairKey,
  threadParams,
} from './message-commit.js';

/**
 * Seeding's inserts: history stored in batches, in time order, with the live commit's statements
 * and parameters (message-commit.js), so a seeded message and a live one are the same row.
 */
export function createChatSeeding(db: Db) {
  const findThread = db.prepare<[string, string], { id: number }>(FIND_THREAD);
  const insertThread = db.prepare(INSERT_THREAD);
  const insertMessage = db.prepare(INSERT_MESSAGE);
  const settleThreads = db.prepare(`
    UPDATE threads SET
      last_message = (SELECT body FROM messages WHERE thread_id = threads.id ORDER BY id DESC LIMIT 1),
      updated = coalesce(
        (SELECT created FROM messages WHERE thread_id = threads.id ORDER BY id DESC LIMIT 1),
        updated)`);

  // Thread ids by pair, as committed: a seed of a million messages would otherwise look each up.
  const threadIds = new Map<string, number>();

  /**
   * One transaction: each message's thread found (remembered by pair) or created, then its row.
   * Threads are not touched: `settleThreads()` sets every thread's last message once at the end.
   */
  const storeBatch = transaction(db, (batch: readonly NewMessage[]): void => {
    for (const message of batch) {
      const pair = pairKey(message.senderId, message.receiverId);
      const key = pair.join(' ');
      const threadId =
        threadIds.get(key) ??
        findThread.get(...pair)?.id ??
        Number(insertThread.run(threadParams(message, pair)).lastInsertRowid);
      threadIds.set(key, threadId);
      insertMessage.run(messageParams(threadId, message));
    }
  });

  return {
    /**
     * Stores messages (in time order) without touching their threads; `settleThreads()` after the
     * last batch sets every thread's last message at once.
     */
    storeHistory: (batch: readonly NewMessage[]): void => {
      try {
        storeBatch(batch);
      } catch (error) {
        threadIds.clear(); // a rolled-back batch may have named threads that no longer exist
        throw error;
      }
    },
    settleThreads: (): void => {
      settleThreads.run();
    },
    /** Drops every kept thread id: for writes that bypass this module (Store.forgetCaches). */
    forget: (): void => {
      threadIds.clear();
    },
  };
}
