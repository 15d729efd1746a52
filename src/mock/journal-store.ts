import type {
  HttpJournalEntry,
  JournalEntry,
  JournalQuery,
  SocketJournalEntry,
} from '../../spec/schemas/mock.js';

/** How many entries the journal keeps unless `--journal N` says otherwise. */
export const DEFAULT_JOURNAL_SIZE = 1000;

type Unnumbered<T> = Omit<T, 'id' | 'time'>;

/** A socket event as the socket code reports it; the journal adds the id and the time. */
export type SocketEvent = Pick<SocketJournalEntry, 'event' | 'user_id'> &
  Partial<Pick<SocketJournalEntry, 'data' | 'code'>>;

/** Where socket events go: the journal in the server, nothing when it is switched off. */
export type RecordSocketEvent = (event: SocketEvent) => void;

/**
 * The last N HTTP exchanges and socket events (D54), in a ring so memory stays bounded whatever
 * the traffic. Entries are numbered in arrival order; queries answer newest first.
 */
export class Journal {
  #entries: JournalEntry[] = [];
  #next = 0;
  #nextId = 1;

  constructor(readonly size: number = DEFAULT_JOURNAL_SIZE) {}

  recordHttp(entry: Unnumbered<HttpJournalEntry>, started: Date): void {
    this.#push({ ...entry, id: 0, time: started.toISOString() });
  }

  readonly recordSocket: RecordSocketEvent = (event) => {
    this.#push({
      kind: 'socket',
      data: null,
      code: null,
      ...event,
      id: 0,
      time: new Date().toISOString(),
    });
  };

  #push(entry: JournalEntry): void {
    if (this.size === 0) return;
    entry.id = this.#nextId++;
    if (this.#entries.length < this.size) this.#entries.push(entry);
    else this.#entries[this.#next] = entry;
    this.#next = (this.#next + 1) % this.size;
  }

  /** Entries matching every filter given, newest first. */
  query(filter: JournalQuery = {}): JournalEntry[] {
    const since = filter.since ? Date.parse(filter.since) : undefined;
    const newestFirst = [...this.#entries].sort((a, b) => b.id - a.id);
    const matching = newestFirst.filter(
      (entry) =>
        (filter.kind === undefined || entry.kind === filter.kind) &&
        (filter.user_id === undefined || entry.user_id === filter.user_id) &&
        (since === undefined || Date.parse(entry.time) >= since) &&
        (filter.method === undefined ||
          (entry.kind === 'http' && entry.method === filter.method)) &&
        (filter.path === undefined ||
          (entry.kind === 'http' && entry.path.startsWith(filter.path))),
    );
    return filter.limit === undefined ? matching : matching.slice(0, filter.limit);
  }

  clear(): void {
    this.#entries = [];
    this.#next = 0;
  }
}
