import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import WebSocket from 'ws';

/** What came back from one HTTP call: never thrown, always data. */
export type HttpResult =
  | {
      ok: true;
      status: number;
      headers: Record<string, string>;
      text: string;
      json: unknown;
      jsonError?: string;
      ms: number;
    }
  | { ok: false; error: string; ms: number };

export interface HttpCall {
  method: string;
  url: string;
  headers?: Record<string, string>;
  /** A value to send as JSON, or a string sent as is. */
  body?: unknown;
  timeoutMs?: number;
}

/**
 * One HTTP call over node:http, not fetch: the docs send JSON bodies with GET, which fetch refuses,
 * and a conformance suite must see redirects rather than follow them.
 *
 * @example
 * const res = await httpCall({ method: 'GET', url: `${base}/auth/user/`, headers: bearer(token) });
 */
export function httpCall({
  method,
  url,
  headers = {},
  body,
  timeoutMs = 5000,
}: HttpCall): Promise<HttpResult> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve({ ok: false, error: `not a URL: ${url}`, ms: 0 });
      return;
    }
    const payload =
      body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const allHeaders: Record<string, string> = { accept: 'application/json', ...headers };
    if (payload !== undefined) {
      allHeaders['content-type'] ??= 'application/json';
      allHeaders['content-length'] = String(Buffer.byteLength(payload));
    }
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(target, { method, headers: allHeaders, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (error) =>
        resolve({ ok: false, error: `response broke off: ${error.message}`, ms: ms() }),
      );
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const flatHeaders = Object.fromEntries(
          Object.entries(res.headers).map(([k, v]) => [
            k,
            Array.isArray(v) ? v.join(', ') : String(v),
          ]),
        );
        let json: unknown;
        let jsonError: string | undefined;
        try {
          json = text === '' ? undefined : JSON.parse(text);
        } catch (error) {
          jsonError = (error as Error).message;
        }
        resolve({
          ok: true,
          status: res.statusCode ?? 0,
          headers: flatHeaders,
          text,
          json,
          jsonError,
          ms: ms(),
        });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error) =>
      resolve({ ok: false, error: describeNetworkError(error), ms: ms() }),
    );
    req.end(payload);
  });
}

function describeNetworkError(error: NodeJS.ErrnoException): string {
  if (error.code === 'ECONNREFUSED')
    return `connection refused (${error.message.replace(/^connect ECONNREFUSED /, '')}): is the server running?`;
  return error.message;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** An open socket that records every frame it receives. */
export interface SocketSession {
  frames: unknown[];
  send(data: string | Buffer): void;
  /** Resolves with the first frame (already received or yet to come) that matches, or undefined at the timeout. */
  waitForFrame(match: (frame: unknown) => boolean, timeoutMs: number): Promise<unknown | undefined>;
  isOpen(): boolean;
  close(): Promise<void>;
}

export type SocketResult =
  | { ok: true; session: SocketSession }
  | { ok: false; status?: number; error: string };

/**
 * Opens a socket; a refused handshake comes back as its HTTP status, never as a throw. `onFrame`
 * sees each frame as it arrives (the tests validate every one against the published contract).
 */
export function openSocket(
  url: string,
  timeoutMs = 5000,
  onFrame?: (frame: unknown) => void,
): Promise<SocketResult> {
  return new Promise((resolve) => {
    let ws: WebSocket;
    try {
      ws = new WebSocket(url, { handshakeTimeout: timeoutMs });
    } catch (error) {
      resolve({ ok: false, error: (error as Error).message });
      return;
    }
    const frames: unknown[] = [];
    const listeners = new Set<() => void>();
    ws.on('message', (data, isBinary) => {
      const text = data.toString();
      let frame: unknown = isBinary ? { binary: text } : text;
      try {
        frame = JSON.parse(text);
      } catch {}
      frames.push(frame);
      onFrame?.(frame);
      for (const listener of listeners) listener();
    });
    ws.once('unexpected-response', (_req, res) => {
      resolve({
        ok: false,
        status: res.statusCode,
        error: `handshake refused with HTTP ${res.statusCode}`,
      });
      ws.terminate();
    });
    ws.once('error', (error) => resolve({ ok: false, error: describeNetworkError(error) }));
    ws.once('open', () =>
      resolve({
        ok: true,
        session: {
          frames,
          send: (data) => ws.send(data),
          isOpen: () => ws.readyState === WebSocket.OPEN,
          waitForFrame: (match, waitMs) =>
            new Promise((done) => {
              const check = () => {
                const found = frames.find(match);
                if (found === undefined) return;
                cleanup();
                done(found);
              };
              const timer = setTimeout(() => {
                cleanup();
                done(undefined);
              }, waitMs);
              const cleanup = () => {
                clearTimeout(timer);
                listeners.delete(check);
              };
              listeners.add(check);
              check();
            }),
          close: () =>
            new Promise((done) => {
              if (ws.readyState === WebSocket.CLOSED) return done();
              ws.once('close', () => done());
              ws.close();
              setTimeout(() => {
                ws.terminate();
                done();
              }, 1000).unref();
            }),
        },
      }),
    );
  });
}
