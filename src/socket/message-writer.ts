import type { ChatStore, NewMessage, StoredMessage } from '../store/chat/index.js';
import type { CommitThread } from '../store/commit-thread.js';

type Pending = { message: NewMessage; resolve: (stored: StoredMessage | Error) => void };

/**
 * Group commit: messages are stored in batches, one transaction (one fsync) each, and only then
 * handed back for delivery (D109). Under load this is what keeps "stored before delivered" cheap;
 * alone, a message waits one `setImmediate`.
 *
 * With a database file the batches go to a commit thread (D110), one at a time: while one commits,
 * the event loop reads, parses and delivers, and what arrives meanwhile is the next batch. An
 * in-memory database has no file for another connection to open: it is written on this thread.
 */
export class MessageWriter {
  #queue: Pending[] = [];
  #scheduled = false;
  #committing = false;

  constructor(
    private readonly chat: ChatStore,
    private readonly commitThread?: CommitThread,
  ) {}

  /** A socket opened: messages are coming, so the commit thread (D110) starts now, not with them. */
  warmUp(): void {
    this.commitThread?.warmUp();
  }

  /** Resolves with the stored message, or an Error when it could not be stored. Never rejects. */
  store(message: NewMessage): Promise<StoredMessage | Error> {
    return new Promise((resolve) => {
      this.#queue.push({ message, resolve });
      if (!this.#scheduled && !this.#committing) {
        this.#scheduled = true;
        setImmediate(() => this.#flush());
      }
    });
  }

  #flush(): void {
    this.#scheduled = false;
    const batch = this.#queue;
    this.#queue = [];
    const messages = batch.map((pending) => pending.message);
    if (!this.commitThread) {
      settle(batch, this.chat.storeMessages(messages));
      return;
    }
    this.#committing = true;
    void this.commitThread.commit(messages).then((outcomes) => {
      this.#committing = false;
      settle(batch, this.chat.storedElsewhere(messages, outcomes));
      if (this.#queue.length > 0) this.#flush();
    });
  }
}

function settle(batch: Pending[], stored: (StoredMessage | Error)[]): void {
  for (const [i, pending] of batch.entries())
    pending.resolve(stored[i] ?? new Error('the message was not stored'));
}
