import type { Context, MiddlewareHandler } from 'hono';
import { CONTROL_KEY_HEADER } from '../../spec/routes/mock.js';
import type { AppEnv } from '../env.js';
import type { Journal } from '../mock/journal-store.js';

/** Requests the journal leaves out: the stand-in's own controls and pages (D54). */
const NOT_JOURNALED = /^\/(__mock(\/|$)|docs(\/|$)|openapi\.json$|asyncapi\.json$)/;
/** The first bytes of a body are enough to assert on; the journal stays small. */
const BODY_LIMIT = 64 * 1024;
/** Credentials never appear in the journal: it is readable by whoever holds the control key. */
const ELIDED = new Set(['authorization', CONTROL_KEY_HEADER.toLowerCase()]);

function headersOf(c: Context<AppEnv>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of c.req.raw.headers)
    headers[name] = ELIDED.has(name) ? `${value.split(' ')[0]} (elided)` : value;
  return headers;
}

/** The body as the handler read it, or read now when nothing did (a request refused early). */
async function bodyOf(c: Context<AppEnv>): Promise<string | null> {
  let bytes = c.get('rawBody');
  const declared = Number(c.req.header('content-length') ?? 0);
  if (!bytes && c.req.method !== 'GET' && c.req.method !== 'HEAD' && declared > 0) {
    if (declared > BODY_LIMIT || c.req.raw.bodyUsed) return null;
    bytes = Buffer.from(await c.req.raw.arrayBuffer().catch(() => new ArrayBuffer(0)));
  }
  if (!bytes || bytes.length === 0) return null;
  return bytes.subarray(0, BODY_LIMIT).toString('utf8');
}

/**
 * Records every HTTP exchange in the journal (D54): request, status, duration, the network fault
 * that answered instead, and the decision a lenient answer relied on (`c.set('deviation', …)`).
 * A refused WebSocket handshake is recorded as a socket event; an accepted one by the socket.
 */
export function journalRequests(journal: Journal): MiddlewareHandler<AppEnv> {
  return async function journalRequests(c, next) {
    if (journal.size === 0 || NOT_JOURNALED.test(c.req.path)) return next();
    const started = new Date();
    const startedAt = performance.now();
    await next();
    const userId = c.get('user')?.id ?? null;
    if (c.req.header('upgrade')) {
      if (c.res.status !== 200)
        journal.recordSocket({ event: 'refused', user_id: userId, code: c.res.status });
      return;
    }
    const fault = c.get('fault') ?? null;
    journal.recordHttp(
      {
        kind: 'http',
        method: c.req.method,
        path: c.req.path,
        query: c.req.query(),
        headers: headersOf(c),
        body: await bodyOf(c),
        status: fault === 'reset' || fault === 'empty' ? null : c.res.status,
        fault,
        duration_ms: Math.round((performance.now() - startedAt) * 100) / 100,
        user_id: userId,
        deviation: c.get('deviation') ?? null,
      },
      started,
    );
  };
}
