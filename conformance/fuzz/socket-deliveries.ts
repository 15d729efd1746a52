import { readFrame, type SocketFuzzCase } from './socket-frames.js';

/** What a frame leaves for the receiver to show: its body, and whether the peer must get it. */
export interface FrameFacts {
  body?: string;
  /** Deliverable: the contract accepts its shape and it goes to the run's peer. */
  toPeer: boolean;
  /** Addressed to the peer with a text body, valid or not: a lenient server might deliver it. */
  reachesPeer: boolean;
}

export const factsOf = (c: SocketFuzzCase, peerId: string): FrameFacts[] =>
  c.frames.map((frame) => {
    const { accepted, body, receiver } = readFrame(frame);
    return {
      body,
      toPeer: accepted?.receiver_id.toLowerCase() === peerId,
      reachesPeer:
        body !== undefined && typeof receiver === 'string' && receiver.toLowerCase() === peerId,
    };
  });

/**
 * One body of a case: how many of its frames the peer must get (`want`), how many carry it but are
 * refused by the contract (`refused`), and how many copies reached the peer (`got`).
 */
export interface Delivery {
  want: number;
  refused: number;
  got: number;
}

export type Deliveries = Map<string, Delivery>;

/**
 * Per body of a case, what the peer was owed and got. Copies of other bodies are not the case's:
 * another client's message to the peer, or a copy an earlier case's server still delivered.
 */
export function deliveriesOf(
  facts: readonly FrameFacts[],
  received: readonly { message_body?: unknown }[],
): Deliveries {
  const bodies: Deliveries = new Map();
  for (const { body, toPeer } of facts) {
    if (body === undefined) continue;
    const seen = bodies.get(body) ?? { want: 0, refused: 0, got: 0 };
    if (toPeer) seen.want++;
    else seen.refused++;
    bodies.set(body, seen);
  }
  for (const { message_body: body } of received) {
    const seen = typeof body === 'string' ? bodies.get(body) : undefined;
    if (seen) seen.got++;
  }
  return bodies;
}

/** Every copy the peer was owed has come (more may have). */
export const allCame = (deliveries: Deliveries) =>
  [...deliveries.values()].every(({ want, got }) => got >= want);
