import { Hono } from 'hono';
import type { WSContext } from 'hono/ws';
import type { AppEnv } from './env.js';
import { type LogLine } from './http/request-log.js';
import { ConnectionRegistry } from './socket/registry.js';
import type { Store } from './store/index.js';
export interface AppOptions {
    store: Store;
    /** The JWT signing secret; a function so a reset or rotation is seen at once. */
    secret: () => string;
    /** The public origin (`http://127.0.0.1:8000`), for the docs' "Try it". */
    origin: () => string;
    reset: () => Promise<void>;
    latencyMs?: number;
    /** One line per request and socket event; none when absent (--quiet). */
    log?: LogLine;
}
/**
 * Builds the stand-in: middleware, the contract's routes, the socket, docs and controls. Does not
 * listen; `server.ts` does, and tests may call `app.request()` directly.
 *
 * @example
 * const { app, injectWebSocket } = createApp({ store, secret: () => s, origin: () => url, reset });
 */
export declare function createApp({ store, secret, origin, reset, latencyMs, log }: AppOptions): {
    app: Hono<AppEnv, import("hono/types").BlankSchema, "/">;
    injectWebSocket: (server: import("http").Server | import("http2").Http2Server | import("http2").Http2SecureServer) => void;
    wss: import("ws").WebSocketServer;
    registry: ConnectionRegistry<WSContext<unknown>>;
};
export type StandIn = ReturnType<typeof createApp>;
