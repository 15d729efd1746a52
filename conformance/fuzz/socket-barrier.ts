import WebSocket from 'ws';
import type { FuzzRun } from './http-run.js';
import { closePair, type Pair, pairFor, reMessages } from './socket-pair.js';
import { pong, receivedUntil, settle, sleep } from './socket-watch.js';

/**
 * How long a server may take to deliver a message before the case stops waiting for it. A copy
 * that comes later is not counted for this case, nor (see `deliveriesOf`) for the next.
 */
const DELIVERY_MS = 1000;

/**
 * Without writes nothing crosses the server to mark where a case's effects end: after the pongs,
 * this long for a frame the server should have refused to reach the receiver anyway.
 */
const READ_ONLY_GRACE_MS = 20;

/** Barrier messages sent so far, so each has a body of its own. */
const sentinels = new WeakMap<FuzzRun, number>();

/**
 * Sends a message of the fuzzer's own to the peer and waits for it at the receiver (or a close, or
 * `DELIVERY_MS`); answers whether it came. A server delivers one receiver's messages in the order
 * it read them, so every copy of a frame read before it has arrived by then: a barrier through the
 * whole server, where a pong only shows that the socket's frames were read (Daphne, a proxy and
 * `ws` answer pings themselves, before any consumer ran). The barrier's copy is then dropped.
 */
export async function sentinel({ sender, receiver }: Pair, run: FuzzRun): Promise<boolean> {
  const n = (sentinels.get(run) ?? 0) + 1;
  sentinels.set(run, n);
  const body = `fuzz barrier ${run.seed}-${n}`;
  const isBarrier = (f: unknown) => (f as { message_body?: unknown })?.message_body === body;
  if (sender.ws.readyState !== WebSocket.OPEN) return false;
  sender.ws.send(
    JSON.stringify({ action: 'chat_message', receiver_id: run.ctx.peer.id, message_body: body }),
  );
  await receivedUntil(receiver, () => receiver.frames.some(isBarrier), sender, DELIVERY_MS);
  const arrived = receiver.frames.some(isBarrier);
  receiver.frames = receiver.frames.filter((f) => !isBarrier(f));
  return arrived;
}

/**
 * Waits until the case's (or batch's) frames have done what they do: the sender closed, or the
 * server has delivered everything it read of them. With writes, a sentinel message sent right
 * after the frames marks that (and a close stops the wait); if the expected copies are still short
 * then, as from a server that does not keep order, they get `DELIVERY_MS` more before one counts
 * as lost. Without writes no frame is deliverable, and the pongs and a short grace are all there is.
 */
export async function awaitCase(run: FuzzRun, pair: Pair, expected: number): Promise<void> {
  const { sender, receiver } = pair;
  if (!run.ctx.allowWrites) {
    await settle(sender);
    await pong(receiver.ws, DELIVERY_MS);
    await sleep(READ_ONLY_GRACE_MS);
    return;
  }
  await sentinel(pair, run);
  const delivered = () => reMessages(receiver).length >= expected;
  if (sender.closeCode === undefined && !delivered())
    await receivedUntil(receiver, delivered, sender, DELIVERY_MS);
}

/**
 * Waits out what the server still delivers from frames it already read, after a case or batch
 * whose deliveries did not add up (a socket closed, a copy missing): those copies would reach the
 * next pair's receiver and count for the next case, a "delivered twice" it never caused. A
 * sentinel sent on the pair the next case uses comes after them; everything received up to it is
 * dropped. Without writes nothing was deliverable: a pong from the receiver is enough.
 */
export async function drainPair(run: FuzzRun): Promise<void> {
  const pair = await pairFor(run, { transcript: [], origin: performance.now() });
  if (!pair) return;
  if (run.ctx.allowWrites) await sentinel(pair, run);
  else await pong(pair.receiver.ws, DELIVERY_MS);
  pair.sender.frames = [];
  pair.receiver.frames = [];
  const open = [pair.sender, pair.receiver].every((w) => w.closeCode === undefined);
  // A pair the sentinel could not cross is no pair to judge the next case on.
  if (!open) closePair(run);
}
