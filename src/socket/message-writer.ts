import type { ChatStore, NewMessage, StoredMessage } from '../store/chat.js';

type Pending = { message: NewMessage; resolve: (stored: StoredMessage | Error) => void };

/**
 * Group commit: messages arriving in the same event-loop turn are stored in one transaction (one
 * fsync) and only then handed back for delivery. Under load this is what keeps "stored before
 * delivered" cheap; alone, a message waits one `setImmediate`.
 */
export class MessageWriter {
  #queue: Pending[] = [];
  #scheduled = false;

  constructor(private readonly chat: ChatStore) {}

  /** Resolves with the stored message, or an Error when it could not be stored. Never rejects. */
  store(message: NewMessage): Promise<StoredMessage | Error> {
    return new Promise((resolve) => {
      this.#queue.push({ message, resolve });
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => this.#flush());
      }
    });
  }

  #flush(): void {
    const batch = this.#queue;
    this.#queue = [];
    this.#scheduled = false;
    try {
      const stored = this.chat.storeMessages(batch.map((pending) => pending.message));
      for (const [i, pending] of batch.entries()) pending.resolve(stored[i] as StoredMessage);
    } catch {
      // One bad row (say, a receiver removed by a reset) must not sink its neighbours: retry alone.
      for (const pending of batch) {
        try {
          pending.resolve(this.chat.storeMessages([pending.message])[0] as StoredMessage);
        } catch (error) {
          pending.resolve(error instanceof Error ? error : new Error(String(error)));
        }
      }
    }
  }
}
