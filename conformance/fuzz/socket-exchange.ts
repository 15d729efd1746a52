import type { FuzzRun } from './http-run.js';
import { awaitFrames, drainPair } from './socket-barrier.js';
import { allCame, type Deliveries, deliveriesOf, type FrameFacts } from './socket-deliveries.js';
import type { FrameSpec } from './socket-frames.js';
import { closePair, isOpen, type Pair, reMessages, sendCorked } from './socket-pair.js';

/** What frames sent on a pair did, once their effects were waited for. */
export interface Exchanged {
  deliveries: Deliveries;
  /** re_message frames at the receiver, the fuzzer's barriers left out. */
  received: readonly { message_body?: unknown }[];
  /** Either socket closed (or began to). */
  closed: boolean;
  /** The sender's close code, when it closed. */
  closeCode?: number;
  /** Whether the barrier came back; undefined without writes (no barrier is sent). */
  barrier?: boolean;
}

/**
 * Sends frames in one write on the run's pair, waits for what they do, and answers it. A pair a
 * socket of which closed is closed for good (the next frames get a fresh one); when copies did not
 * add up, or the barrier was lost, the next pair is drained before anything is judged on it.
 */
export async function exchangeFrames(
  run: FuzzRun,
  pair: Pair,
  frames: readonly FrameSpec[],
  facts: readonly FrameFacts[],
  onSend?: (frame: { text: string }) => void,
): Promise<Exchanged> {
  const { sender, receiver } = pair;
  sendCorked(sender.ws, frames, onSend);
  run.budget.tick('frames', frames.length);
  const barrier = await awaitFrames(run, pair, facts);
  const received = reMessages(receiver);
  const deliveries = deliveriesOf(facts, received);
  const closed = !isOpen(sender) || !isOpen(receiver);
  if (closed) closePair(run);
  if (closed || !allCame(deliveries) || barrier === false) await drainPair(run);
  return { deliveries, received, closed, closeCode: sender.closeCode, barrier };
}
