import type { Context, MiddlewareHandler } from 'hono';
import { failureResponse } from './errors.js';
import type { AppEnv } from './hono-env.js';

/** The response header that names the decision a lenient answer relied on (D63). */
export const DEVIATION_HEADER = 'X-Standin-Deviation';

/**
 * The forms the stand-in accepts beyond the docs that are not whole operations (those are below),
 * each with the decision that allows it.
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

/** The decision each extension operation (`x-standin-extension` in the contract) relies on. */
const OPERATION_DEVIATIONS: Record<string, string> = {
  enableCoinPost: 'D7; the docs document GET with a JSON body',
  disableCoinPost: 'D7; the docs document GET with a JSON body',
  changeUserSettingsPost: 'D9; the docs document GET with a JSON body',
  changeUserSettingsPut: 'D9; the docs document GET with a JSON body',
  changeUserSettingsPatch: 'D9; the docs document GET with a JSON body',
};

/**
 * What an operation the contract marks `x-standin-extension` relies on; undefined for a
 * documented one. An extension without its own entry above is still named, by its id.
 */
export function routeDeviation(route: {
  operationId?: string;
  'x-standin-extension'?: unknown;
}): string | undefined {
  if (route['x-standin-extension'] !== true) return undefined;
  const id = route.operationId ?? 'this operation';
  return OPERATION_DEVIATIONS[id] ?? `D63; ${id} is a stand-in extension`;
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
