import type { MiddlewareHandler } from 'hono';
import { getPath } from 'hono/utils/url';
import type { Policies } from '../policy/policies.js';
import { canonicalPath } from '../routing/route-table.js';
import { DEVIATIONS, noteDeviation } from './deviation.js';
import type { AppEnv } from './hono-env.js';
import type { LaneRule } from './lane-rule.js';

/**
 * A contract path sent without its trailing slash, as the policy says for its method: lenient, it
 * is answered as the slashed path (D22), loudly; strict, it gets Django's `APPEND_SLASH` answer
 * before any view runs: a 301 to the slashed path, query kept, whatever the method (D63); a server
 * observed answering 404 (`--like`, D125) gets the unknown route's answer.
 */
export function trailingSlash({
  slashless,
}: Pick<Policies, 'slashless'>): MiddlewareHandler<AppEnv> {
  return async function trailingSlash(c, next) {
    // `c.req.path` is already the canonical one (the app's getPath adds the slash): read the raw.
    const raw = getPath(c.req.raw);
    const slashed = canonicalPath(raw);
    if (slashed === raw) return next();
    const reaction =
      c.req.method === 'GET' || c.req.method === 'HEAD' ? slashless.get : slashless.other;
    if (reaction === 'serve') {
      noteDeviation(c, DEVIATIONS.noTrailingSlash);
      return next();
    }
    if (reaction === 'not-found') return c.notFound();
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
