import type { MiddlewareHandler } from 'hono';
/**
 * CORS as production has it: any origin, with credentials (production-notes.md). Headers go
 * through `c.header()` before the handler runs, never onto `c.res`: touching `c.res` early makes
 * Hono rebuild every response as a full fetch Response, which cost half the throughput.
 */
export declare function corsForAnyOrigin(): MiddlewareHandler;
