import type { ErrorFrame } from '../../spec/schemas/socket.js';
import type { SocketReaction } from '../policy/policies.js';

/** How one refused frame is answered, and the words the journal and the request log use for it. */
export interface Refusal {
  /** The error frame to send back (policy `frame`). */
  reply?: ErrorFrame;
  /** The close to send instead (policy `close`): nothing is stored, the socket ends. */
  close?: number;
  /** "invalid_json (The frame is not valid JSON): closed 1011, socket errors: close (D120)". */
  note: string;
}

const DONE: Record<SocketReaction['kind'], (reaction: SocketReaction) => string> = {
  frame: () => 'error frame sent',
  close: (reaction) => `closed ${(reaction as { code: number }).code}`,
  silent: () => 'nothing sent',
};

/**
 * The socket's one seam for a frame it cannot act on (D120): the policy for the error's code says
 * whether the sender gets our error frame, a close (as an ASGI server closes a consumer that
 * raised), or nothing at all. Pure, so every policy is testable without a socket.
 *
 * @example
 * refusalFor({ kind: 'close', code: 1011 }, errorFrame('invalid_json', '…')).close // 1011
 */
export function refusalFor(reaction: SocketReaction, error: ErrorFrame): Refusal {
  const note = `${error.code} (${error.message}): ${DONE[reaction.kind](reaction)}, socket errors: ${reaction.kind} (D120)`;
  if (reaction.kind === 'frame') return { reply: error, note };
  if (reaction.kind === 'close') return { close: reaction.code, note };
  return { note };
}
