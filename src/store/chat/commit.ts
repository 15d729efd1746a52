import { MESSAGES_RETRIEVED } from '../../../spec/routes/chat.js';
import type { ChatMessage, Thread } from '../../../spec/schemas/chat.js';
import { success } from '../../../spec/schemas/envelope.js';
import type { Db } from '../database.js';
import { type JsonBytes, ReadyBytes } from '../ready-bytes.js';
import type { ChatHistory } from './history.js';
import {
  type CommitOutcome,
  createMessageCommit,
  type NewMessage,
  pairKey,
  type StoredAt,
} from './message-commit.js';

/** A live message once committed, with where it was stored. */
export type StoredMessage = NewMessage & StoredAt;

type ConversationBody = ReturnType<typeof success<{ messages: ChatMessage[] }>>;
type ThreadsBody = ReturnType<typeof success<Thread[]>>;

/** A conversation's ready body is one for the pair, whichever of the two asks. */
const conversationKey = (userA: string, userB: string): string => pairKey(userA, userB).join(' ');

/**
 * Live messages, committed on this connection or by the commit thread (D109, D110), and the ready
 * bodies (D90) that a commit changes. They live here, not beside the reads that build them: live
 * messages are the only rows the API writes to these tables, so the one function that answers a
 * commit drops what it changed, and no read can see bytes older than the last message.
 */
export function createLiveChat(db: Db, history: ChatHistory) {
  const commitMessages = createMessageCommit(db);
  // The 200 bodies of "Get messages" by pair and of "Get user threads" by user.
  const readyConversations = new ReadyBytes<string, ConversationBody>();
  const readyThreads = new ReadyBytes<string, ThreadsBody>();

  /**
   * What a group commit answers, with the ready bodies it changed dropped (each pair's
   * conversation, each side's threads) before anyone is told the messages are stored.
   */
  const committed = (
    batch: readonly NewMessage[],
    outcomes: readonly CommitOutcome[],
  ): (StoredMessage | Error)[] =>
    batch.map((message, i) => {
      const outcome = outcomes[i] ?? { error: 'no outcome' };
      if ('error' in outcome) return new Error(outcome.error);
      readyConversations.drop(conversationKey(message.senderId, message.receiverId));
      readyThreads.drop(message.senderId);
      readyThreads.drop(message.receiverId);
      return { ...message, ...outcome };
    });

  return {
    /** The serialized 200 body of "Get messages" for the two users' conversation. */
    conversationBody: (userA: string, userB: string): JsonBytes<ConversationBody> =>
      readyConversations.get(conversationKey(userA, userB), () =>
        success({ messages: history.findConversation(userA, userB) }, MESSAGES_RETRIEVED),
      ),
    /** The serialized 200 body of "Get user threads" for `userId`. */
    threadsBody: (userId: string): JsonBytes<ThreadsBody> =>
      readyThreads.get(userId, () => success(history.listThreads(userId))),
    /**
     * Stores live messages in one transaction on this connection (D109); per message, where it
     * was stored or the Error that kept it out. `MessageWriter` sends file databases' batches to a
     * commit thread instead and hands the outcomes to `storedElsewhere`.
     */
    storeMessages: (batch: readonly NewMessage[]): (StoredMessage | Error)[] =>
      committed(batch, commitMessages(batch)),
    /** Live messages another connection committed: the same answer, the same ready bodies dropped. */
    storedElsewhere: committed,
    /** Drops every ready body: for writes that bypass this module (Store.forgetCaches). */
    forget: (): void => {
      readyConversations.clear();
      readyThreads.clear();
    },
  };
}
