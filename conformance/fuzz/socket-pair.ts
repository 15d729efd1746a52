import WebSocket from 'ws';
import type { FuzzRun } from './http-run.js';
import { type CaseLog, type Watched, watch } from './socket-watch.js';

/** The run's two sockets: the user's (sending) and the peer's (receiving). */
export interface Pair {
  sender: Watched;
  receiver: Watched;
}

/**
 * The sender's and receiver's sockets, kept open from case to case while both stay open: two
 * handshakes a case were much of its time. A case that closes either opens a fresh pair next time.
 */
const pairs = new WeakMap<FuzzRun, Pair>();

/** Open, and no close begun: a socket a case can be sent and judged on. */
export const isOpen = (w: Watched) =>
  w.ws.readyState === WebSocket.OPEN && w.closeCode === undefined;

/** The open pair with its received frames cleared and events noted in `log`, or undefined when refused. */
export async function pairFor(run: FuzzRun, log: CaseLog): Promise<Pair | undefined> {
  const kept = pairs.get(run);
  if (kept && isOpen(kept.sender) && isOpen(kept.receiver)) {
    for (const w of [kept.sender, kept.receiver]) {
      w.frames = [];
      w.log = log;
    }
    return kept;
  }
  closePair(run);
  const { ctx } = run;
  const sender = await watch(`${ctx.wsUrl}?token=${ctx.user.token}`, 'user', log);
  const receiver = await watch(`${ctx.wsUrl}?token=${ctx.peer.token}`, 'peer', log);
  if (!sender || !receiver) {
    sender?.ws.terminate();
    receiver?.ws.terminate();
    return undefined;
  }
  pairs.set(run, { sender, receiver });
  return { sender, receiver };
}

export function closePair(run: FuzzRun) {
  const kept = pairs.get(run);
  kept?.sender.ws.terminate();
  kept?.receiver.ws.terminate();
  pairs.delete(run);
}

/**
 * Sends frames in one TCP write, so a server reads them in the same turn (within the same
 * millisecond, as the issue asks), however loaded the machine; ws has no public cork.
 */
export function sendCorked(
  ws: WebSocket,
  frames: readonly { text: string; binary?: boolean }[],
  onSend?: (frame: { text: string }) => void,
) {
  const tcp = (ws as unknown as { _socket?: { cork(): void; uncork(): void } })._socket;
  tcp?.cork();
  for (const frame of frames) {
    onSend?.(frame);
    ws.send(frame.binary ? Buffer.from(frame.text) : frame.text);
  }
  tcp?.uncork();
}

/** The `re_message` frames a socket received. */
export const reMessages = (w: Watched) =>
  w.frames.filter((f) => (f as { action?: string })?.action === 're_message') as {
    message_body?: unknown;
  }[];
