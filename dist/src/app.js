import { createNodeWebSocket } from '@hono/node-ws';
import { Hono } from 'hono';
import { getPath } from 'hono/utils/url';
import { SOCKET_PATH, SOCKET_PATH_ALIAS } from '../spec/asyncapi.js';
import { docsRoutes } from './docs/index.js';
import { corsForAnyOrigin } from './http/cors.js';
import { failureResponse } from './http/errors.js';
import { contractGate } from './http/gate.js';
import { preferences } from './http/prefer.js';
import { requestLog } from './http/request-log.js';
import { canonicalPath } from './http/route-table.js';
import { mockRoutes } from './mock/index.js';
import { registerAuthRoutes } from './routes/auth.js';
import { registerChatRoutes } from './routes/chat.js';
import { registerExecRoutes } from './routes/exec.js';
import { registerLedgerRoutes } from './routes/ledger.js';
import { createRouter } from './routes/mount.js';
import { registerUserRoutes } from './routes/users.js';
import { chatSocket, socketHandshake } from './socket/chat-socket.js';
import { MessageWriter } from './socket/message-writer.js';
import { ConnectionRegistry } from './socket/registry.js';
/**
 * Builds the stand-in: middleware, the contract's routes, the socket, docs and controls. Does not
 * listen; `server.ts` does, and tests may call `app.request()` directly.
 *
 * @example
 * const { app, injectWebSocket } = createApp({ store, secret: () => s, origin: () => url, reset });
 */
export function createApp({ store, secret, origin, reset, latencyMs = 0, log }) {
    // Paths without their trailing slash route like the slashed ones, for every method (D22).
    const app = new Hono({ getPath: (request) => canonicalPath(getPath(request)) });
    const { injectWebSocket, upgradeWebSocket, wss } = createNodeWebSocket({ app });
    const registry = new ConnectionRegistry();
    const writer = new MessageWriter(store.chat);
    app.use(corsForAnyOrigin());
    if (log)
        app.use(requestLog(log));
    app.use(preferences({ latencyMs }));
    app.use(contractGate({ secret, users: store.users }));
    const api = createRouter();
    registerAuthRoutes(api, store, secret);
    registerUserRoutes(api, store);
    registerChatRoutes(api, store);
    registerExecRoutes(api, store);
    registerLedgerRoutes(api, store);
    app.route('/', api);
    const socket = chatSocket(upgradeWebSocket, {
        store,
        secret,
        registry,
        writer,
        log: log ?? (() => { }),
    });
    for (const path of [SOCKET_PATH, SOCKET_PATH_ALIAS]) {
        app.get(path, socketHandshake({ store, secret }), socket, (c) => failureResponse(c, 'This is the chat WebSocket: connect with a WebSocket client', 426));
    }
    app.route('/', docsRoutes({ origin }));
    app.route('/', mockRoutes({ store, secret, reset }));
    app.get('/', (c) => c.redirect('/docs'));
    app.notFound((c) => failureResponse(c, 'Not found', 404));
    app.onError((error, c) => {
        // A 500 is a stand-in bug: always printed, even with --quiet.
        console.error(`ERROR ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`);
        return failureResponse(c, 'Internal error in the stand-in (this is a bug: please report it)', 500);
    });
    return { app, injectWebSocket, wss, registry };
}
