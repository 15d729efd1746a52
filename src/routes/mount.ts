import { OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import { describeIssues, failureResponse } from '../http/errors.js';
import type { AppEnv } from '../http/hono-env.js';

/**
 * A router whose validation failures answer the documented envelope (400), so there is one error
 * shape for HTTP.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success)
        return failureResponse(c, `Invalid request: ${describeIssues(result.error)}`);
    },
  });
}

export type Router = ReturnType<typeof createRouter>;

/**
 * The route object minus its body: bodies are read by `readValidBody`, which can also read the
 * JSON body of a GET (D7, D9) and a form body, and answers every failure in the envelope.
 */
export function withoutBody<R extends RouteConfig>(route: R) {
  const { body: _body, ...request } = route.request ?? {};
  // Typed as the original: the handler's responses stay checked against the contract, and no
  // handler reads `c.req.valid('json')` (the validator is gone).
  return { ...route, request } as R;
}

/**
 * The route object minus its path-parameter validator, for a route whose handler parses its own
 * parameters with the contract's parser (Get messages' `uid`, `parseUuid`, D73): validating twice
 * cost a fifth of that route's time. The published document still declares the parameters.
 */
export function withoutParamValidation<R extends RouteConfig>(route: R) {
  const { params: _params, ...request } = route.request ?? {};
  // Typed as the original, like `withoutBody`: the handler reads `c.req.param()`, never
  // `c.req.valid('param')` (the validator is gone).
  return { ...route, request } as R;
}
