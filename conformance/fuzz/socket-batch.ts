import type { FuzzRun } from './http-run.js';
import { type FrameFacts, factsOf } from './socket-deliveries.js';
import { exchangeFrames } from './socket-exchange.js';
import type { SocketFuzzCase } from './socket-frames.js';
import { pairFor } from './socket-pair.js';

/**
 * Cases sent in one write before one wait for their effects: that wait (a barrier message through
 * the server and a pong, D168) is most of a case's time when each case has its own.
 */
const BATCH = 25;

/** Batches in a row that closed a socket, after which a round's remaining cases go alone. */
const CLOSED_BATCHES_BEFORE_GIVING_UP = 3;

/**
 * Sends cases a batch at a time and answers, per case, whether it was seen clean: no socket
 * closed, and each of its frames' bodies came back exactly as often as the case expects (once when
 * deliverable, never otherwise). A delivery is attributed to its case by its body, so cases that
 * share a body a frame of either delivers go to different batches, and a delivery no frame's body
 * explains, or a close, leaves the whole batch unknown. An unknown case is not clean: the rounds
 * send it alone, so every finding, its shrinking and its replay come from cases sent one at a time.
 */
export async function screenCases(
  run: FuzzRun,
  cases: readonly SocketFuzzCase[],
): Promise<boolean[]> {
  const facts = cases.map((c) => factsOf(c, run.ctx.peer.id));
  const clean = cases.map(() => false);
  let closedInARow = 0;
  for (const batch of packed(facts)) {
    if (run.budget.stopped || run.budget.timeLeftMs() <= 0) break;
    // A server that closes on invalid frames ends nearly every batch early; past a few, screening
    // only sends each case twice.
    if (closedInARow >= CLOSED_BATCHES_BEFORE_GIVING_UP) break;
    const seen = await screenBatch(
      run,
      batch.map((i) => cases[i] as SocketFuzzCase),
      batch.map((i) => facts[i] as FrameFacts[]),
    );
    closedInARow = seen.closed ? closedInARow + 1 : 0;
    batch.forEach((i, k) => {
      clean[i] = seen.clean[k] === true;
    });
  }
  return clean;
}

/**
 * Case indices in batches of at most BATCH, in order, where no two cases of a batch share a body
 * that a frame of either delivers; most batches are consecutive cases.
 */
export function packed(facts: readonly FrameFacts[][]): number[][] {
  const batches: { cases: number[]; bodies: Map<string, boolean> }[] = [];
  facts.forEach((frames, i) => {
    const fits = (bodies: Map<string, boolean>) =>
      frames.every(({ body, toPeer }) => {
        if (body === undefined || !bodies.has(body)) return true;
        return !toPeer && !bodies.get(body);
      });
    let batch = batches.find((b) => b.cases.length < BATCH && fits(b.bodies));
    if (!batch) {
      batch = { cases: [], bodies: new Map() };
      batches.push(batch);
    }
    batch.cases.push(i);
    for (const { body, toPeer } of frames)
      if (body !== undefined) batch.bodies.set(body, toPeer || !!batch.bodies.get(body));
  });
  return batches.map((b) => b.cases);
}

/** What one batch showed: per case, whether it was seen clean; and whether a socket closed. */
interface Screened {
  clean: boolean[];
  closed: boolean;
}

async function screenBatch(
  run: FuzzRun,
  batch: readonly SocketFuzzCase[],
  facts: readonly FrameFacts[][],
): Promise<Screened> {
  const unknown = batch.map(() => false);
  const pair = await pairFor(run, { transcript: [], origin: performance.now() });
  if (!pair) return { clean: unknown, closed: true };
  const done = await exchangeFrames(
    run,
    pair,
    batch.flatMap((c) => c.frames),
    facts.flat(),
  );
  const { deliveries, received, closed } = done;
  // A copy of no body sent here (another client's message to the peer) cannot be placed, nor can
  // anything after a lost barrier: the batch's cases are sent alone, where neither counts.
  const ours = [...deliveries.values()].reduce((sum, d) => sum + d.got, 0);
  if (closed || done.barrier === false || ours !== received.length)
    return { clean: unknown, closed };
  // A body the peer is owed belongs to one case of its batch (see `packed`), so the case's copies
  // are counted as that case sent alone would count them.
  const clean = facts.map((frames) =>
    frames.every(({ body }) => {
      const d = body === undefined ? undefined : deliveries.get(body);
      return d === undefined || d.got === d.want;
    }),
  );
  return { clean, closed };
}
