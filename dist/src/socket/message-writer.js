/**
 * Group commit: messages arriving in the same event-loop turn are stored in one transaction (one
 * fsync) and only then handed back for delivery. Under load this is what keeps "stored before
 * delivered" cheap; alone, a message waits one `setImmediate`.
 */
export class MessageWriter {
    chat;
    #queue = [];
    #scheduled = false;
    constructor(chat) {
        this.chat = chat;
    }
    /** Resolves with the stored message, or an Error when it could not be stored. Never rejects. */
    store(message) {
        return new Promise((resolve) => {
            this.#queue.push({ message, resolve });
            if (!this.#scheduled) {
                this.#scheduled = true;
                setImmediate(() => this.#flush());
            }
        });
    }
    #flush() {
        const batch = this.#queue;
        this.#queue = [];
        this.#scheduled = false;
        try {
            const stored = this.chat.storeMessages(batch.map((pending) => pending.message));
            for (const [i, pending] of batch.entries())
                pending.resolve(stored[i]);
        }
        catch {
            // One bad row (say, a receiver removed by a reset) must not sink its neighbours: retry alone.
            for (const pending of batch) {
                try {
                    pending.resolve(this.chat.storeMessages([pending.message])[0]);
                }
                catch (error) {
                    pending.resolve(error instanceof Error ? error : new Error(String(error)));
                }
            }
        }
    }
}
