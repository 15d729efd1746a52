import { createNodeWebSocket } from '@hono/node-ws';
import { Hono } from 'hono';
import { getPath } from 'hono/utils/url';
import { SOCKET_PATH, SOCKET_PATH_ALIAS } from '../../spec/asyncapi.js';
import { docsRoutes } from '../docs/index.js';
import { socketAlias } from '../http/deviation.js';
import { failureResponse } from '../http/errors.js';
import type { AppEnv } from '../http/hono-env.js';
import { notFoundAnswer } from '../http/not-found.js';
import type { LogLine } from '../http/request-log.js';
import { mockRoutes } from '../mock/index.js';
import { type ResolvedPolicies, resolvePolicies } from '../policy/resolve.js';
import { registerAuthRoutes } from '../routes/auth.js';
import { registerChatRoutes } from '../routes/chat.js';
import { registerExecRoutes } from '../routes/exec.js';
import { registerLedgerRoutes } from '../routes/ledger.js';
import { createRouter } from '../routes/mount.js';
import { registerUserRoutes } from '../routes/users.js';
import { canonicalPath } from '../routing/route-table.js';
import type { Runtime } from '../runtime/runtime.js';
import { chatSocket, socketHandshake } from '../socket/chat-socket.js';
import { handshakeFaults } from '../socket/handshake-faults.js';
import { laneCondition, middlewareChain } from './middleware-chain.js';
import { type NodeListener, readLane } from './read-lane.js';

export interface AppOptions {
  /** The JWT signing secret; a function so a reset or rotation is seen at once. */
  secret: () => string;
  /** The public origin (`http://127.0.0.1:8000`), for the docs' "Try it". */
  origin: () => string;
  reset: () => Promise<void>;
  latencyMs?: number;
  /** Refuses what the docs do not document (`--strict`); the docs page says which mode runs. */
  strict?: boolean;
  /** One line per request and socket event; none when absent (--quiet). */
  log?: LogLine;
  /** When set, `/__mock/*` demands it in `X-Mock-Key` (D55). */
  controlKey?: string;
  /** Answers the ready reads before Hono (src/app/read-lane.ts); default on. */
  readLane?: boolean;
  /** Where the docs are silent (src/policy/): default, the mode's own (D63, D120–D125). */
  policies?: ResolvedPolicies;
}

/**
 * Builds the stand-in's Hono app on a runtime: middleware, the contract's routes, the socket, docs
 * and controls. Does not listen; the server adapters in src/server/ do, and tests may call
 * `app.request()` directly.
 *
 * @example
 * const runtime = createRuntime({ store });
 * const { app, injectWebSocket } = createApp(runtime, { secret: () => s, origin: () => url, reset });
 */
export function createApp(
  runtime: Runtime,
  {
    secret,
    origin,
    reset,
    latencyMs = 0,
    strict = false,
    log,
    controlKey,
    readLane: withReadLane = true,
    policies: resolved = resolvePolicies({ strict }),
  }: AppOptions,
) {
  const { store, faults, journal, registry, writer, maxUnreadBytes } = runtime;
  const { policies } = resolved;
  // Paths without their trailing slash route like the slashed ones, for every method (D22).
  const app = new Hono<AppEnv>({ getPath: (request) => canonicalPath(getPath(request)) });
  const { injectWebSocket, upgradeWebSocket, wss } = createNodeWebSocket({ app });

  const chain = middlewareChain(runtime, { secret, latencyMs, strict, log, policies });
  for (const step of chain) app.use(step.handler);

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
    policies,
  });
  app.get(SOCKET_PATH_ALIAS, socketAlias({ strict }));
  for (const path of [SOCKET_PATH, SOCKET_PATH_ALIAS]) {
    app.get(path, socketHandshake({ store, secret }), handshakeFaults(faults), socket, (c) =>
      failureResponse(c, 'This is the chat WebSocket: connect with a WebSocket client', 426),
    );
  }

  app.route(
    '/',
    docsRoutes({ origin, mode: () => resolved.mode, maxUnreadBytes, policies: resolved }),
  );
  const closeSockets = registry.closeAll.bind(registry);
  app.route(
    '/',
    mockRoutes({
      store,
      secret,
      reset,
      faults,
      journal,
      closeSockets,
      origin,
      controlKey,
      policies: resolved,
      breaks: runtime.breaks,
    }),
  );
  app.get('/', (c) => c.redirect('/docs'));

  app.notFound(notFoundAnswer(policies));
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
  const lane = readLane({ store, secret, journal, strict, log, passes: laneCondition(chain) });
  const listener = (hono: NodeListener) => (withReadLane ? lane.wrap(hono) : hono);

  return { app, listener, lane, chain, injectWebSocket, wss };
}

export type StandInApp = ReturnType<typeof createApp>;
