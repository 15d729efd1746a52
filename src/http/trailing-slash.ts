import type { MiddlewareHandler } from 'hono';
import { getPath } from 'hono/utils/url';
import { canonicalPath } from '../routing/route-table.js';
import { DEVIATIONS, noteDeviation } from './deviation.js';
import type { AppEnv } from './hono-env.js';
import type { LaneRule } from './lane-rule.js';

/**
 * A contract path sent without its trailing slash. Lenient, it is answered as the slashed path
 * (D22), loudly; strict, it gets Django's `APPEND_SLASH` answer before any view runs: a 301 to the
 * slashed path, query kept, whatever the method (D63).
 */
export function trailingSlash({ strict }: { strict: boolean }): MiddlewareHandler<AppEnv> {
  return async function trailingSlash(c, next) {
    // `c.req.path` is already the canonical one (the app's getPath adds the slash): read the raw.
    const raw = getPath(c.req.raw);
    const slashed = canonicalPath(raw);
    if (slashed === raw) return next();
    if (!strict) {
      noteDeviation(c, DEVIATIONS.noTrailingSlash);
      return next();
    }
    const query = c.req.url.includes('?') ? c.req.url.slice(c.req.url.indexOf('?')) : '';
    c.header('Location', `${slashed}${query}`);
    c.header('Content-Type', 'text/html; charset=utf-8');
    return c.body(null, 301);
  };
}

/** A path that already ends in `/` passes untouched (the lane's paths all do). */
export const trailingSlashLane: LaneRule = {
  passes: (request) => (request.url ?? '').split('?')[0]?.endsWith('/') ?? false,
};
