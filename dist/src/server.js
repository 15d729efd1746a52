import { serve } from '@hono/node-server';
import { SOCKET_PATH } from '../spec/asyncapi.js';
import { createApp } from './app.js';
import { DEFAULT_SEED, seededWith } from './seed/index.js';
import { openStandInData } from './standin-data.js';
/**
 * Opens (and if needed seeds) the database, then serves HTTP and the socket on one port.
 *
 * @example
 * const standIn = await startStandIn({ ...config, port: 0, db: ':memory:', quiet: true });
 * await standIn.close();
 */
export async function startStandIn(config, print = console.log) {
    const { store, secret, reseed } = await openStandInData({
        db: config.db,
        seed: { seed: config.seed, users: config.users, messages: config.messages },
        reset: config.reset,
        secret: config.secret,
    });
    let url = '';
    const { app, injectWebSocket, wss, registry } = createApp({
        store,
        secret: () => secret,
        origin: () => url,
        reset: reseed,
        latencyMs: config.latencyMs,
        log: config.quiet ? undefined : print,
    });
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
    injectWebSocket(server);
    await new Promise((resolve, reject) => {
        server.once('listening', resolve);
        server.once('error', reject);
    });
    const { port } = server.address();
    const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;
    url = `http://${shownHost}:${port}`;
    const wsUrl = `ws://${shownHost}:${port}${SOCKET_PATH}`;
    if (!config.quiet)
        print(banner(url, wsUrl, store, config));
    return {
        url,
        wsUrl,
        port,
        store,
        connections: () => ({ sockets: registry.socketCount, users: registry.userCount }),
        close: () => new Promise((resolve) => {
            for (const client of wss.clients)
                client.terminate();
            server.close(() => {
                store.db.close();
                resolve();
            });
            server.closeAllConnections?.();
        }),
    };
}
function banner(url, wsUrl, store, config) {
    const people = store.users
        .listUsers()
        .slice(0, 3)
        .map((u) => `    ${u.email.padEnd(26)} ${u.first_name} ${u.last_name}`);
    const seeded = seededWith(store) ?? DEFAULT_SEED;
    return [
        '',
        '  9app stand-in is running',
        `  API        ${url}`,
        `  WebSocket  ${wsUrl}?token=<access token>`,
        `  Docs       ${url}/docs   (socket: ${url}/docs/ws)`,
        `  Database   ${config.db} (seed ${seeded.seed}, ${seeded.users} generated users, ${seeded.messages} messages)`,
        '',
        '  Log in with password "password123" as, for example:',
        ...people,
        `    ... every user at ${url}/__mock/users`,
        '',
    ].join('\n');
}
