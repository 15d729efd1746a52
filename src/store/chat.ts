import { MESSAGES_RETRIEVED } from '../../spec/routes/chat.js';
import type { ChatMessage, Thread } from '../../spec/schemas/chat.js';
import { success } from '../../spec/schemas/envelope.js';
import { type Db, transaction } from './database.js';
import {
  type CommitOutcome,
  createMessageCommit,
  FIND_THREAD,
  INSERT_MESSAGE,
  INSERT_THREAD,
} from './message-commit.js';
import { type JsonBytes, ReadyBytes } from './ready-bytes.js';

interface MessageRow {
  id: number;
  thread_id: number;
  sender_id: string;
  sender_email: string;
  receiver_id: string;
  receiver_email: string;
  body: string;
  created: string;
  updated: string;
  seen: number;
  deleted: number;
}

interface ThreadRow {
  id: number;
  last_message: string | null;
  created: string;
  one_id: string;
  one_email: string;
  one_first: string;
  one_last: string;
  two_id: string;
  two_email: string;
  two_first: string;
  two_last: string;
}

/** A message to store: the socket layer hands these over in batches. */
export interface NewMessage {
  senderId: string;
  receiverId: string;
  body: string;
  created: string;
}

export interface StoredMessage extends NewMessage {
  id: number;
  threadId: number;
}

function toChatMessage(row: MessageRow): ChatMessage {
  return {
    id: row.id,
    sender: { id: row.sender_id, email: row.sender_email, profile: null },
    receiver: { id: row.receiver_id, email: row.receiver_email, profile: null },
    attached_file_size: '0kb',
    message: row.body,
    updated: row.updated,
    created: row.created,
    seen: row.seen === 1,
    deleted: row.deleted === 1,
    attached_file: null,
    attached_file_name: null,
    thread: row.thread_id,
  };
}

function toThread(row: ThreadRow): Thread {
  return {
    id: row.id,
    user_one: {
      id: row.one_id,
      email: row.one_email,
      first_name: row.one_first,
      last_name: row.one_last,
    },
    user_two: {
      id: row.two_id,
      email: row.two_email,
      first_name: row.two_first,
      last_name: row.two_last,
    },
    last_message: row.last_message,
    craeted: row.created,
  };
}

type ConversationBody = ReturnType<typeof success<{ messages: ChatMessage[] }>>;
type ThreadsBody = ReturnType<typeof success<Thread[]>>;

/** The unordered pair key: one thread per two people, whoever wrote first. */
export function pairKey(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

export function createChatStore(db: Db) {
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
  const findThread = db.prepare<[string, string], { id: number }>(FIND_THREAD);
  const insertThread = db.prepare(INSERT_THREAD);
  const insertMessage = db.prepare(INSERT_MESSAGE);
  const commitMessages = createMessageCommit(db);

  // The 200 bodies of "Get messages" by pair and of "Get user threads" by user: messages are the
  // only rows the API writes here, so storeMessages drops what each message changes.
  const readyConversations = new ReadyBytes<string, ConversationBody>();
  const readyThreads = new ReadyBytes<string, ThreadsBody>();
  const findConversation = (userA: string, userB: string): ChatMessage[] =>
    conversation.all(...pairKey(userA, userB)).map(toChatMessage);
  const listThreads = (userId: string): Thread[] => threadsOf.all(userId, userId).map(toThread);

  // Thread ids by pair, as committed: a seed of a million messages would otherwise look each up.
  const threadIds = new Map<string, number>();

  const settleThreads = db.prepare(`
    UPDATE threads SET
      last_message = (SELECT body FROM messages WHERE thread_id = threads.id ORDER BY id DESC LIMIT 1),
      updated = coalesce(
        (SELECT created FROM messages WHERE thread_id = threads.id ORDER BY id DESC LIMIT 1),
        updated)`);

  /**
   * Seeding: stores history in one transaction, each message's thread found (remembered by pair:
   * a seed of a million messages would otherwise look each up) or created, then its row. Threads
   * are not touched: `settleThreads()` sets every thread's last message once at the end.
   */
  const storeHistory = transaction(db, (batch: readonly NewMessage[]): void => {
    for (const message of batch) {
      const [low, high] = pairKey(message.senderId, message.receiverId);
      const pair = `${low} ${high}`;
      let threadId = threadIds.get(pair) ?? findThread.get(low, high)?.id;
      if (threadId === undefined) {
        const created = insertThread.run(
          message.senderId,
          message.receiverId,
          low,
          high,
          message.created,
          message.created,
        );
        threadId = Number(created.lastInsertRowid);
      }
      threadIds.set(pair, threadId);
      insertMessage.run(
        threadId,
        message.senderId,
        message.receiverId,
        message.body,
        message.created,
        message.created,
      );
    }
  });

  /**
   * What a group commit of live messages answers, with the ready bodies it changed dropped (each
   * pair's conversation, each side's threads) before anyone is told the messages are stored.
   */
  const committed = (
    batch: readonly NewMessage[],
    outcomes: readonly CommitOutcome[],
  ): (StoredMessage | Error)[] =>
    batch.map((message, i) => {
      const outcome = outcomes[i] ?? { error: 'no outcome' };
      if ('error' in outcome) return new Error(outcome.error);
      const [low, high] = pairKey(message.senderId, message.receiverId);
      readyConversations.drop(`${low} ${high}`);
      readyThreads.drop(message.senderId);
      readyThreads.drop(message.receiverId);
      return { ...message, ...outcome };
    });

  return {
    /** The conversation between two users, oldest first. */
    findConversation,
    listThreads,
    /** The serialized 200 body of "Get messages" for the two users' conversation. */
    conversationBody: (userA: string, userB: string): JsonBytes<ConversationBody> => {
      const [low, high] = pairKey(userA, userB);
      return readyConversations.get(`${low} ${high}`, () =>
        success({ messages: findConversation(low, high) }, MESSAGES_RETRIEVED),
      );
    },
    /** The serialized 200 body of "Get user threads" for `userId`. */
    threadsBody: (userId: string): JsonBytes<ThreadsBody> =>
      readyThreads.get(userId, () => success(listThreads(userId))),
    /**
     * Stores live messages in one transaction on this connection (D109); per message, where it
     * was stored or the Error that kept it out. `MessageWriter` sends file databases' batches to a
     * commit thread instead and hands the outcomes to `storedElsewhere`.
     */
    storeMessages: (batch: readonly NewMessage[]): (StoredMessage | Error)[] =>
      committed(batch, commitMessages(batch)),
    /** Live messages another connection committed: the same answer, the same ready bodies dropped. */
    storedElsewhere: committed,
    /**
     * Seeding: stores messages (in time order) without touching their threads; `settleThreads()`
     * after the last batch sets every thread's last message at once.
     */
    storeHistory: (batch: readonly NewMessage[]): void => {
      try {
        storeHistory(batch);
      } catch (error) {
        threadIds.clear(); // a rolled-back batch may have named threads that no longer exist
        throw error;
      }
    },
    settleThreads: (): void => {
      settleThreads.run();
    },
    /** Drops every kept id and ready body: for writes that bypass this module (Store.forgetCaches). */
    forget: (): void => {
      threadIds.clear();
      readyConversations.clear();
      readyThreads.clear();
    },
  };
}

export type ChatStore = ReturnType<typeof createChatStore>;
