import type { ChatMessage, Thread } from '../../spec/schemas/chat.js';
import { type Db } from './database.js';
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
/** The unordered pair key: one thread per two people, whoever wrote first. */
export declare function pairKey(a: string, b: string): [string, string];
export declare function createChatStore(db: Db): {
    /** The conversation between two users, oldest first. */
    findConversation: (userA: string, userB: string) => ChatMessage[];
    listThreads: (userId: string) => Thread[];
    storeMessages: (batch: readonly NewMessage[]) => StoredMessage[];
};
export type ChatStore = ReturnType<typeof createChatStore>;
