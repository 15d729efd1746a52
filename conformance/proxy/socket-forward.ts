import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import WebSocket, { WebSocketServer } from 'ws';
import { failure } from '../../spec/schemas/envelope.js';
import { describeNetworkError } from '../client/network-error.js';
import { redactDeep } from '../report/redact.js';
import { isProxyPath } from './findings-route.js';
import type { ProxyRuntime } from './runtime.js';
import { linkSockets } from './socket-link.js';
import { SocketTranscript } from './socket-transcript.js';
import type { Sighting } from './traffic.js';
import { tokenOf } from './traffic-secrets.js';

/** How long the target may take to answer a socket handshake before the proxy answers 502. */
const HANDSHAKE_TIMEOUT_MS = 10_000;

/** Headers `ws` makes itself for the upstream handshake; every other one goes through as sent. */
const OWN_HANDSHAKE = new Set([
  'host',
  'connection',
  'upgrade',
  'sec-websocket-key',
  'sec-websocket-version',
  'sec-websocket-extensions',
  'sec-websocket-protocol',
]);

function handshakeHeaders(req: IncomingMessage): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined && !OWN_HANDSHAKE.has(name)) headers[name] = value;
  return headers;
}

const protocolsOf = (req: IncomingMessage) =>
  (req.headers['sec-websocket-protocol'] ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);

/** Writes a plain HTTP answer on a socket that asked to upgrade, then closes it. */
function answerRaw(
  socket: Duplex,
  status: number,
  reason: string,
  headers: string[],
  body: Buffer,
) {
  if (socket.destroyed) return;
  const lines = [
    `HTTP/1.1 ${status} ${reason}`,
    ...headers,
    `Content-Length: ${body.length}`,
    'Connection: close',
  ];
  socket.end(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), body]));
}

/** A 5xx on the handshake is the server failing, as on any request (the suite's own rule id). */
const serverErrorOnHandshake = (status: number): Sighting => ({
  side: 'server',
  operation: 'socket',
  title: 'the target answered the socket handshake with a server error',
  docRef: 'Connecting and using the websocket',
  severity: 'error',
  verdict: {
    outcome: 'fail',
    rule: 'not_a_server_error',
    expected: 'HTTP 101, or a refusal that is not a server error',
    actual: `Received: HTTP ${status}`,
  },
});

/**
 * Forwards the chat socket: the handshake (path, query, headers and subprotocols) goes to the
 * target first; a refusal comes back to the client as the target sent it, and an accepted one is
 * linked frame by frame (socket-link.ts). Invalid UTF-8 is not checked at either end: a malformed
 * frame is forwarded as it came and judged (D131).
 */
export function forwardSockets(rt: ProxyRuntime, server: Server): void {
  const chosen = new WeakMap<IncomingMessage, string>();
  const wss = new WebSocketServer({
    noServer: true,
    skipUTF8Validation: true,
    perMessageDeflate: false,
    handleProtocols: (_offered, req) => chosen.get(req) ?? false,
  });
  const wsTarget = `${rt.target.protocol === 'https:' ? 'wss:' : 'ws:'}//${rt.target.host}${rt.basePath}`;
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const path = req.url ?? '/';
    if (isProxyPath(path)) {
      answerRaw(socket, 404, 'Not Found', [], Buffer.from('the proxy has no socket here'));
      return;
    }
    const transcript = new SocketTranscript();
    const redact = rt.secrets.forExchange(tokenOf(req.headers, path));
    const evidence = () => redactDeep(transcript.snapshot(), redact);
    const protocols = protocolsOf(req);
    const up = new WebSocket(`${wsTarget}${path}`, protocols, {
      headers: handshakeHeaders(req),
      skipUTF8Validation: true,
      perMessageDeflate: false,
      // A target that takes the connection and never answers must not hold the client forever.
      handshakeTimeout: HANDSHAKE_TIMEOUT_MS,
    });
    // Until linked, the upgrade socket belongs to no server connection list: stopping cuts it here.
    const pending = {
      terminate: () => {
        socket.destroy();
        up.terminate();
      },
    };
    rt.openSockets.add(pending);
    socket.once('close', () => rt.openSockets.delete(pending));
    up.once('close', () => rt.openSockets.delete(pending));
    transcript.note('client', { event: 'open', data: path });
    up.once('unexpected-response', (_request, answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        transcript.note('server', { event: 'refused', code: answer.statusCode });
        rt.counts.refused++;
        const status = answer.statusCode ?? 0;
        if (status >= 500)
          rt.findings.add(serverErrorOnHandshake(status), { transcript: evidence });
        const headers: string[] = [];
        for (let i = 0; i + 1 < answer.rawHeaders.length; i += 2) {
          const name = answer.rawHeaders[i] as string;
          if (!/^(content-length|connection|transfer-encoding)$/i.test(name))
            headers.push(`${name}: ${answer.rawHeaders[i + 1]}`);
        }
        answerRaw(
          socket,
          answer.statusCode ?? 502,
          answer.statusMessage ?? '',
          headers,
          Buffer.concat(chunks),
        );
      });
      answer.on('error', () => socket.destroy());
    });
    let linked = false;
    up.on('error', (error) => {
      if (linked || socket.destroyed) return;
      const why = describeNetworkError(error as NodeJS.ErrnoException);
      transcript.note('server', { event: 'error', data: why });
      rt.findings.add(
        {
          side: 'server',
          operation: 'socket',
          title: 'the target did not accept the socket: the proxy answered 502 (D130)',
          docRef: 'Connecting and using the websocket',
          severity: 'error',
          verdict: {
            outcome: 'fail',
            rule: 'upstream.unreachable',
            expected: 'a handshake answer',
            actual: why,
          },
        },
        { transcript: evidence },
      );
      const body = Buffer.from(
        JSON.stringify(failure(`9app-conformance proxy: the target did not answer (${why})`)),
      );
      answerRaw(socket, 502, 'Bad Gateway', ['Content-Type: application/json'], body);
    });
    up.once('open', () => {
      if (up.protocol) chosen.set(req, up.protocol);
      if (socket.destroyed) {
        up.terminate();
        return;
      }
      linked = true;
      rt.openSockets.delete(pending);
      wss.handleUpgrade(req, socket, head, (client) => {
        rt.counts.sockets++;
        linkSockets(rt, client, up, transcript, evidence);
      });
    });
  });
}
