/** One entry, linked to its neighbours in recency order. */
interface Node<K, V> {
  key: K;
  value: V;
  weight: number;
  newer: Node<K, V> | undefined;
  older: Node<K, V> | undefined;
}

/**
 * A map that keeps at most `limit` (by count, or by `weigh` when given) and lets the least recently
 * used entries go first. The memos on the request path (paths, hosts, tokens), the password answers
 * and the store's ready bytes all sit on it, so each bound is one number beside its user.
 *
 * A linked list rather than the usual delete-and-set on a Map: a hit then costs one Map look-up and
 * a few pointer writes (about what a plain Map.get costs), where re-inserting costs four times that,
 * and the route memo alone is asked several times per request.
 *
 * `undefined` is not a value it can hold (`get` says "absent" with it): a memo of "no answer" stores
 * `null`.
 *
 * @example
 * const verdicts = new LruCache<string, boolean>(100);
 * verdicts.set('localhost:3000', true);
 * verdicts.get('localhost:3000'); // true, and now the most recently used
 */
export class LruCache<K, V extends NonNullable<unknown> | null> {
  readonly #nodes = new Map<K, Node<K, V>>();
  #newest: Node<K, V> | undefined;
  #oldest: Node<K, V> | undefined;
  #weight = 0;

  /** `weigh` counts a value against `limit`; each entry counts 1 without it. */
  constructor(
    readonly limit: number,
    private readonly weigh?: (value: V) => number,
  ) {}

  get size(): number {
    return this.#nodes.size;
  }

  /** What the entries weigh together: their number unless `weigh` is given. */
  get weight(): number {
    return this.#weight;
  }

  /** The value for `key`, which becomes the most recently used; `undefined` when absent. */
  get(key: K): V | undefined {
    const node = this.#nodes.get(key);
    if (node === undefined) return undefined;
    if (node !== this.#newest) {
      this.#unlink(node);
      this.#link(node);
    }
    return node.value;
  }

  /**
   * Keeps `value` as the most recently used, then lets the least recently used go until the
   * limit holds. A value heavier than the whole limit is not kept at all.
   */
  set(key: K, value: V): void {
    this.delete(key);
    const weight = this.weigh ? this.weigh(value) : 1;
    if (weight > this.limit) return;
    const node: Node<K, V> = { key, value, weight, newer: undefined, older: undefined };
    this.#nodes.set(key, node);
    this.#link(node);
    this.#weight += weight;
    while (this.#weight > this.limit && this.#oldest) this.delete(this.#oldest.key);
  }

  delete(key: K): boolean {
    const node = this.#nodes.get(key);
    if (node === undefined) return false;
    this.#nodes.delete(key);
    this.#unlink(node);
    this.#weight -= node.weight;
    return true;
  }

  clear(): void {
    this.#nodes.clear();
    this.#newest = undefined;
    this.#oldest = undefined;
    this.#weight = 0;
  }

  /** The keys, least recently used first: the order they would be let go in. */
  *keys(): IterableIterator<K> {
    for (let node = this.#oldest; node; node = node.newer) yield node.key;
  }

  /** Makes `node` the newest. */
  #link(node: Node<K, V>): void {
    node.older = this.#newest;
    node.newer = undefined;
    if (this.#newest) this.#newest.newer = node;
    else this.#oldest = node;
    this.#newest = node;
  }

  #unlink(node: Node<K, V>): void {
    if (node.newer) node.newer.older = node.older;
    else this.#newest = node.older;
    if (node.older) node.older.newer = node.newer;
    else this.#oldest = node.newer;
  }
}
