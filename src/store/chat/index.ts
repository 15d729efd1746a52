import type { Db } from '../database.js';
import { createLiveChat } from './commit.js';
import { createChatHistory } from './history.js';
import { createChatSeeding } from './seeding.js';

export type { StoredMessage } from './commit.js';
export type { NewMessage } from './message-commit.js';

/**
 * The chat tables (threads, messages) as the rest of the stand-in sees them: history's reads
 * (history.ts), live messages and the ready bodies they change (commit.ts), and the seed's inserts
 * (seeding.ts), all over one connection. Rows become the contract's shapes in rows.ts; the commit
 * itself is message-commit.js, which the commit thread runs too (D110).
 */
export function createChatStore(db: Db) {
  const history = createChatHistory(db);
  const live = createLiveChat(db, history);
  const seeding = createChatSeeding(db);
  return {
    findConversation: history.findConversation,
    listThreads: history.listThreads,
    conversationBody: live.conversationBody,
    threadsBody: live.threadsBody,
    storeMessages: live.storeMessages,
    storedElsewhere: live.storedElsewhere,
    storeHistory: seeding.storeHistory,
    settleThreads: seeding.settleThreads,
    /** Drops every kept id and ready body: for writes that bypass this module (Store.forgetCaches). */
    forget: (): void => {
      seeding.forget();
      live.forget();
    },
  };
}

export type ChatStore = ReturnType<typeof createChatStore>;
