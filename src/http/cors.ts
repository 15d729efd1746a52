import type { MiddlewareHandler } from 'hono';
import type { LaneRule } from './lane-rule.js';

const ALLOW_HEADERS = 'Authorization, Content-Type, Prefer, X-Mock-Key';
/** Headers a browser app may read: the API's, and what the stand-in reports about `Prefer` (D51). */
const EXPOSE_HEADERS =
  'WWW-Authenticate, Preference-Applied, X-Standin-Ignored-Prefer, X-Standin-Deviation';
const ALLOW_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';

/**
 * The CORS headers of every answer that is not a preflight, as production has them: any origin,
 * with credentials (production-notes.md). The middleware and the read lane both send these.
 */
export function corsHeaders(origin: string | undefined): [name: string, value: string][] {
  const headers: [string, string][] = [
    ['access-control-allow-origin', origin || '*'],
    ['access-control-allow-credentials', 'true'],
    ['access-control-expose-headers', EXPOSE_HEADERS],
  ];
  if (origin) headers.push(['vary', 'Origin']);
  return headers;
}

/**
 * CORS for every route, preflights answered here. Headers go through `c.header()` before the
 * handler runs, never onto `c.res`: touching `c.res` early makes Hono rebuild every response as a
 * full fetch Response, which cost half the throughput.
 */
export function corsForAnyOrigin(): MiddlewareHandler {
  return async function corsForAnyOrigin(c, next) {
    const origin = c.req.header('origin');
    for (const [name, value] of corsHeaders(origin)) c.header(name, value);
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      c.header('Access-Control-Allow-Methods', ALLOW_METHODS);
      c.header(
        'Access-Control-Allow-Headers',
        c.req.header('access-control-request-headers') || ALLOW_HEADERS,
      );
      c.header('Access-Control-Max-Age', '86400');
      return c.body(null, 204);
    }
    return next();
  };
}

/** A preflight is answered here; any other request gets headers the lane writes itself. */
export const corsLane: LaneRule = {
  passes: (request) => request.method !== 'OPTIONS',
  reproduces: 'the CORS headers, by corsHeaders()',
};
