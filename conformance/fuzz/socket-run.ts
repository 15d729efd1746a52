import WebSocket from 'ws';
import type { TranscriptEntry } from '../client/evidence.js';
import type { Verdict } from '../model/types.js';
import type { FuzzRun } from './http-run.js';
import { acceptedFrame, type SocketFuzzCase, socketCases } from './socket-frames.js';
import type { Broken, SocketOutcome, SocketPart } from './socket-rounds.js';
import { awaitDeliveries, type CaseLog, type Watched, watch } from './socket-watch.js';

/** The `re_message` frames a socket received. */
const reMessages = (w: Watched) =>
  w.frames.filter((f) => (f as { action?: string })?.action === 're_message');

interface Pair {
  sender: Watched;
  receiver: Watched;
}

/**
 * The sender's and receiver's sockets, kept open from case to case while both stay open: two
 * handshakes a case were much of its time. A case that closes either opens a fresh pair next time.
 */
const pairs = new WeakMap<FuzzRun, Pair>();

async function pairFor(run: FuzzRun, log: CaseLog): Promise<Pair | undefined> {
  const kept = pairs.get(run);
  const isOpen = (w: Watched) => w.ws.readyState === WebSocket.OPEN && w.closeCode === undefined;
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

function closePair(run: FuzzRun) {
  const kept = pairs.get(run);
  kept?.sender.ws.terminate();
  kept?.receiver.ws.terminate();
  pairs.delete(run);
}

/** What one case did: every oracle's broken verdict with its close code. */
async function sendCase(run: FuzzRun, c: SocketFuzzCase): Promise<SocketOutcome> {
  const transcript: TranscriptEntry[] = [];
  const origin = performance.now();
  const { ctx } = run;
  const pair = await pairFor(run, { transcript, origin });
  if (!pair) return { transcript, broken: [] };
  const { sender, receiver } = pair;
  const deliverable = c.frames
    .map(acceptedFrame)
    .filter((f) => f && f.receiver_id.toLowerCase() === ctx.peer.id);
  // A burst leaves in one TCP write, so a server reads its frames in the same turn (within the
  // same millisecond, as the issue asks), however loaded the machine; ws has no public cork.
  const tcp = (sender.ws as unknown as { _socket?: { cork(): void; uncork(): void } })._socket;
  tcp?.cork();
  for (const frame of c.frames) {
    transcript.push({
      at_ms: Math.round(performance.now() - origin),
      socket: 'user',
      event: 'sent',
      data: frame.text.slice(0, 500),
    });
    sender.ws.send(frame.binary ? Buffer.from(frame.text) : frame.text);
  }
  tcp?.uncork();
  run.budget.tick('frames', c.frames.length);
  await awaitDeliveries(pair, deliverable.length);
  // A case that closed either socket leaves it closed; the next case opens a fresh pair.
  if (sender.closeCode !== undefined || receiver.closeCode !== undefined) closePair(run);
  return {
    transcript,
    broken: judgeFrames(c, deliverable.length, reMessages(receiver), sender),
  };
}

/**
 * The socket oracles: no 1011 after deliverable frames, every deliverable frame delivered once. A
 * frame is deliverable when the contract accepts its shape and it goes to the run's peer: an
 * unknown receiver or the sender itself is an invalid frame (the list), whose refusal —
 * a 1011 under a server's close policy included — is docs-silent, observed with a warning.
 */
function judgeFrames(c: SocketFuzzCase, expected: number, got: unknown[], sender: Watched) {
  const broken: Broken[] = [];
  // Only a case of deliverable frames alone: in a burst with an invalid frame, the 1011 may be
  // that frame's refusal (a close policy), which is not a crash.
  const accepted = expected > 0 && expected === c.frames.length;
  if (sender.closeCode === 1011)
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
  if (sender.closeCode === undefined && got.length > expected)
    broken.push({
      verdict: {
        outcome: 'fail',
        rule: 'delivered_once',
        expected: `${expected} re_message frame(s) at the receiver`,
        actual: `${got.length} delivered: a frame delivered twice`,
      },
    });
  if (sender.closeCode === undefined && got.length < expected)
    broken.push({
      verdict: {
        outcome: 'fail',
        rule: 'delivered_once',
        expected: `${expected} re_message frame(s) at the receiver`,
        actual: `${got.length} delivered: a frame lost`,
      },
    });
  return broken;
}

/** The chat socket's frames: generated frames and bursts, shrunk to the smallest failing sequence. */
export const FRAMES_PART: SocketPart<SocketFuzzCase> = {
  subject: 'socket',
  docRef: 'Sending messages',
  cases: (run) => socketCases({ uuids: [run.ctx.peer.id, run.ctx.user.id] }, run.ctx.allowWrites),
  send: sendCase,
  finish: closePair,
};
