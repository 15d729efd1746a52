import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import { failureResponse } from './errors.js';

/** The response header that names the decision a lenient answer relied on (D63). */
export const DEVIATION_HEADER = 'X-Standin-Deviation';

/**
 * The forms the stand-in accepts beyond the docs that are not whole operations (those carry
 * `x-standin-deviation` on their route in spec/routes/), each with the decision that allows it.
 */
export const DEVIATIONS = {
  coinInQuery: 'D7; the docs document the coin in a JSON body, not the query string',
  formBody: 'D63; the docs document JSON request bodies, not forms',
  noTrailingSlash: "D22; the docs' paths end in /",
  socketAlias: "D2; the docs' endpoint is /chat/room/ws/",
} as const;

/**
 * Records that this answer relies on an extension: the response header, the request log line and
 * the journal all read it (the journal and log through `c.get('deviation')`). Several join with
 * `, `, in the order they were met.
 *
 * @example
 * noteDeviation(c, DEVIATIONS.coinInQuery);
 */
export function noteDeviation(c: Context<AppEnv>, deviation: string): void {
  const earlier = c.get('deviation');
  const all = earlier ? `${earlier}, ${deviation}` : deviation;
  c.set('deviation', all);
  c.header(DEVIATION_HEADER, all);
}

/** The `x-standin-deviation` a contract route carries when the whole operation is an extension. */
export function routeDeviation(route: object): string | undefined {
  const value = (route as { 'x-standin-deviation'?: unknown })['x-standin-deviation'];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The socket's second path (D2): served loudly, or, strict, not at all (404, as a server routing
 * only the documented endpoint answers).
 */
export function socketAlias({ strict }: { strict: boolean }): MiddlewareHandler<AppEnv> {
  return async function socketAlias(c, next) {
    if (strict) return failureResponse(c, 'Not found', 404);
    noteDeviation(c, DEVIATIONS.socketAlias);
    return next();
  };
}
