import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './hono-env.js';

/**
 * What one step before a handler says about the read lane (src/app/read-lane.ts), which answers the
 * ready reads before Hono runs: each middleware declares its rule beside itself, and the lane takes
 * a request only when every step's rule passes it, so a step cannot be skipped by accident.
 */
export interface LaneRule {
  /** The step would let this request through unchanged (its own effect aside, see `reproduces`). */
  passes(request: IncomingMessage): boolean;
  /** What the step adds to every answer that the lane writes itself, for a reader to check. */
  reproduces?: string;
}

/** A middleware and its lane rule: the only form the app mounts middleware in (src/app/middleware-chain.ts). */
export interface DeclaredMiddleware {
  name: string;
  handler: MiddlewareHandler<AppEnv>;
  lane: LaneRule;
}

/** A rule for a step that passes every request the lane matches. */
export const passesEveryRequest = (reproduces?: string): LaneRule => ({
  passes: () => true,
  reproduces,
});

/** No body: no length, or length 0, and no chunked transfer. */
export function hasNoBody(request: IncomingMessage): boolean {
  const { headers } = request;
  return (
    headers['transfer-encoding'] === undefined &&
    (headers['content-length'] === undefined || headers['content-length'] === '0')
  );
}

/**
 * The Authorization header when it is sent once. Node keeps only the first of several, where Hono's
 * Request joins them all (which no token check accepts): with two, the chain must answer.
 */
export function soleAuthorization(raw: string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    if ((raw[i] as string).toLowerCase() !== 'authorization') continue;
    if (value !== undefined) return undefined;
    value = raw[i + 1];
  }
  return value;
}
