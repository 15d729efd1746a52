import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import type { FuzzRun } from './http-run.js';
import { allCame, deliveriesOf, type FrameFacts } from './socket-deliveries.js';
import { closePair, isOpen, type Pair, pairFor, reMessages } from './socket-pair.js';
import { closeArrives, pong, receivedUntil, settle, sleep, type Watched } from './socket-watch.js';

/**
 * How long a server may take to deliver a message before the case stops waiting for it. A copy
 * that comes later is not counted for this case, nor (see `deliveriesOf`) for the next.
 */
const DELIVERY_MS = 1000;

/**
 * Without writes nothing crosses the server to mark where a case's effects end: after the pongs,
 * this long for a frame addressed to the peer that the server should have refused to arrive anyway.
 */
const READ_ONLY_GRACE_MS = 20;

/** Per run: barrier messages sent so far, and a nonce so two runs with one seed never share a body. */
const barriers = new WeakMap<FuzzRun, { nonce: string; sent: number }>();

/**
 * Sends a message of the fuzzer's own to the peer and waits for it at the receiver (or a close, or
 * `DELIVERY_MS`); answers whether it came. A server delivers one receiver's messages from one
 * socket in the order it read them, so every copy of a frame read before it has arrived by then: a
 * barrier through the whole server, where a pong only shows that the socket's frames were read
 * (Daphne, a proxy and `ws` answer pings themselves, before any consumer ran). Its copy is dropped.
 */
export async function sendBarrier({ sender, receiver }: Pair, run: FuzzRun): Promise<boolean> {
  const state = barriers.get(run) ?? { nonce: randomBytes(3).toString('hex'), sent: 0 };
  barriers.set(run, state);
  state.sent++;
  const body = `fuzz barrier ${run.seed}-${state.nonce}-${state.sent}`;
  const isBarrier = (f: unknown) => (f as { message_body?: unknown })?.message_body === body;
  if (sender.ws.readyState !== WebSocket.OPEN) return false;
  const text = JSON.stringify({
    action: 'chat_message',
    receiver_id: run.ctx.peer.id,
    message_body: body,
  });
  sender.log.transcript.push({
    at_ms: Math.round(performance.now() - sender.log.origin),
    socket: 'user',
    event: 'sent',
    data: `${text} (the fuzzer's barrier, not part of the case)`,
  });
  sender.ws.send(text);
  await receivedUntil(receiver, () => receiver.frames.some(isBarrier), sender, DELIVERY_MS);
  const arrived = receiver.frames.some(isBarrier);
  receiver.frames = receiver.frames.filter((f) => !isBarrier(f));
  return arrived;
}

/**
 * Waits for a close the server has begun to arrive: a close frame may come before the barrier's
 * copy while the `close` event (and its code) comes a round trip later. A pong, or the close that
 * replaces it, marks what the server sent before it.
 */
async function closeSeen(w: Watched): Promise<void> {
  await pong(w.ws, DELIVERY_MS);
  await closeArrives(w, DELIVERY_MS);
}

/**
 * Waits until frames sent on the pair have done what they do: the sender closed, or the server has
 * delivered everything it read of them. With writes, a barrier message sent right after the frames
 * marks that; if the case's copies are still short then (a server that does not keep order), they
 * get `DELIVERY_MS` more before one counts as lost. Answers whether the barrier came (undefined
 * without writes: no frame is deliverable, and pongs and, for a frame addressed to the peer, a
 * short grace are all there is).
 */
export async function awaitFrames(
  run: FuzzRun,
  pair: Pair,
  facts: readonly FrameFacts[],
): Promise<boolean | undefined> {
  const { sender, receiver } = pair;
  if (!run.ctx.allowWrites) {
    await settle(sender);
    // After a close no delivery is judged, so there is nothing to give time to.
    if (sender.ws.readyState !== WebSocket.OPEN) return undefined;
    await pong(receiver.ws, DELIVERY_MS);
    if (facts.some((f) => f.reachesPeer)) await sleep(READ_ONLY_GRACE_MS);
    return undefined;
  }
  const arrived = await sendBarrier(pair, run);
  await closeSeen(sender);
  const came = () => allCame(deliveriesOf(facts, reMessages(receiver)));
  if (sender.closeCode === undefined && !came())
    await receivedUntil(receiver, came, sender, DELIVERY_MS);
  return arrived;
}

/**
 * Waits out what the server still delivers from frames it already read, after frames whose copies
 * did not add up (a socket closed, a copy missing, the barrier lost): those copies would reach the
 * next pair's receiver and count for the next case, a "delivered twice" it never caused. A barrier
 * sent on the pair the next case uses usually comes after them: best effort, since the late copies
 * come from another (closed) connection, whose order a server does not promise against a new one.
 * Everything received up to it is dropped. Without writes nothing was deliverable: a pong from the
 * receiver is enough.
 */
export async function drainPair(run: FuzzRun): Promise<void> {
  const pair = await pairFor(run, { transcript: [], origin: performance.now() });
  if (!pair) return;
  let crossed = true;
  if (run.ctx.allowWrites) crossed = await sendBarrier(pair, run);
  else await pong(pair.receiver.ws, DELIVERY_MS);
  pair.sender.frames = [];
  pair.receiver.frames = [];
  // A pair the barrier could not cross is no pair to judge the next case on.
  if (!crossed || !isOpen(pair.sender) || !isOpen(pair.receiver)) closePair(run);
}
