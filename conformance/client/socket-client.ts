import WebSocket from 'ws';
import { currentCoverage } from './coverage-recorder.js';
import { currentEvidence, type SocketEvent } from './evidence.js';
import { describeNetworkError } from './network-error.js';

/** An open socket that records every frame it receives. */
export interface SocketSession {
  frames: unknown[];
  send(data: string | Buffer): void;
  /** Resolves with the first frame (already received or yet to come) that matches, or undefined at the timeout. */
  waitForFrame(match: (frame: unknown) => boolean, timeoutMs: number): Promise<unknown | undefined>;
  /** Resolves true once `condition` holds (checked on every frame and on close), false at the timeout. */
  waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean>;
  /** The close code and reason, once the socket has closed. */
  closedWith(): { code: number; reason: string } | undefined;
  isOpen(): boolean;
  close(): Promise<void>;
}

export type SocketResult =
  | { ok: true; session: SocketSession }
  | { ok: false; status?: number; error: string };

/** Frames longer than this are cut in a transcript: it shows what happened, not every byte. */
const FRAME_LIMIT = 2048;
const cut = (text: string) =>
  text.length > FRAME_LIMIT ? `${text.slice(0, FRAME_LIMIT)}… (${text.length} chars)` : text;

export interface SocketOptions {
  /** The name this socket has in the running check's transcript (`user`, `peer`…). */
  label?: string;
  /** Sees each frame as it arrives (the tests validate every one against the published contract). */
  onFrame?: (frame: unknown) => void;
}

/**
 * Opens a socket; a refused handshake comes back as its HTTP status, never as a throw. Every
 * open, refusal, frame and close goes to the running check's transcript.
 *
 * @example
 * const opened = await openSocket(`${wsUrl}?token=${token}`, 5000, { label: 'user' });
 */
export function openSocket(
  url: string,
  timeoutMs = 5000,
  { label = 'socket', onFrame }: SocketOptions = {},
): Promise<SocketResult> {
  const log = currentEvidence();
  const coverage = currentCoverage();
  const note = (event: Omit<SocketEvent, 'at' | 'socket'>) =>
    log?.socket.push({ at: performance.now(), socket: label, ...event });
  return new Promise((resolve) => {
    let ws: WebSocket;
    try {
      ws = new WebSocket(url, { handshakeTimeout: timeoutMs });
    } catch (error) {
      note({ event: 'error', data: (error as Error).message });
      resolve({ ok: false, error: (error as Error).message });
      return;
    }
    const frames: unknown[] = [];
    const listeners = new Set<() => void>();
    let closed: { code: number; reason: string } | undefined;
    ws.on('message', (data, isBinary) => {
      const text = data.toString();
      note({ event: 'received', data: cut(text) });
      coverage?.frame('server', text);
      let frame: unknown = isBinary ? { binary: text } : text;
      try {
        frame = JSON.parse(text);
      } catch {}
      frames.push(frame);
      onFrame?.(frame);
      for (const listener of listeners) listener();
    });
    ws.on('close', (code, reason) => {
      note({ event: 'close', code, data: reason.length ? reason.toString() : undefined });
      coverage?.close(code);
      closed = { code, reason: reason.toString() };
      for (const listener of listeners) listener();
    });
    ws.once('unexpected-response', (_req, res) => {
      note({ event: 'refused', code: res.statusCode, data: `${url}` });
      resolve({
        ok: false,
        status: res.statusCode,
        error: `handshake refused with HTTP ${res.statusCode}`,
      });
      ws.terminate();
    });
    ws.once('error', (error) => {
      note({ event: 'error', data: describeNetworkError(error) });
      resolve({ ok: false, error: describeNetworkError(error) });
    });
    ws.once('open', () => {
      note({ event: 'open', data: url });
      resolve({
        ok: true,
        session: {
          frames,
          send: (data) => {
            note({ event: 'sent', data: cut(data.toString()) });
            coverage?.frame('client', data.toString());
            ws.send(data);
          },
          isOpen: () => ws.readyState === WebSocket.OPEN,
          closedWith: () => closed,
          waitUntil: (condition, waitMs) =>
            watch(listeners, () => (condition() ? true : undefined), waitMs).then(
              (met) => met === true,
            ),
          waitForFrame: (match, waitMs) => watch(listeners, () => frames.find(match), waitMs),
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
      });
    });
  });
}

/**
 * Resolves with the first defined answer of `look`, asked now and after every socket event, or
 * with undefined once `waitMs` passed: what waitUntil and waitForFrame share.
 */
function watch<T>(
  listeners: Set<() => void>,
  look: () => T | undefined,
  waitMs: number,
): Promise<T | undefined> {
  return new Promise((done) => {
    const check = () => {
      const found = look();
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
  });
}
