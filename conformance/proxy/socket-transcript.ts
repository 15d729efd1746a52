import type { TranscriptEntry } from '../client/evidence.js';

/** Entries kept per socket: the latest ones, which lead up to a finding. */
const KEPT = 200;
/** Characters of a frame kept in the transcript. */
const DATA_CHARS = 500;

/** One proxied socket's events, both sides, in the suite's transcript shape. */
export class SocketTranscript {
  readonly #entries: TranscriptEntry[] = [];
  readonly #origin = performance.now();

  note(socket: 'client' | 'server', entry: Omit<TranscriptEntry, 'at_ms' | 'socket'>): void {
    const data = entry.data === undefined ? {} : { data: entry.data.slice(0, DATA_CHARS) };
    this.#entries.push({
      at_ms: Math.round(performance.now() - this.#origin),
      socket,
      ...entry,
      ...data,
    });
    if (this.#entries.length > KEPT) this.#entries.shift();
  }

  snapshot(): TranscriptEntry[] {
    return this.#entries.map((entry) => ({ ...entry }));
  }
}
