import type { IncomingMessage } from 'node:http';
import { LruCache } from '../cache/lru-cache.js';
import type { LaneRule } from '../http/lane-rule.js';

/** Host values seen, and whether @hono/node-server accepts them; clients repeat theirs. */
const hostVerdicts = new LruCache<string, boolean>(100);

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

/** The adapter in front of Hono is a step too: it refuses Hosts, before any middleware runs. */
export const nodeServerLane: LaneRule = {
  passes: (request: IncomingMessage) => isAcceptedHost(request.headers.host),
};
