import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import { httpCall } from '../../conformance/client/http-client.js';

/** A response as the proxy saw it, which a breakage may rewrite. */
export interface ProxiedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A request as the proxy received it. */
export interface ProxiedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** One deliberate way of breaking the contract, applied by the proxy. */
export interface Breakage {
  /** Rewrites the request before it goes upstream. */
  request?(req: ProxiedRequest): void;
  /**
   * Rewrites an HTTP response; answer undefined to never respond (a hang). `body` is the request
   * body as the client sent it, before `request` changed it.
   */
  response?(req: ProxiedRequest, res: ProxiedResponse): ProxiedResponse | undefined;
  /**
   * Sees each client frame before it goes upstream; answering `{ close }` closes the client's
   * socket with that code instead of forwarding the frame (once `after` settles, if given); no
   * frame of that socket goes upstream from then on.
   */
  clientFrame?(
    data: string,
    isBinary: boolean,
  ): { close: number; reason?: string; after?: Promise<unknown> } | undefined;
  /** Rewrites a client text frame before it goes upstream. */
  clientText?(data: string): string;
  /** Refuses a handshake with this HTTP status, by the token it carries; undefined goes on. */
  handshakeStatusFor?(token: string | null): number | undefined;
  /** Rewrites a server frame; null drops it. `broadcast` sends it to every client socket instead. */
  frame?(text: string): string | null;
  broadcast?: boolean;
  /** Also sends each server frame to every other client socket this many ms later: a late echo. */
  echoAfterMs?: number;
  /**
   * Holds a server frame it answers true for, and sends it to the next socket that opens with the
   * same token as soon as that one opens: a server that delivers to a user's group late, after a
   * socket opened since has joined it.
   */
  holdForNextSocket?(text: string): boolean;
  /** How many times a server frame reaches its client (default once): a duplicate delivery. */
  frameCopies?(text: string): number;
  /** Accepts a handshake without a token by using this one upstream. */
  handshakeToken?: string;
  /** Refuses every handshake with 403, token or not. */
  refuseSockets?: boolean;
  /** Closes each client socket right after it opens (with `closeCode`, if given). */
  closeSockets?: boolean;
  closeCode?: number;
  /** Refuses with 403 the handshakes on the paths it answers true for. */
  refuseSocket?(path: string): boolean;
  /** The token to hand upstream instead of the client's (null: none); undefined keeps it. */
  handshakeTokenFor?(token: string | null): string | null | undefined;
  /** While it answers true, every connection is reset as it comes: a server that went down. */
  dead?(): boolean;
  /** Serves the API only under this prefix (`/api`), as a reverse proxy would; 404 elsewhere. */
  pathPrefix?: string;
}

/**
 * Breaks only what an authenticated request gets: where `breaks(req)` says so, a 2xx from upstream
 * becomes a 500, while upstream's refusal of bad credentials (401, 400) goes through unchanged. A
 * replay of such a request shows the 500 only when its credentials arrived, so a replay test can
 * tell an expanded `$TOKEN` from a literal one.
 *
 * @example
 * const url = await proxy(breakAuthenticatedAnswers((req) => req.path === '/auth/user/'));
 */
export function breakAuthenticatedAnswers(breaks: (req: ProxiedRequest) => boolean): Breakage {
  return {
    response: (req, res) =>
      res.status >= 200 && res.status < 300 && breaks(req) ? { ...res, status: 500 } : res,
  };
}

/** The path without the prefix, or undefined when the prefix is required and missing. */
function unprefixed(path: string, prefix: string | undefined): string | undefined {
  if (!prefix) return path;
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : undefined;
}

