import { Hono } from 'hono';
import type { AppEnv } from '../env.js';
/**
 * `/docs` (Scalar, for the OpenAPI document), `/docs/ws` (the socket), and both documents. The
 * documents name this server, so "Try it" calls the stand-in itself.
 */
export declare function docsRoutes({ origin }: {
    origin: () => string;
}): Hono<AppEnv, import("hono/types").BlankSchema, "/">;
