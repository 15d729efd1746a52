import type { HttpExchange, TranscriptEntry } from '../client/evidence.js';
import type { Severity, Verdict } from '../model/types.js';

/** Exchanges in the coverage model's input shape (spec/coverage/), recorded from the start. */
export type { CoverageExchange } from '../../spec/coverage/exchange.js';

/** Who broke the contract: the client (a frontend bug) or the server (backend drift). */
export type Side = 'client' | 'server';

/**
 * One broken rule seen in the traffic, before deduplication: what the judges answer. `operation`
 * is the operationId (`getMessages`), a frame kind (`chat_message`, `re_message`), `socket` for a
 * close, or `proxy` for a request the contract does not name (an unreachable target).
 */
export interface Sighting {
  side: Side;
  operation: string;
  title: string;
  docRef: string;
  severity: Severity;
  verdict: Verdict & { rule: string };
}

/** What the proxy saw of one HTTP exchange: the request and answer, as the suite's evidence takes them. */
export type ProxiedHttp = HttpExchange;

/** Socket evidence for a sighting: the connection's transcript up to it. */
export type SocketEvidence = TranscriptEntry[];
