import type { MiddlewareHandler } from 'hono';
import { MOCK_ROUTES } from '../../spec/routes/mock.js';
import { failureResponse } from '../http/errors.js';
import type { AppEnv } from '../http/hono-env.js';
import { PathPattern } from '../routing/path-matcher.js';

/** Each control path with the methods the controls document gives it, compiled once. */
const CONTROL_PATHS = (() => {
  const methods = new Map<string, Set<string>>();
  for (const route of MOCK_ROUTES) {
    const own = methods.get(route.path) ?? new Set<string>();
    own.add(route.method.toUpperCase());
    methods.set(route.path, own);
  }
  return [...methods].map(([path, own]) => {
    if (own.has('GET')) own.add('HEAD');
    own.add('OPTIONS');
    return { pattern: new PathPattern(path), allow: [...own].join(', ') };
  });
})();

/**
 * A method a control path does not have is a 405 naming the ones it has in `Allow`, as the API's
 * paths answer (D145), in the controls' envelope; `OPTIONS` is a 204 with the same `Allow` (as
 * every API path answers it, D72); an unknown path under `/__mock/` stays a 404. Mounted after
 * every control, so it sees only what none of them answered.
 */
export function controlMethodNotAllowed(): MiddlewareHandler<AppEnv> {
  return async function controlMethodNotAllowed(c, next) {
    const entry = CONTROL_PATHS.find(({ pattern }) => pattern.test(c.req.path));
    if (!entry) return next();
    c.header('Allow', entry.allow);
    if (c.req.method === 'OPTIONS') return c.body(null, 204);
    return failureResponse(c, `Method "${c.req.method}" not allowed.`, 405);
  };
}
