import { createNodeWebSocket } from '@hono/node-ws';
import { Hono } from 'hono';
import { getPath } from 'hono/utils/url';
import { SOCKET_PATH, SOCKET_PATH_ALIAS } from '../../spec/asyncapi.js';
import { docsRoutes } from '../docs/index.js';
import { corsForAnyOrigin } from '../http/cors.js';
import { socketAlias } from '../http/deviation.js';
import { failureResponse } from '../http/errors.js';
import { httpFaults } from '../http/fault-injection.js';
import { contractGate } from '../http/gate.js';
import type { AppEnv } from '../http/hono-env.js';
import { journalRequests } from '../http/journal-recording.js';
import { type LogLine, requestLog } from '../http/request-log.js';
import { trailingSlash } from '../http/trailing-slash.js';
import { mockRoutes } from '../mock/index.js';
import { registerAuthRoutes } from '../routes/auth.js';
import { registerChatRoutes } from '../routes/chat.js';
import { registerExecRoutes } from '../routes/exec.js';
import { registerLedgerRoutes } from '../routes/ledger.js';
import { createRouter } from '../routes/mount.js';
import { registerUserRoutes } from '../routes/users.js';
import { canonicalPath } from '../routing/route-table.js';
import { type BoundedSink, DEFAULT_MAX_UNREAD_BYTES } from '../socket/bounded-sink.js';
import { chatSocket, socketHandshake } from '../socket/chat-socket.js';
import { deliverWithFaults } from '../socket/delivery.js';
import { handshakeFaults } from '../socket/handshake-faults.js';
import { MessageWriter } from '../socket/message-writer.js';
import { ConnectionRegistry } from '../socket/registry.js';
import { FaultSet } from '../state/fault-rules.js';
import { DEFAULT_JOURNAL_SIZE, Journal } from '../state/request-journal.js';
import { CommitThread } from '../store/commit-thread.js';
import type { Store } from '../store/index.js';
import { type NodeListener, readLane } from './read-lane.js';

export interface AppOptions {
  store: Store;
  /** The JWT signing secret; a function so a reset or rotation is seen at once. */
  secret: () => string;
  /** The public origin (`http://127.0.0.1:8000`), for the docs' "Try it". */
  origin: () => string;
  reset: () => Promise<void>;
  latencyMs?: number;
  /** Refuses what the docs do not document (`--strict`); the docs page says which mode runs. */
  strict?: boolean;
  /** Frames a socket may leave unread before it is closed with 1013 (D91); default 4 MB. */
  maxUnreadBytes?: number;
  /** One line per request and socket event; none when absent (--quiet). */
  log?: LogLine;
  /** Seeds the generator drop faults draw from (`--seed`), so a run replays the same drops. */
  seed?: number;
  /** Journal entries kept (`--journal N`); 0 switches the journal off. */
  journalSize?: number;
  /** When set, `/__mock/*` demands it in `X-Mock-Key` (D55). */
  controlKey?: string;
  /** Answers the ready reads before Hono (src/app/read-lane.ts); default on. */
  readLane?: boolean;
}

/**
 * Builds the stand-in: middleware, the contract's routes, the socket, docs and controls. Does not
 * listen; `server.ts` does, and tests may call `app.request()` directly.
 *
 * @example
 * const { app, injectWebSocket } = createApp({ store, secret: () => s, origin: () => url, reset });
 */
export function createApp({
  store,
  secret,
  origin,
  reset,
  latencyMs = 0,
  strict = false,
  maxUnreadBytes = DEFAULT_MAX_UNREAD_BYTES,
  log,
  seed = 0,
  journalSize = DEFAULT_JOURNAL_SIZE,
  controlKey,
  readLane: withReadLane = true,
}: AppOptions) {
  // Paths without their trailing slash route like the slashed ones, for every method (D22).
  const app = new Hono<AppEnv>({ getPath: (request) => canonicalPath(getPath(request)) });
  const { injectWebSocket, upgradeWebSocket, wss } = createNodeWebSocket({ app });
  const faults = new FaultSet(seed);
  const journal = new Journal(journalSize);
  const registry = new ConnectionRegistry<BoundedSink>(
    deliverWithFaults(faults, journal.recordSocket),
  );
  // A file database commits messages on a thread of its own (D110); `:memory:` cannot be shared.
  const commitThread = store.db.memory ? undefined : new CommitThread(store.db.name);
  const writer = new MessageWriter(store.chat, commitThread);

  if (log) app.use(requestLog(log));
  app.use(corsForAnyOrigin());
  app.use(journalRequests(journal));
  app.use(httpFaults({ latencyMs, faults }));
  app.use(trailingSlash({ strict }));
  app.use(contractGate({ secret, users: store.users, strict }));

  const api = createRouter();
  registerAuthRoutes(api, store, secret);
  registerUserRoutes(api, store);
  registerChatRoutes(api, store);
  registerExecRoutes(api, store, { strict });
  registerLedgerRoutes(api, store);
  app.route('/', api);

  const socket = chatSocket(upgradeWebSocket, {
    store,
    secret,
    registry,
    writer,
    log,
    maxUnreadBytes,
    record: journal.recordSocket,
  });
  app.get(SOCKET_PATH_ALIAS, socketAlias({ strict }));
  for (const path of [SOCKET_PATH, SOCKET_PATH_ALIAS]) {
    app.get(path, socketHandshake({ store, secret }), handshakeFaults(faults), socket, (c) =>
      failureResponse(c, 'This is the chat WebSocket: connect with a WebSocket client', 426),
    );
  }

  app.route(
    '/',
    docsRoutes({ origin, mode: () => (strict ? 'strict' : 'lenient'), maxUnreadBytes }),
  );
  const closeSockets = registry.closeAll.bind(registry);
  app.route('/', mockRoutes({ store, secret, reset, faults, journal, closeSockets, controlKey }));
  app.get('/', (c) => c.redirect('/docs'));

  app.notFound((c) => failureResponse(c, 'Not found', 404));
  app.onError((error, c) => {
    // A 500 is a stand-in bug: always printed, even with --quiet.
    console.error(`ERROR ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`);
    return failureResponse(
      c,
      'Internal error in the stand-in (this is a bug: please report it)',
      500,
    );
  });

  // In front of Hono, so a plain ready read skips the chain above; it answers exactly as it would.
  const lane = readLane({ store, secret, faults, journal, latencyMs, strict, log });
  const listener = (hono: NodeListener) => (withReadLane ? lane.wrap(hono) : hono);

  return {
    app,
    listener,
    lane,
    injectWebSocket,
    wss,
    registry,
    faults,
    journal,
    /** The chat's commit thread (D110), with a database file: the server starts and ends it. */
    commitThread,
  };
}

export type StandIn = ReturnType<typeof createApp>;
