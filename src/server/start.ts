import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { SOCKET_PATH } from '../../spec/asyncapi.js';
import { createApp } from '../app/app.js';
import { type ResolvedPolicies, resolvePolicies } from '../policy/resolve.js';
import { createRuntime } from '../runtime/runtime.js';
import { openStandInData } from '../runtime/standin-data.js';
import { DEFAULT_SEED, seededWith } from '../seed/index.js';
import { readWriterSettings, type WriterSettings } from '../store/chat/message-commit.js';
import { settledMeta } from '../store/database.js';
import type { createStore } from '../store/index.js';
import type { StandInConfig } from './config.js';
import { listenError } from './listen-error.js';

export interface RunningStandIn {
  url: string;
  wsUrl: string;
  port: number;
  store: ReturnType<typeof createStore>;
  /**
   * What a leak test watches: open sockets and the users holding them in the registry, and the
   * sockets the WebSocket server itself still tracks. All three are zero once every client left.
   */
  connections(): { sockets: number; users: number; wsClients: number };
  /** Bytes written to sockets that their clients have not taken yet: what a slow-reader test watches. */
  unreadBytes(): number;
  /** Requests the read lane answered without Hono (src/app/read-lane.ts). */
  readLaneServed(): number;
  /**
   * The durability settings (`synchronous`, `journal_mode`…) of every connection that writes, read
   * back from the live connections: the main one, and with a database file the commit thread's
   * (D110), which stores the chat messages. A kill cannot tell FULL from NORMAL; this can.
   */
  writerSettings(): Promise<Record<'main' | 'commit thread', WriterSettings | Error | undefined>>;
  close(): Promise<void>;
}

/** Loopback only: no other machine can reach the stand-in (D55). */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * The control key `/__mock/*` demands (D55): the one given; else, when other machines can reach
 * the stand-in, the one stored with the data (made once, so a restart keeps it); else none.
 */
function controlKey(store: ReturnType<typeof createStore>, config: StandInConfig) {
  if (config.controlKey) return config.controlKey;
  if (isLoopback(config.host)) return undefined;
  return settledMeta(store.db, 'control_key', () => randomBytes(18).toString('base64url'));
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
  const { store, secret, reseed } = await openStandInData({
    db: config.db,
    seed: { seed: config.seed, users: config.users, messages: config.messages },
    reset: config.reset,
    secret: config.secret,
  });
  const key = controlKey(store, config);
  const policies = resolvePolicies(config);

  let url = '';
  const runtime = createRuntime({
    store,
    seed: config.seed,
    journalSize: config.journal,
    maxUnreadBytes: config.maxUnreadBytes,
    breakAssumptions: { broken: config.breakAssumptions ?? false, rate: config.breakRate },
  });
  const { registry, commitThread } = runtime;
  const { app, listener, lane, injectWebSocket, wss } = createApp(runtime, {
    secret: () => secret,
    origin: () => url,
    reset: reseed,
    latencyMs: config.latencyMs,
    strict: config.strict,
    log: config.quiet ? undefined : print,
    controlKey: key,
    readLane: config.readLane,
    policies,
  });
  // What @hono/node-server's `serve` does, with the read lane in front of Hono's listener.
  const server = createServer(listener(getRequestListener(app.fetch, { hostname: config.host })));
  server.listen(config.port, config.host);
  injectWebSocket(server);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (error) => {
      runtime.close();
      reject(listenError(error, config.host, config.port));
    });
  });
  // Started now, not with the first message, which would wait ~40 ms for it (D110).
  commitThread?.warmUp();
  const { port } = server.address() as AddressInfo;
  const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;
  url = `http://${shownHost}:${port}`;
  const wsUrl = `ws://${shownHost}:${port}${SOCKET_PATH}`;
  if (!config.quiet) print(banner(url, wsUrl, store, config, key, policies));

  return {
    url,
    wsUrl,
    port,
    store,
    connections: () => ({
      sockets: registry.socketCount,
      users: registry.userCount,
      wsClients: wss.clients.size,
    }),
    readLaneServed: () => lane.served,
    writerSettings: async () => ({
      main: readWriterSettings(store.db),
      'commit thread': await commitThread?.settings(),
    }),
    unreadBytes: () => [...wss.clients].reduce((sum, client) => sum + client.bufferedAmount, 0),
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        server.close(() => {
          runtime.close();
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
  key: string | undefined,
  policies: ResolvedPolicies,
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
    config.strict
      ? '  Mode       strict: only what the docs document (D63)'
      : '  Mode       lenient: extensions answered, each named in X-Standin-Deviation (--strict refuses them)',
    ...policyLines(policies),
    ...(config.breakAssumptions
      ? [
          `  Assumptions BROKEN for ${Math.round((config.breakRate ?? 0.2) * 100)}% of records (seed ${config.seed}): nulls, unlisted values, long strings, each named in X-Standin-Deviation (D126)`,
        ]
      : []),
    '',
    '  Log in with password "password123" as, for example:',
    ...people,
    `    ... every user, edge-case personas included, at ${url}/__mock/users`,
    '',
    ...controlLines(config.host, key),
  ].join('\n');
}

/** Where the docs are silent: what this stand-in does, and what `--like` adopted and did not. */
function policyLines({ choices, like }: ResolvedPolicies): string[] {
  const lines = [
    '  Where the docs are silent (README "Where the docs are silent"; /__mock/config):',
    ...choices.map((c) => `    ${c.name.padEnd(14)} ${c.value}  [${c.source}; ${c.decision}]`),
  ];
  if (!like) return lines;
  return [
    ...lines,
    `  Like ${like.target} (--like ${like.file}):`,
    ...like.adopted.map((a) => `    adopted      ${a.id}: ${a.observed}`),
    ...like.notAdopted.map((a) => `    not adopted  ${a.id}: ${a.observed} (${a.note})`),
    ...(like.unread
      ? [`    not read     ${like.unread} observations this stand-in does not know`]
      : []),
  ];
}

/** Says plainly who can reach the stand-in and what guards its controls (D55). */
function controlLines(host: string, key: string | undefined): string[] {
  const reach = isLoopback(host)
    ? ['  Reachable from this machine only.']
    : [
        `  Reachable from OTHER MACHINES (listening on ${host}): anyone on the network can call the API.`,
      ];
  const guard = key
    ? [
        '  Controls   /__mock/* require the control key in the X-Mock-Key header:',
        `    X-Mock-Key: ${key}`,
      ]
    : ['  Controls   /__mock/* are open (no control key on loopback; set one with --control-key).'];
  return [...reach, ...guard, ''];
}
