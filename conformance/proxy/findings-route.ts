import type { IncomingMessage, ServerResponse } from 'node:http';
import { formatCoverageText } from '../../spec/coverage/format.js';
import { failure } from '../../spec/schemas/envelope.js';
import { redactDeep } from '../report/redact.js';
import type { ProxyRuntime } from './runtime.js';

/** The proxy's own prefix: never forwarded, so the target's own `/__proxy` paths are out of reach (D127). */
export const PROXY_PREFIX = '/__proxy';

export const isProxyPath = (url: string) =>
  url === PROXY_PREFIX || url.startsWith(`${PROXY_PREFIX}/`) || url.startsWith(`${PROXY_PREFIX}?`);

/** What `GET /__proxy/findings` answers: the findings so far, and what went through. */
export function findingsSnapshot(rt: ProxyRuntime) {
  const redact = rt.secrets.everywhere();
  return redactDeep(
    {
      target: rt.target.href,
      forwarded: { ...rt.counts },
      findings: rt.findings.list(),
      unmatched: [...rt.unmatched].map(([request, count]) => ({ request, count })),
    },
    redact,
  );
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = `${JSON.stringify(body, null, 2)}\n`;
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

/**
 * The proxy's own routes under `/__proxy`: `GET /__proxy/findings` and `GET /__proxy/coverage`
 * (`?format=text` for the console form) while it runs. Anything else
 * under the prefix is a 404 in the envelope, naming what there is, rather than a silent forward.
 */
export function answerProxyRoute(rt: ProxyRuntime, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://proxy');
  const path = url.pathname.replace(/\/+$/, '');
  const reads = req.method === 'GET' || req.method === 'HEAD';
  if (path === `${PROXY_PREFIX}/findings` && reads) return json(res, 200, findingsSnapshot(rt));
  if (path === `${PROXY_PREFIX}/coverage` && reads) {
    // Coverage names what the traffic carried (an undocumented action, an error code): a secret
    // sent there must not come back out, as in /__proxy/findings.
    const redact = rt.secrets.everywhere();
    const coverage = redactDeep(rt.coverage.snapshot(), redact);
    if (url.searchParams.get('format') !== 'text') return json(res, 200, coverage);
    const text = redact(formatCoverageText(coverage, { source: 'the proxy' }));
    res.writeHead(200, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
    });
    return res.end(text);
  }
  json(
    res,
    404,
    failure(
      `${req.method} ${path} is not a proxy route: the proxy answers GET ${PROXY_PREFIX}/findings and GET ${PROXY_PREFIX}/coverage, and never forwards ${PROXY_PREFIX}/… to the target (D127)`,
    ),
  );
}
