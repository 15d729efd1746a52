import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { SOCKET_PATH } from '../spec/asyncapi.js';
import { createApp } from './app.js';
import { newSecret } from './auth/jwt.js';
import type { StandInConfig } from './config.js';
import { DEFAULT_SEED, seedDatabase, seededWith } from './seed/index.js';
import { clearDatabase, openDatabase, readMeta, writeMeta } from './store/database.js';
import { createStore } from './store/index.js';

export interface RunningStandIn {
  url: string;
  wsUrl: string;
  port: number;
  store: ReturnType<typeof createStore>;
  /** Open sockets and the users holding them: what a leak test watches. */
  connections(): { sockets: number; users: number };
  close(): Promise<void>;
}

/** The signing secret: from the environment, else the one stored with the data (made once). */
function signingSecret(store: ReturnType<typeof createStore>, fromEnv?: string): string {
  if (fromEnv) return fromEnv;
  const stored = readMeta(store.db, 'jwt_secret');
  if (stored) return stored;
  const secret = newSecret();
  writeMeta(store.db, 'jwt_secret', secret);
  return secret;
}

/**
 * Opens (and if needed seeds) the database, then serves HTTP and the socket on one port.
 *
 * @example
 * const standIn = await startStandIn({ ...config, port: 0, db: ':memory:', quiet: true });
 * await standIn.close();
 */
export async function startStandIn(
  config: StandInConfig,
  print: (line: string) => void = console.log,
): Promise<RunningStandIn> {
  const store = createStore(openDatabase(config.db));
  const seed = { seed: config.seed, users: config.users, messages: config.messages };
  const reseed = () =>
    store.replaceData(async () => {
      clearDatabase(store.db);
      await seedDatabase(store, seed);
    });
  if (config.reset || !seededWith(store)) await reseed();
  const secret = signingSecret(store, config.secret);

  let url = '';
  const { app, injectWebSocket, wss, registry } = createApp({
    store,
    secret: () => secret,
    origin: () => url,
    reset: reseed,
    latencyMs: config.latencyMs,
    strict: config.strict,
    log: config.quiet ? undefined : print,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  injectWebSocket(server);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;
  url = `http://${shownHost}:${port}`;
  const wsUrl = `ws://${shownHost}:${port}${SOCKET_PATH}`;
  if (!config.quiet) print(banner(url, wsUrl, store, config));

  return {
    url,
    wsUrl,
    port,
    store,
    connections: () => ({ sockets: registry.socketCount, users: registry.userCount }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        server.close(() => {
          store.db.close();
          resolve();
        });
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}

function banner(
  url: string,
  wsUrl: string,
  store: ReturnType<typeof createStore>,
  config: StandInConfig,
): string {
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
