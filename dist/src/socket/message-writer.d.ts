import type { ChatStore, NewMessage, StoredMessage } from '../store/chat.js';
/**
 * Group commit: messages arriving in the same event-loop turn are stored in one transaction (one
 * fsync) and only then handed back for delivery. Under load this is what keeps "stored before
 * delivered" cheap; alone, a message waits one `setImmediate`.
 */
export declare class MessageWriter {
    #private;
    private readonly chat;
    constructor(chat: ChatStore);
    /** Resolves with the stored message, or an Error when it could not be stored. Never rejects. */
    store(message: NewMessage): Promise<StoredMessage | Error>;
}