function collect(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/**
 * A proxy in front of a real server that breaks one thing at a time: the conformance suite is
 * pointed at it to prove each check fails when its rule is broken.
 */
export async function startBreakingProxy(
  upstream: string,
  breakage: Breakage,
): Promise<{ url: string; close(): Promise<void> }> {
  const upstreamWs = upstream.replace(/^http/, 'ws');
  const clients = new Set<WebSocket>();
  const server: Server = createServer(async (req, res) => {
    if (breakage.dead?.()) {
      req.socket.destroy();
      return;
    }
    const path = unprefixed(req.url ?? '/', breakage.pathPrefix);
    if (path === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not under the prefix');
      return;
    }
    const request = {
      method: req.method ?? 'GET',
      path,
      headers: { ...(req.headers as Record<string, string>) },
      body: await collect(req),
    };
    const sentBody = request.body;
    breakage.request?.(request);
    delete request.headers['content-length'];
    delete request.headers.host;
    const answer = await httpCall({
      method: request.method,
      url: `${upstream}${request.path}`,
      headers: request.headers,
      body: request.body === '' ? undefined : request.body,
    });
    if (!answer.ok) {
      res.writeHead(502).end();
      return;
    }
    const headers = { ...answer.headers };
    delete headers['content-length'];
    delete headers['transfer-encoding'];
    const proxied = breakage.response
      ? breakage.response(
          { method: request.method, path: request.path, headers: request.headers, body: sentBody },
          { status: answer.status, headers, body: answer.text },
        )
      : { status: answer.status, headers, body: answer.text };
    if (!proxied) return; // a hang: the client's timeout has to notice
    res.writeHead(proxied.status, proxied.headers).end(proxied.body);
  });
  const wss = new WebSocketServer({ noServer: true });
  /** Frames held for the next socket of a token (`holdForNextSocket`). */
  const held = new Map<string, string[]>();
  server.on('upgrade', (req, socket, head) => {
    if (breakage.dead?.()) {
      socket.destroy();
      return;
    }
    const path = unprefixed(req.url ?? '/', breakage.pathPrefix);
    if (
      path === undefined ||
      breakage.refuseSockets ||
      breakage.refuseSocket?.(new URL(path, 'http://proxy').pathname)
    ) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const url = new URL(path, 'http://proxy');
    const status = breakage.handshakeStatusFor?.(url.searchParams.get('token'));
    if (status !== undefined) {
      socket.end(`HTTP/1.1 ${status} Refused\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    if (!url.searchParams.get('token') && breakage.handshakeToken)
      url.searchParams.set('token', breakage.handshakeToken);
    const swapped = breakage.handshakeTokenFor?.(url.searchParams.get('token'));
    if (swapped === null) url.searchParams.delete('token');
    else if (swapped !== undefined) url.searchParams.set('token', swapped);
    const up = new WebSocket(`${upstreamWs}${url.pathname}${url.search}`);
    up.once('unexpected-response', (_r, upRes) => {
      socket.end(
        `HTTP/1.1 ${upRes.statusCode} Refused\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
      );
    });
    up.once('error', () => socket.destroy());
    up.once('open', () =>
      wss.handleUpgrade(req, socket, head, (client) => {
        clients.add(client);
        const token = url.searchParams.get('token') ?? '';
        for (const text of held.get(token) ?? []) client.send(text);
        held.delete(token);
        if (breakage.closeSockets) {
          client.close(breakage.closeCode);
          up.close();
        }
        // Once a close is decided no frame goes upstream: a server that stopped reading.
        let closing = false;
        client.on('message', (data, isBinary) => {
          if (closing) return;
          const close = breakage.clientFrame?.(data.toString(), isBinary);
          if (close) {
            closing = true;
            const shut = () => client.close(close.close, close.reason);
            if (close.after) void close.after.then(shut);
            else shut();
          } else if (up.readyState === WebSocket.OPEN)
            up.send(
              breakage.clientText && !isBinary ? breakage.clientText(data.toString()) : data,
              { binary: isBinary },
            );
        });
        up.on('message', (data) => {
          const text = breakage.frame ? breakage.frame(data.toString()) : data.toString();
          if (text === null) return;
          if (breakage.holdForNextSocket?.(text)) {
            held.set(token, [...(held.get(token) ?? []), text]);
            return;
          }
          const copies = breakage.frameCopies?.(text) ?? 1;
          for (const target of breakage.broadcast ? clients : [client])
            for (let i = 0; i < copies; i++)
              if (target.readyState === WebSocket.OPEN) target.send(text);
          if (breakage.echoAfterMs !== undefined)
            setTimeout(() => {
              for (const other of clients)
                if (other !== client && other.readyState === WebSocket.OPEN) other.send(text);
            }, breakage.echoAfterMs);
        });
        client.on('close', () => {
          clients.delete(client);
          up.close();
        });
        up.on('close', () => client.close());
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const client of clients) client.terminate();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
