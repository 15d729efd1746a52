import WebSocket from 'ws';
import type { TranscriptEntry } from '../client/evidence.js';

/** A socket that keeps what it received and how it closed, for the oracles and the transcript. */
export interface Watched {
  ws: WebSocket;
  frames: unknown[];
  closeCode?: number;
  /** Where events are noted: a socket kept open across cases gets each case's own transcript. */
  log: CaseLog;
}

/** One case's transcript and the moment its times count from. */
export interface CaseLog {
  transcript: TranscriptEntry[];
  origin: number;
}

/** A handshake's outcome: the open socket, or the HTTP status (or network error) refusing it. */
export type Opened = { watched: Watched } | { watched?: undefined; status?: number; error: string };

/** How long a handshake may take before the case counts it as refused. */
const HANDSHAKE_TIMEOUT_MS = 10_000;

/** Opens a socket and watches it; a refused handshake is data (its status), never a throw. */
export function open(url: string, label: string, log: CaseLog): Promise<Opened> {
  return new Promise((resolve) => {
    const note = (entry: Omit<TranscriptEntry, 'at_ms' | 'socket'>) =>
      watched.log.transcript.push({
        at_ms: Math.round(performance.now() - watched.log.origin),
        socket: label,
        ...entry,
      });
    let ws: WebSocket;
    try {
      // A server that accepts TCP and never answers the upgrade must not stall the run (--time
      // is checked between cases only).
      ws = new WebSocket(url, { handshakeTimeout: HANDSHAKE_TIMEOUT_MS });
    } catch (error) {
      log.transcript.push({ at_ms: 0, socket: label, event: 'error', data: String(error) });
      resolve({ error: String(error) });
      return;
    }
    const watched: Watched = { ws, frames: [], log };
    ws.on('message', (data) => {
      note({ event: 'received', data: data.toString().slice(0, 500) });
      try {
        watched.frames.push(JSON.parse(data.toString()));
      } catch {
        watched.frames.push(data.toString());
      }
    });
    ws.on('close', (code) => {
      watched.closeCode = code;
      note({ event: 'close', code });
    });
    ws.once('open', () => {
      note({ event: 'open' });
      resolve({ watched });
    });
    ws.once('error', (error) => {
      // ws reports a refused upgrade as "Unexpected server response: 403".
      const status = Number(/Unexpected server response: (\d+)/.exec(error.message)?.[1]);
      note({ event: 'refused', data: error.message, ...(status ? { code: status } : {}) });
      resolve(status ? { status, error: error.message } : { error: error.message });
    });
  });
}

/** An open socket, or undefined when the handshake was refused. */
export async function watch(
  url: string,
  label: string,
  log: CaseLog,
): Promise<Watched | undefined> {
  return (await open(url, label, log)).watched;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves on the pong to a ping sent now, on a close (a closing peer never pongs), or after `ms`:
 * the frames sent before it have been read.
 */
export function pong(ws: WebSocket, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      ws.off('pong', done);
      ws.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    ws.once('pong', done);
    ws.once('close', done);
    if (ws.readyState === WebSocket.OPEN) ws.ping();
    else done();
  });
}

/**
 * Resolves once `done()` holds, checked on each frame `w` receives, when `w` or `stopOn` closes, or
 * after `ms`: woken by the frames themselves, not by polling with a 2 ms sleep, which was about a
 * quarter of a case's time (timing inside the run, bench section `fuzz`).
 */
export function receivedUntil(
  w: Watched,
  done: () => boolean,
  stopOn: Watched,
  ms: number,
): Promise<void> {
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      w.ws.off('message', check);
      w.ws.off('close', finish);
      stopOn.ws.off('close', finish);
      resolve();
    };
    // Registered after `open`'s own listener, so the frame is already in `w.frames` here.
    const check = () => {
      if (done()) finish();
    };
    const timer = setTimeout(finish, ms);
    w.ws.on('message', check);
    w.ws.once('close', finish);
    stopOn.ws.once('close', finish);
    if (done() || w.closeCode !== undefined || stopOn.closeCode !== undefined) finish();
  });
}

/**
 * Waits until the sender's frames have been read and any close they caused has arrived, so a case
 * is judged on what the frames did, not on how long a fixed wait was (same seed, same verdicts).
 * Two pings, not one and a fixed sleep: the first pong says the frames were read, the second gives
 * a server that refuses a frame a turn later (an async handler) that turn; a fixed 30 ms sleep
 * here was most of a case's time (bench section `fuzz`).
 */
export async function settle(sender: Watched): Promise<void> {
  await pong(sender.ws, 1000);
  await pong(sender.ws, 1000);
  await closeArrives(sender, 1000);
}

/**
 * A socket whose close has begun (a close frame came) gets up to `ms` for its `close` event, which
 * carries the code, to follow: it comes a round trip after the frame.
 */
export async function closeArrives(w: Watched, ms: number): Promise<void> {
  const until = performance.now() + ms;
  while (w.ws.readyState !== WebSocket.OPEN && w.closeCode === undefined) {
    if (performance.now() > until) return;
    await sleep(2);
  }
}
