import { createRoute, type RouteConfig, type z } from '@hono/zod-openapi';
import { FailureEnvelopeSchema, failure } from '../schemas/envelope.js';
import { jsonContent } from './responses.js';

/** How every `/__mock` control is declared: its tag, key, shared answers and JSON bodies. */

/** The tag the docs page groups every control under. */
export const MOCK_TAG = 'Stand-in controls';
/** The header that carries the control key (D55). */
export const CONTROL_KEY_HEADER = 'X-Mock-Key';

/** What every control answers the same way: a refused key, and another method on its path. */
const everyControlAnswers = {
  401: jsonContent(
    FailureEnvelopeSchema,
    'The control key is missing or wrong (required when the stand-in listens beyond loopback).',
    failure(`A control key is required: send it in the ${CONTROL_KEY_HEADER} header`),
  ),
  405: {
    ...jsonContent(
      FailureEnvelopeSchema,
      'A method this path does not have; `Allow` lists the ones it has (D145).',
      failure('Method "PUT" not allowed.'),
    ),
    headers: { Allow: { schema: { type: 'string' as const, example: 'GET, POST, DELETE' } } },
  },
};

/** The key is optional on loopback: `{}` (no requirement) is one of the alternatives. */
const controlSecurity: Record<string, string[]>[] = [{}, { controlKey: [] }];

/**
 * A control route: tagged apart from the API, marked `x-standin-extension` so the conformance
 * suite never requires it (D26), guarded by the control key (optional on loopback, so `{}` is one
 * of the alternatives), and refused with 401 without it.
 *
 * @example
 * export const reset = controlRoute({ operationId: 'mockReset', method: 'post', path: '/__mock/reset', ... });
 */
export function controlRoute<R extends RouteConfig & { operationId: string }>(route: R) {
  return createRoute({
    ...route,
    tags: [MOCK_TAG],
    'x-standin-extension': true,
    security: controlSecurity,
    responses: { ...route.responses, ...everyControlAnswers },
  });
}

/** A JSON request body; `required` unless the control accepts none. */
export function jsonBody<T extends z.ZodType>(schema: T, required = true) {
  return { required, content: { 'application/json': { schema } } };
}
