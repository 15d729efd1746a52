import type { TranscriptEntry } from '../client/evidence.js';
import type { Verdict } from '../model/types.js';
import type { FuzzRun } from './http-run.js';
import { screenCases } from './socket-batch.js';
import { type FrameFacts, factsOf } from './socket-deliveries.js';
import { type Exchanged, exchangeFrames } from './socket-exchange.js';
import { type SocketFuzzCase, socketCases } from './socket-frames.js';
import { closePair, pairFor } from './socket-pair.js';
import type { Broken, SocketOutcome, SocketPart } from './socket-rounds.js';

/** What one case did: every oracle's broken verdict with its close code. */
async function sendCase(run: FuzzRun, c: SocketFuzzCase): Promise<SocketOutcome> {
  const transcript: TranscriptEntry[] = [];
  const origin = performance.now();
  const pair = await pairFor(run, { transcript, origin });
  if (!pair)
    return {
      transcript,
      broken: [],
      unsent: "the chat socket refused the run's accounts (see the handshake part)",
    };
  const facts = factsOf(c, run.ctx.peer.id);
  const done = await exchangeFrames(run, pair, c.frames, facts, (frame) =>
    transcript.push({
      at_ms: Math.round(performance.now() - origin),
      socket: 'user',
      event: 'sent',
      data: frame.text.slice(0, 500),
    }),
  );
  return { transcript, broken: judgeFrames(facts, done) };
}

/**
 * The socket oracles. A frame is deliverable when the contract accepts its shape and it goes to
 * the run's peer: an unknown receiver or the sender itself is an invalid frame (the list),
 * whose refusal — a 1011 under a server's close policy included — is docs-silent, observed with a
 * warning (D167). While the socket stays open, each deliverable frame reaches the peer once; a
 * refused frame that reaches it anyway is accepted invalid input, `unconfirmed` because the docs
 * name no refusal of a frame (D168).
 */
function judgeFrames(
  facts: readonly FrameFacts[],
  { deliveries, closed, closeCode }: Exchanged,
): Broken[] {
  const broken: Broken[] = [];
  // Only a case of deliverable frames alone: in a burst with an invalid frame, the 1011 may be
  // that frame's refusal (a close policy), which is not a crash.
  const accepted = facts.every((f) => f.toPeer);
  if (closeCode === 1011)
    broken.push({
      code: 1011,
      verdict: accepted
        ? {
            outcome: 'fail',
            rule: 'no_internal_error_on_accepted_frame',
            expected:
              'the socket stays open after a frame the contract accepts, to a known receiver',
            actual: 'closed with 1011 (internal error)',
          }
        : {
            outcome: 'observed' as Verdict['outcome'],
            rule: 'invalid_frame_refusal',
            expected: 'an error frame, a close code or silence',
            actual: 'closed with 1011: an internal error on client input (warning)',
          },
    });
  if (closed) return broken;
  const counts = [...deliveries.values()];
  const want = counts.reduce((sum, d) => sum + d.want, 0);
  const got = counts.reduce((sum, d) => sum + d.got, 0);
  // A copy too many of a body that a refused frame of the case also carries may be that frame's:
  // accepted invalid input, not proof of a duplicate.
  if (counts.some((d) => d.got > d.want && d.refused === 0))
    broken.push(deliveredOnce(want, `${got} delivered: a frame delivered twice`));
  if (counts.some((d) => d.got < d.want))
    broken.push(deliveredOnce(want, `${got} delivered: a frame lost`));
  if (counts.some((d) => d.got > d.want && d.refused > 0))
    broken.push({
      verdict: {
        outcome: 'unconfirmed',
        rule: 'negative_data_rejection',
        expected: 'a frame the contract refuses is not delivered (the docs name no refusal)',
        actual: `${got} re_message frame(s) at the receiver, ${want} of them owed`,
        decisions: ['D168'],
      },
    });
  return broken;
}

const deliveredOnce = (want: number, actual: string): Broken => ({
  verdict: {
    outcome: 'fail',
    rule: 'delivered_once',
    expected: `${want} re_message frame(s) at the receiver`,
    actual,
  },
});

/** The chat socket's frames: generated frames and bursts, shrunk to the smallest failing sequence. */
export const FRAMES_PART: SocketPart<SocketFuzzCase> = {
  subject: 'socket',
  label: 'chat socket frames',
  docRef: 'Sending messages',
  cases: (run) => socketCases({ uuids: [run.ctx.peer.id, run.ctx.user.id] }, run.ctx.allowWrites),
  send: sendCase,
  screen: screenCases,
  finish: closePair,
};
