import {
  Agent as HttpAgent,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { failure } from '../../spec/schemas/envelope.js';
import { describeNetworkError } from '../client/network-error.js';
import { BodyBuffer } from './body-buffer.js';
import { type ForwardedHttp, judgeExchange } from './judge-exchange.js';
import type { ProxyRuntime } from './runtime.js';

/** Hop-by-hop headers (RFC 9110 §7.6.1): they describe one connection, so each side sets its own. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'upgrade', 'te']);

/** Kept-alive connections to the target: a new TCP (and TLS) handshake per request would dominate. */
export function upstreamAgent(target: URL): HttpAgent {
  return target.protocol === 'https:'
    ? new HttpsAgent({ keepAlive: true, maxSockets: 256 })
    : new HttpAgent({ keepAlive: true, maxSockets: 256 });
}

/** Raw header pairs without the hop-by-hop ones, duplicates and case kept (two Set-Cookie stay two). */
function endToEnd(raw: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2)
    if (!HOP_BY_HOP.has((raw[i] as string).toLowerCase()))
      kept.push(raw[i] as string, raw[i + 1] as string);
  return kept;
}

function requestHeaders(req: IncomingMessage, host: string): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
  // The target may serve several sites: it must see its own name, as a browser would send it.
  headers.host = host;
  return headers;
}

/**
 * The proxy's answer when the target did not answer: 502 in the documented envelope, so an app
 * shows its usual error path (D130), and a finding.
 */
function answerUnreachable(res: ServerResponse, target: URL, why: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify(
    failure(`9app-conformance proxy: the target ${target.origin} did not answer (${why})`),
  );
  res.writeHead(502, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

/**
 * Forwards one HTTP request to the target unchanged (a GET with a body included: node:http sends
 * it, fetch would not) and streams the answer back as it comes; both bodies are also kept, up to
 * a limit, and the exchange is judged once the answer has ended.
 */
export function forwardHttp(
  rt: ProxyRuntime,
  agent: HttpAgent,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const at = Date.now();
  const method = req.method ?? 'GET';
  const path = req.url ?? '/';
  const sent = new BodyBuffer();
  const received = new BodyBuffer();
  const https = rt.target.protocol === 'https:';
  const upstream = (https ? httpsRequest : httpRequest)({
    protocol: rt.target.protocol,
    hostname: rt.target.hostname,
    port: rt.target.port || undefined,
    method,
    path: `${rt.basePath}${path}`,
    headers: requestHeaders(req, rt.target.host),
    agent,
  });
  const facts = (): ForwardedHttp => ({ at, method, path, headers: req.headers, sent });
  let finished = false;
  // Set when the client hung up first: the upstream error that follows is ours, not the target's.
  let clientGone = false;
  upstream.on('response', (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEnd(answer.rawHeaders));
    answer.on('data', (chunk: Buffer) => received.add(chunk));
    answer.pipe(res);
    answer.on('end', () => {
      finished = true;
      judgeExchange(rt, facts(), { answer, received });
    });
    answer.on('error', () => res.destroy());
  });
  upstream.on('error', (error) => {
    if (finished || clientGone) return;
    finished = true;
    const why = describeNetworkError(error);
    answerUnreachable(res, rt.target, why);
    judgeExchange(rt, facts(), { error: why });
  });
  req.on('data', (chunk: Buffer) => sent.add(chunk));
  req.pipe(upstream);
  // A client that goes away takes its upstream request with it, and is no finding about the target.
  res.on('close', () => {
    if (res.writableFinished) return;
    clientGone = true;
    upstream.destroy();
  });
}
