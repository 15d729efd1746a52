import fc from 'fast-check';
import WebSocket from 'ws';
import type { TranscriptEntry } from '../client/evidence.js';
import type { Verdict } from '../model/types.js';
import { findingKey } from './findings.js';
import type { FuzzRun } from './http-run.js';
import { roundParameters, stillAnswers } from './http-run.js';
import { acceptedFrame, type SocketFuzzCase, socketCases } from './socket-frames.js';

/** A socket that keeps what it received and how it closed, for the oracles and the transcript. */
interface Watched {
  ws: WebSocket;
  frames: unknown[];
  closeCode?: number;
}

function watch(
  url: string,
  label: string,
  transcript: TranscriptEntry[],
  origin: number,
): Promise<Watched | undefined> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    const watched: Watched = { ws, frames: [] };
    const note = (entry: Omit<TranscriptEntry, 'at_ms' | 'socket'>) =>
      transcript.push({ at_ms: Math.round(performance.now() - origin), socket: label, ...entry });
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
    ws.once('open', () => resolve(watched));
    ws.once('error', () => resolve(undefined));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves on the pong to a ping sent now, on a close (a closing peer never pongs), or after `ms`:
 * the frames sent before it have been read.
 */
function pong(ws: WebSocket, ms: number): Promise<void> {
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
 * Waits until the sender's frames have been read and any close they caused has arrived, so a case
 * is judged on what the frames did, not on how long a fixed wait was (same seed, same verdicts).
 */
async function settle(sender: Watched): Promise<void> {
  await pong(sender.ws, 1000);
  await sleep(30);
  const closeBy = performance.now() + 1000;
  while (sender.ws.readyState !== WebSocket.OPEN && sender.closeCode === undefined) {
    if (performance.now() > closeBy) break;
    await sleep(2);
  }
}

/** What one case did: every oracle's broken verdict with its close code. */
async function sendCase(run: FuzzRun, c: SocketFuzzCase) {
  const transcript: TranscriptEntry[] = [];
  const origin = performance.now();
  const { ctx } = run;
  const sender = await watch(`${ctx.wsUrl}?token=${ctx.user.token}`, 'user', transcript, origin);
  const receiver = await watch(`${ctx.wsUrl}?token=${ctx.peer.token}`, 'peer', transcript, origin);
  if (!sender || !receiver)
    return { transcript, broken: [] as { verdict: Verdict; code?: number }[] };
  const deliverable = c.frames
    .map(acceptedFrame)
    .filter((f) => f && f.receiver_id.toLowerCase() === ctx.peer.id);
  for (const frame of c.frames) {
    transcript.push({
      at_ms: Math.round(performance.now() - origin),
      socket: 'user',
      event: 'sent',
      data: frame.text.slice(0, 500),
    });
    sender.ws.send(frame.binary ? Buffer.from(frame.text) : frame.text);
  }
  run.budget.tick('frames', c.frames.length);
  await settle(sender);
  const delivered = () =>
    receiver.frames.filter((f) => (f as { action?: string })?.action === 're_message');
  const deadline = performance.now() + 1000;
  while (
    performance.now() < deadline &&
    sender.closeCode === undefined &&
    delivered().length < deliverable.length
  )
    await sleep(2);
  // Copies of one frame leave together; a short wait catches a second one before judging.
  await sleep(deliverable.length ? 25 : 0);
  sender.ws.terminate();
  receiver.ws.terminate();
  return {
    transcript,
    broken: judgeFrames(c, deliverable.length, delivered() as { message_body: string }[], sender),
  };
}

/** The socket oracles: no 1011 after an accepted frame, every deliverable frame delivered once. */
function judgeFrames(
  c: SocketFuzzCase,
  expected: number,
  got: { message_body: string }[],
  sender: Watched,
) {
  const broken: { verdict: Verdict; code?: number }[] = [];
  const accepted = c.frames.some((f) => acceptedFrame(f));
  if (sender.closeCode === 1011)
    broken.push({
      code: 1011,
      verdict: accepted
        ? {
            outcome: 'fail',
            rule: 'no_internal_error_on_accepted_frame',
            expected: 'the socket stays open after a frame the contract accepts',
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

/** Fuzzes the chat socket: generated frames and bursts, shrunk to the smallest failing sequence. */
export async function fuzzSocket(run: FuzzRun): Promise<void> {
  for (let round = 0; round < 4 && run.budget.timeLeftMs() > 0; round++) {
    const part = `socket#${round}`;
    let target: string | undefined;
    const keys = (broken: { verdict: Verdict; code?: number }[]) =>
      broken
        .map((b) => findingKey('socket', b.verdict.rule, b.code))
        .filter((k) => !run.found.has(k));
    const property = fc.asyncProperty(
      socketCases({ uuids: [run.ctx.peer.id, run.ctx.user.id] }, run.ctx.allowWrites),
      async (c) => {
        const fresh = keys((await sendCase(run, c)).broken);
        if (target === undefined && fresh[0]) target = fresh[0];
        return target === undefined || !fresh.includes(target);
      },
    );
    const details = await fc.check(property, roundParameters(run, part));
    if (!details.failed || !details.counterexample) return;
    const c = (details.counterexample as unknown as [SocketFuzzCase])[0];
    const { transcript, broken } = await sendCase(run, c);
    for (const b of broken) {
      const key = findingKey('socket', b.verdict.rule, b.code);
      if (run.found.has(key)) continue;
      run.found.add(key);
      run.budget.findings++;
      const warning = b.code === 1011 && b.verdict.outcome !== 'fail';
      run.onFinding({
        subject: 'socket',
        title: `chat socket: ${b.verdict.rule}`,
        docRef: 'Sending messages',
        severity: warning ? 'warning' : 'error',
        verdict: { ...b.verdict, ...(warning ? { outcome: 'fail' } : {}), transcript },
        caseId: `${part}:${details.counterexamplePath}`,
        seed: run.seed,
        example: c,
        code: b.code,
      });
    }
    if (!(await stillAnswers(run.ctx)))
      run.budget.stopped = `the server stopped answering after case ${part}`;
  }
}
