import type { HttpExchange, TranscriptEntry } from '../client/evidence.js';
import type { Severity, Verdict } from '../model/types.js';

/**
 * One exchange in the shape the coverage model (spec/coverage/, issue 23 part 2) reads: the proxy
 * records every exchange this way from the start, so coverage folds them in without an adapter.
 */
export type CoverageExchange =
  | {
      kind: 'http';
      method: string;
      path: string;
      status: number;
      requestBody?: unknown;
      query?: Record<string, string>;
      responseBody?: unknown;
    }
  | { kind: 'frame'; from: 'client' | 'server'; frame: unknown }
  | { kind: 'close'; code: number };

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
