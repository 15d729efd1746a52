import type { ChatMessage, Thread } from '../../../spec/schemas/chat.js';
import type { Db } from '../database.js';
import { pairKey } from './message-commit.js';
import { type MessageRow, type ThreadRow, toChatMessage, toThread } from './rows.js';

/**
 * The two reads of chat history, as the contract shapes them. Always live: the ready bodies built
 * from them live in commit.ts, beside the commit that changes what these return.
 */
export function createChatHistory(db: Db) {
  const conversation = db.prepare<[string, string], MessageRow>(`
    SELECT m.id, m.thread_id, m.sender_id, s.email AS sender_email, m.receiver_id,
           r.email AS receiver_email, m.body, m.created, m.updated, m.seen, m.deleted
    FROM threads t
    JOIN messages m ON m.thread_id = t.id
    JOIN users s ON s.id = m.sender_id
    JOIN users r ON r.id = m.receiver_id
    WHERE t.user_low = ? AND t.user_high = ?
    ORDER BY m.id`);
  const threadsOf = db.prepare<[string, string], ThreadRow>(`
    SELECT t.id, t.last_message, t.created,
           a.id AS one_id, a.email AS one_email, a.first_name AS one_first, a.last_name AS one_last,
           b.id AS two_id, b.email AS two_email, b.first_name AS two_first, b.last_name AS two_last
    FROM threads t JOIN users a ON a.id = t.user_one JOIN users b ON b.id = t.user_two
    WHERE t.user_one = ? OR t.user_two = ?
    ORDER BY t.updated DESC, t.id DESC`);

  return {
    /** The conversation between two users, oldest first. */
    findConversation: (userA: string, userB: string): ChatMessage[] =>
      conversation.all(...pairKey(userA, userB)).map(toChatMessage),
    /** The threads `userId` is in, the most recently active first. */
    listThreads: (userId: string): Thread[] => threadsOf.all(userId, userId).map(toThread),
  };
}

export type ChatHistory = ReturnType<typeof createChatHistory>;
