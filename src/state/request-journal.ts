import type { Coverage } from '../../spec/schemas/coverage.js';
import type {
  HttpJournalEntry,
  JournalEntry,
  JournalQuery,
  SocketJournalEntry,
} from '../../spec/schemas/mock.js';
import { JournalCoverage } from './journal-coverage.js';

/** How many entries the journal keeps unless `--journal N` says otherwise. */
export const DEFAULT_JOURNAL_SIZE = 1000;

type HttpDetail = Omit<HttpJournalEntry, 'id' | 'time' | 'kind' | 'user_id' | 'method' | 'path'>;

/** A socket event as the socket code reports it; the journal adds the id and the time. */
export type SocketEvent = Pick<SocketJournalEntry, 'event' | 'user_id'> &
  Partial<Pick<SocketJournalEntry, 'data' | 'code'>>;

/** Where socket events go: the journal in the server. */
export type RecordSocketEvent = (event: SocketEvent) => void;

/** An HTTP exchange as recorded: what filters read, and the rest built only when asked for. */
export interface HttpRecord {
  method: string;
  path: string;
  user_id: string | null;
  detail: () => HttpDetail;
}

/**
 * Recording is on every request's path, so an entry keeps only what filters need plus references;
 * the JSON shape (headers, query, the ISO time) is built when `GET /__mock/requests` asks.
 */
type Stored =
  | { id: number; at: number; kind: 'http'; record: HttpRecord }
  | { id: number; at: number; kind: 'socket'; event: SocketEvent };

function toEntry(stored: Stored): JournalEntry {
  const common = { id: stored.id, time: new Date(stored.at).toISOString() };
  if (stored.kind === 'socket')
    return { ...common, kind: 'socket', data: null, code: null, ...stored.event };
  const { method, path, user_id } = stored.record;
  return { ...common, kind: 'http', method, path, user_id, ...stored.record.detail() };
}

/**
 * The last N HTTP exchanges and socket events (D54), in a ring so memory stays bounded whatever
 * the traffic. Entries are numbered in arrival order; queries answer newest first.
 */
export class Journal {
  #entries: Stored[] = [];
  #next = 0;
  #nextId = 1;
  /** What the entries covered, kept past the ring (D140). */
  readonly #coverage = new JournalCoverage();

  constructor(readonly size: number = DEFAULT_JOURNAL_SIZE) {}

  recordHttp(record: HttpRecord, at: number): void {
    this.#push({ id: 0, at, kind: 'http', record });
  }

  readonly recordSocket: RecordSocketEvent = (event) => {
    this.#push({ id: 0, at: Date.now(), kind: 'socket', event });
  };

  #push(entry: Stored): void {
    if (this.size === 0) return;
    entry.id = this.#nextId++;
    // Stryker disable next-line ConditionalExpression: until the ring is full, #next is its length, so assigning there is a push
    if (this.#entries.length < this.size) this.#entries.push(entry);
    else {
      const evicted = this.#entries[this.#next] as Stored;
      this.#coverage.fold(evicted.id, () => toEntry(evicted));
      this.#entries[this.#next] = entry;
    }
    this.#next = (this.#next + 1) % this.size;
  }

  /** Entries matching every filter given, newest first. */
  query(filter: JournalQuery = {}): JournalEntry[] {
    const since = filter.since ? Date.parse(filter.since) : undefined;
    const matching = [...this.#entries]
      .sort((a, b) => b.id - a.id)
      .filter((entry) => {
        // Stryker disable next-line ConditionalExpression: a socket entry has no record, so `http` is undefined either way
        const http = entry.kind === 'http' ? entry.record : undefined;
        const userId = entry.kind === 'http' ? entry.record.user_id : entry.event.user_id;
        return (
          (filter.kind === undefined || entry.kind === filter.kind) &&
          (filter.user_id === undefined || userId === filter.user_id) &&
          (since === undefined || entry.at >= since) &&
          (filter.method === undefined || http?.method === filter.method) &&
          (filter.path === undefined || (http?.path.startsWith(filter.path) ?? false))
        );
      });
    return matching.slice(0, filter.limit ?? matching.length).map(toEntry);
  }

  /** Coverage of every entry recorded since start-up or the last `clear()` (D140). */
  coverage(): Coverage {
    const pending = this.#entries.map((stored) => ({
      id: stored.id,
      entry: () => toEntry(stored),
    }));
    return this.#coverage.snapshot(pending, this.size === 0);
  }

  /** Empties the journal and its coverage. */
  clear(): void {
    this.#entries = [];
    this.#next = 0;
    this.#coverage.clear(this.#nextId - 1);
  }
}
