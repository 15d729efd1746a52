import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { CONTROL_KEY_HEADER } from '../../spec/routes/mock.js';
import type { NetworkFault } from '../../spec/schemas/mock.js';
import { isOwnPath } from '../routing/route-table.js';
import type { Journal } from '../state/request-journal.js';
import type { AppEnv } from './hono-env.js';
import type { LaneRule } from './lane-rule.js';

/** The first bytes of a body are enough to assert on; the journal stays small. */
const BODY_LIMIT = 64 * 1024;
/** Credentials never appear in the journal: it is readable by whoever holds the control key. */
const ELIDED = new Set(['authorization', CONTROL_KEY_HEADER.toLowerCase()]);

function elide(name: string, value: string): string {
  return ELIDED.has(name) ? `${value.split(' ')[0]} (elided)` : value;
}

/** Headers from node's raw pairs (already there, so recording copies nothing), else the Request's. */
function headersOf(raw: string[] | undefined, request?: Request): Record<string, string> {
  const headers: Record<string, string> = {};
  if (!raw) {
    for (const [name, value] of request?.headers ?? []) headers[name] = elide(name, value);
    return headers;
  }
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = (raw[i] as string).toLowerCase();
    const value = elide(name, raw[i + 1] as string);
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return headers;
}

/** The body as the handler read it, or read now when nothing did (a request refused early). */
async function bodyOf(c: Context<AppEnv>): Promise<Buffer | undefined> {
  const read = c.get('rawBody');
  if (read) return read;
  const declared = Number(c.req.header('content-length') ?? 0);
  if (c.req.method === 'GET' || c.req.method === 'HEAD' || declared === 0) return undefined;
  if (declared > BODY_LIMIT || c.req.raw.bodyUsed) return undefined;
  return Buffer.from(await c.req.raw.arrayBuffer().catch(() => new ArrayBuffer(0)));
}

/** The query of a URL; none for one that does not parse, so one odd entry cannot break a listing. */
function queryOf(url: string): Record<string, string> {
  try {
    return Object.fromEntries(new URL(url).searchParams);
  } catch {
    return {};
  }
}

/** One HTTP exchange as the journal keeps it; `status` is null when a network fault answered. */
export interface HttpExchange {
  method: string;
  path: string;
  url: string;
  userId: string | null;
  /** Node's header pairs; the Request only when there are none (no node server, `app.request`). */
  rawHeaders?: string[];
  request?: Request;
  body?: Buffer;
  status: number | null;
  fault: NetworkFault | null;
  deviation: string | null;
  durationMs: number;
}

/**
 * Records one exchange (D54). The detail is built only when someone reads the journal: the hot
 * path stores what it already has. The middleware below and the read lane both record here.
 */
export function recordExchange(journal: Journal, exchange: HttpExchange, at: number): void {
  const { url, rawHeaders, request, status, fault, deviation } = exchange;
  // A copy of the first bytes: a view into a 1 MB body would keep all of it alive.
  const body =
    exchange.body && exchange.body.length > BODY_LIMIT
      ? Buffer.from(exchange.body.subarray(0, BODY_LIMIT))
      : exchange.body;
  journal.recordHttp(
    {
      method: exchange.method,
      path: exchange.path,
      user_id: exchange.userId,
      detail: () => ({
        query: queryOf(url),
        headers: headersOf(rawHeaders, request),
        body: body?.length ? body.toString('utf8') : null,
        status,
        fault,
        duration_ms: Math.round(exchange.durationMs * 100) / 100,
        deviation,
      }),
      coverage: () => ({
        kind: 'http',
        method: exchange.method,
        path: exchange.path,
        status: status ?? 0,
        ...(url.includes('?') ? { query: queryOf(url) } : {}),
        ...(body?.length ? { requestBody: body.toString('utf8') } : {}),
      }),
    },
    at,
  );
}

/**
 * Records every HTTP exchange in the journal (D54): request, status, duration, the network fault
 * that answered instead, and the decision a lenient answer relied on (`c.set('deviation', …)`).
 * A refused WebSocket handshake is recorded as a socket event; an accepted one by the socket.
 */
export function journalRequests(journal: Journal): MiddlewareHandler<AppEnv> {
  return async function journalRequests(c, next) {
    if (journal.size === 0 || isOwnPath(c.req.path)) return next();
    const at = Date.now();
    const startedAt = performance.now();
    await next();
    const userId = c.get('user')?.id ?? null;
    if (c.req.header('upgrade')) {
      if (c.res.status !== 200)
        journal.recordSocket({ event: 'refused', user_id: userId, code: c.res.status });
      return;
    }
    const durationMs = performance.now() - startedAt;
    const fault = c.get('fault') ?? null;
    // Keep node's header pairs, not the request: a retained IncomingMessage would hold its socket.
    const rawHeaders = (c.env?.incoming as IncomingMessage | undefined)?.rawHeaders;
    recordExchange(
      journal,
      {
        method: c.req.method,
        path: c.req.path,
        url: c.req.url,
        userId,
        rawHeaders,
        request: rawHeaders ? undefined : c.req.raw,
        body: await bodyOf(c),
        status: fault === 'reset' || fault === 'empty' ? null : c.res.status,
        fault,
        deviation: c.get('deviation') ?? null,
        durationMs,
      },
      at,
    );
  };
}

/**
 * The lane records the same entry (`recordExchange`). An upgrade attempt is recorded as a socket
 * event instead, which only this middleware does.
 */
export const journalLane: LaneRule = {
  passes: (request) => request.headers.upgrade === undefined,
  reproduces: 'the journal entry, by recordExchange()',
};
