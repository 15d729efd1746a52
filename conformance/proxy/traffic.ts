import type { Severity, Verdict } from '../model/types.js';

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
