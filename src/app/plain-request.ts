import type { IncomingMessage } from 'node:http';

/**
 * What the read lane (read-lane.ts) asks of a request before answering it without Hono: that every
 * step of the full chain would have let it through unchanged. Each rule names the step it stands
 * for; test/standin/read-lane.test.ts sends a request breaking each one to both paths.
 */

/**
 * No body, no `Prefer`, no `Upgrade`. A query or a percent-escape never gets this far: the lanes'
 * paths end in `/`, and a parameter must parse as its read wants it (a UUID), else the read has no
 * body and Hono answers. An `Upgrade` with `Connection: upgrade` goes to the WebSocket server, but
 * without it node hands it here, and the chain's journal records no upgrade attempt.
 */
export function isPlain(request: IncomingMessage): boolean {
  const { headers } = request;
  return (
    headers.prefer === undefined &&
    headers.upgrade === undefined &&
    headers['transfer-encoding'] === undefined &&
    (headers['content-length'] === undefined || headers['content-length'] === '0')
  );
}

/**
 * The Authorization header when it is sent once. Node keeps only the first of several, where Hono's
 * Request joins them all (which no token check accepts): with two, the chain must answer.
 */
export function soleAuthorization(raw: string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    if ((raw[i] as string).toLowerCase() !== 'authorization') continue;
    if (value !== undefined) return undefined;
    value = raw[i + 1];
  }
  return value;
}

/** Host values seen, and whether @hono/node-server accepts them; clients repeat theirs. */
const hostVerdicts = new Map<string, boolean>();
const HOST_MEMO_LIMIT = 100;

/**
 * A Host that @hono/node-server accepts: it answers a bare 400 before Hono runs to one whose name
 * the URL parser rewrites (`LOCALHOST`), or that does not parse (`localhost:99999`, `[::1`). No
 * Host at all is left to the chain too (node-server falls back to the listening address).
 */
export function isAcceptedHost(host: string | undefined): host is string {
  if (!host) return false;
  let verdict = hostVerdicts.get(host);
  if (verdict === undefined) {
    verdict = acceptedByNodeServer(host);
    if (hostVerdicts.size >= HOST_MEMO_LIMIT) hostVerdicts.clear();
    hostVerdicts.set(host, verdict);
  }
  return verdict;
}

/** node-server's own test (its listener's `newRequest`), made on the Host alone. */
function acceptedByNodeServer(host: string): boolean {
  try {
    const { hostname } = new URL(`http://${host}/`);
    return hostname.length === host.length || hostname === host.replace(/:\d+$/, '');
  } catch {
    return false;
  }
}
