import { OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { AppEnv } from '../env.js';
/**
 * A router whose validation failures answer the documented envelope (400), so there is one error
 * shape for HTTP.
 */
export declare function createRouter(): OpenAPIHono<AppEnv, {}, "/">;
export type Router = ReturnType<typeof createRouter>;
/**
 * The route object minus its body: bodies are read by `readValidBody`, which can also read the
 * JSON body of a GET (D7, D9) and a form body, and answers every failure in the envelope.
 */
export declare function withoutBody<R extends RouteConfig>(route: R): R;
