import { LruCache } from '../cache/lru-cache.js';

/**
 * UTF-8 JSON of a `T`, its shape kept for the type checker. Bytes, not a string: a string would be
 * encoded again on every send, which for a 3 MB conversation is most of the request.
 */
export type JsonBytes<T> = Buffer & { readonly __shape?: T };

/**
 * Serialized responses kept ready to send, by key, so a read that nothing has changed since costs
 * a map look-up instead of a query and a `JSON.stringify`. Each store module owns the ones built
 * from its tables and drops them in the same function that writes those tables: one file shows
 * both sides, and no read can see bytes older than the last write.
 *
 * Bounded by total bytes: past `budget`, the least recently used entries go first.
 *
 * @example
 * const ready = new ReadyBytes<string, Thread[]>();
 * const body = ready.get(userId, () => listThreads(userId));
 * ready.drop(userId); // in the write that changes what `build` reads
 */
export class ReadyBytes<K, T> {
  readonly #entries: LruCache<K, JsonBytes<T>>;

  constructor(budget = 16 * 1024 * 1024) {
    this.#entries = new LruCache(budget, (bytes) => bytes.length);
  }

  /** The ready bytes for `key`, built, serialized and kept when there are none. */
  get(key: K, build: () => T): JsonBytes<T> {
    const ready = this.#entries.get(key);
    if (ready !== undefined) return ready;
    const bytes: JsonBytes<T> = Buffer.from(JSON.stringify(build()));
    this.#entries.set(key, bytes); // past the whole budget, not kept
    return bytes;
  }

  drop(key: K): void {
    this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }
}
