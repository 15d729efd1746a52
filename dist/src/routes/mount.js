import { OpenAPIHono } from '@hono/zod-openapi';
import { describeIssues, failureResponse } from '../http/errors.js';
/**
 * A router whose validation failures answer the documented envelope (400), so there is one error
 * shape for HTTP.
 */
export function createRouter() {
    return new OpenAPIHono({
        defaultHook: (result, c) => {
            if (!result.success)
                return failureResponse(c, `Invalid request: ${describeIssues(result.error)}`);
        },
    });
}
/**
 * The route object minus its body: bodies are read by `readValidBody`, which can also read the
 * JSON body of a GET (D7, D9) and a form body, and answers every failure in the envelope.
 */
export function withoutBody(route) {
    const { body: _body, ...request } = route.request ?? {};
    // Typed as the original: the handler's responses stay checked against the contract, and no
    // handler reads `c.req.valid('json')` (the validator is gone).
    return { ...route, request };
}
