import type { Context } from 'hono';
import type { Policies } from '../policy/policies.js';
import { isOwnPath } from '../routing/route-table.js';
import { noteDeviation } from './deviation.js';
import { failureResponse } from './errors.js';
import type { AppEnv } from './hono-env.js';

/**
 * Django's 404 page with `DEBUG = False` (`django.views.defaults.page_not_found` without a
 * `404.html` template): what a URL no pattern matches gets, before any DRF view runs.
 */
export const DJANGO_NOT_FOUND =
  '\n<!doctype html>\n<html lang="en">\n<head>\n  <title>Not Found</title>\n</head>\n<body>\n  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>\n</body>\n</html>\n';

export const NOT_FOUND_DEVIATIONS = {
  'django-html': "D123; a route the docs do not list: Django's HTML 404 (DEBUG off)",
  'drf-detail': "D123; a route the docs do not list: DRF's NotFound body",
} as const;

/**
 * The one seam for a route the contract does not have (D123, D14): the envelope `Not found`
 * (lenient), Django's HTML page (strict) or DRF's `{"detail":"Not found."}` (a server observed
 * so with `--like`). The stand-in's own pages and controls keep the envelope: they are not the API.
 */
export function notFoundAnswer(policies: Pick<Policies, 'unknownRoute'>) {
  return function notFound(c: Context<AppEnv>) {
    const policy = policies.unknownRoute;
    if (policy === 'envelope' || isOwnPath(c.req.path)) return failureResponse(c, 'Not found', 404);
    noteDeviation(c, NOT_FOUND_DEVIATIONS[policy]);
    if (policy === 'drf-detail') return c.json({ detail: 'Not found.' }, 404);
    return c.html(DJANGO_NOT_FOUND, 404);
  };
}
