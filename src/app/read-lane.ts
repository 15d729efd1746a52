import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticateToken, bearerToken } from '../auth/authenticate.js';
import { corsHeaders } from '../http/cors.js';
import { recordExchange } from '../http/journal-recording.js';
import { soleAuthorization } from '../http/lane-rule.js';
import { type LogLine, logLine } from '../http/request-log.js';
import { READY_READS, type ReadyRead } from '../routes/ready-reads.js';
import { allowedMethods, CONTRACT_PATHS, matchContractPath } from '../routing/route-table.js';
import type { Journal } from '../state/request-journal.js';
import type { Store } from '../store/index.js';

export type NodeListener = (request: IncomingMessage, response: ServerResponse) => void;

export interface ReadLaneOptions {
  store: Store;
  secret: () => string;
  journal: Journal;
  strict: boolean;
  log?: LogLine;
  /** Whether every step the lane stands for passes the request through (middleware-chain.ts). */
  passes: (request: IncomingMessage) => boolean;
}

/** One ready read with what its answer always carries, worked out once. */
interface Lane {
  read: ReadyRead;
  allow: string;
  /** The name of the path's one parameter, if it has one. */
  param: string | undefined;
}

/** The lane for a method and a raw path (the contract's own matcher), and the path's parameter. */
function match(lanes: Map<string, Lane>, method: string, url: string) {
  const found = matchContractPath(url);
  const lane = found && lanes.get(`${method} ${found.value.path}`);
  return lane && found ? { lane, param: lane.param && found.params[lane.param] } : undefined;
}

/**
 * The read lane: answers the ready reads (src/routes/ready-reads.ts) straight from the store's
 * bytes, before Hono builds a Request, runs its middlewares and a Response, which cost more than
 * half of a small read. It takes only a request that every one of those steps would pass through
 * unchanged, as each declares beside itself (`passes`, built by middleware-chain.ts), and answers it with the same status, headers, body, log line and journal entry
 * (test/standin/read-lane.test.ts compares the two byte for byte); anything else, a refusal
 * included, goes to Hono. Set latency or any HTTP fault switches it off, since those are applied
 * in Hono's chain (D53).
 *
 * One difference is left, in order only: on a connection that pipelines requests, a lane answer
 * behind one Hono is still working on is logged and journaled first (the bytes go out in order).
 */
export function readLane({ store, secret, journal, strict, log, passes }: ReadLaneOptions) {
  const lanes = new Map<string, Lane>();
  for (const read of READY_READS) {
    const entry = CONTRACT_PATHS.find((path) => path.path === read.route.path);
    // Stryker disable next-line StringLiteral,ConditionalExpression: unreachable, every ready read's route is one of spec/routes' (READY_READS is typed by them); it guards an edit that breaks that
    if (!entry) throw new Error(`read lane: ${read.route.path} is not a contract path`);
    const method = read.route.method.toUpperCase();
    const lane = { read, allow: allowedMethods(entry, strict), param: entry.pattern.names[0] };
    lanes.set(`${method} ${entry.path}`, lane);
  }
  let served = 0;

  function answer(request: IncomingMessage, response: ServerResponse): boolean {
    // Stryker disable next-line StringLiteral: node's server always sets a request's url and method
    const url = request.url ?? '';
    // Stryker disable next-line StringLiteral: as above
    const method = request.method ?? '';
    const found = match(lanes, method, url);
    if (!found || !passes(request)) return false;
    const host = request.headers.host as string; // the adapter's rule passed it
    const startedAt = performance.now();
    const at = Date.now();
    const token = bearerToken(soleAuthorization(request.rawHeaders));
    const auth = authenticateToken(token, secret(), store.users);
    // Stryker disable next-line ConditionalExpression: passes() already required this token to authenticate (contractGateLane)
    if (!auth.ok) return false;
    const body = found.lane.read.body(store, auth.user, found.param);
    if (body === undefined) return false;

    const headers = corsHeaders(request.headers.origin);
    headers.push(['allow', found.lane.allow], ['content-type', 'application/json']);
    // Hono's Headers come out sorted by name; `vary` is the only one after `content-type`.
    // Stryker disable next-line EqualityOperator: the names are distinct, so `<` and `<=` sort alike
    headers.sort(([a], [b]) => (a < b ? -1 : 1));
    headers.push(['Content-Length', String(body.length)]);
    response.writeHead(200, headers.flat());
    response.end(body);
    served += 1;

    const durationMs = performance.now() - startedAt;
    const fullUrl = `http://${host}${url}`;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a journal of size 0 records nothing anyway; this only saves building the entry
    if (journal.size > 0) {
      const exchange = {
        method,
        path: url,
        url: fullUrl,
        userId: auth.user.id,
        rawHeaders: request.rawHeaders,
        status: 200,
        fault: null,
        deviation: null,
        durationMs,
      };
      recordExchange(journal, exchange, at);
    }
    log?.(logLine(method, fullUrl, 200, durationMs));
    return true;
  }

  return {
    /** `listener` with the lane in front: what the node server is given. */
    wrap(listener: NodeListener): NodeListener {
      return (request, response) => {
        try {
          if (answer(request, response)) return;
        } catch (error) {
          // A stand-in bug, always printed. Before the answer went out, Hono answers instead; after,
          // the client has its answer and only the log or journal line is lost.
          console.error(`ERROR read lane ${request.method} ${request.url}: ${error}`);
          if (response.headersSent) return;
        }
        listener(request, response);
      };
    },
    /** Requests the lane answered without Hono: what tests and the benchmark check it by. */
    get served() {
      return served;
    },
  };
}
