import { AsyncLocalStorage } from 'node:async_hooks';

/** One line of a socket transcript: milliseconds since the check started. */
export interface TranscriptEntry {
  at_ms: number;
  socket: string;
  event: 'open' | 'refused' | 'sent' | 'received' | 'close' | 'error';
  data?: string;
  code?: number;
}

/** A request exactly as the client put it on the wire (secrets still in it). */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** What came back, in the client's terms (see client.ts). */
export type ReceivedResponse =
  | { ok: true; status: number; headers: Record<string, string>; text: string }
  | { ok: false; error: string };

export interface HttpExchange {
  at: number;
  request: SentRequest;
  response: ReceivedResponse;
}

export interface SocketEvent extends Omit<TranscriptEntry, 'at_ms'> {
  at: number;
}

/**
 * Everything one check sent and received. A check's log also takes in the logs of the shared
 * calls it reads (`RunContext.once`), so a check that reuses another's response still carries it.
 */
export class EvidenceLog {
  readonly http: HttpExchange[] = [];
  readonly socket: SocketEvent[] = [];
  private readonly included = new Set<EvidenceLog>();

  include(other: EvidenceLog): void {
    if (other !== this) this.included.add(other);
  }

  private all(): EvidenceLog[] {
    const seen = new Set<EvidenceLog>([this]);
    for (const log of seen) for (const child of log.included) seen.add(child);
    return [...seen];
  }

  /** The last exchange made: the one a failing check judged (cleanup calls are not logged). */
  lastExchange(): HttpExchange | undefined {
    return this.all()
      .flatMap((log) => log.http)
      .sort((a, b) => a.at - b.at)
      .at(-1);
  }

  /** Every socket event, in order, in milliseconds since `startedAt` (or the first event, if earlier). */
  transcript(startedAt: number): TranscriptEntry[] {
    const events = this.all()
      .flatMap((log) => log.socket)
      .sort((a, b) => a.at - b.at);
    const origin = Math.min(startedAt, events[0]?.at ?? startedAt);
    return events.map(({ at, ...event }) => ({ at_ms: Math.round(at - origin), ...event }));
  }
}

const current = new AsyncLocalStorage<EvidenceLog | undefined>();

/** Runs `work` with `log` collecting every HTTP exchange and socket event it causes. */
export const collectEvidence = <T>(log: EvidenceLog, work: () => Promise<T>): Promise<T> =>
  current.run(log, work);

/** The log of the check running now, if any. Capture it when a call starts: events come later. */
export const currentEvidence = (): EvidenceLog | undefined => current.getStore();

/**
 * Runs calls that put back what a check changed: they are not what the check judged, so they
 * stay out of its evidence.
 *
 * @example
 * finally { await asCleanup(() => call({ can_trade_btc: original })); }
 */
export const asCleanup = <T>(work: () => Promise<T>): Promise<T> => current.run(undefined, work);
