import { afterEach, describe, expect, it } from 'vitest';
import { createBudget } from '../../conformance/fuzz/budget.js';
import type { FuzzRun } from '../../conformance/fuzz/http-run.js';
import type { FrameSpec } from '../../conformance/fuzz/socket-frames.js';
import type { SocketOutcome } from '../../conformance/fuzz/socket-rounds.js';
import { FRAMES_PART } from '../../conformance/fuzz/socket-run.js';
import { useBreakingProxy } from '../support/conformance.js';
import { contextFor, FUZZ_SEED } from '../support/fuzz-run.js';
import { KYRIAN, type TestStandIn, useStandIn } from '../support/standin.js';
import { lateCopiesAfterClose } from '../support/variants/fuzz.js';

let standIn: TestStandIn;
useStandIn(
  (started) => ({ standIn } = started),
  {},
  { otherClients: 'the fuzzer, through the breaking proxy' },
);
const proxy = useBreakingProxy(() => standIn.url);

const message = (body: string): FrameSpec => ({
  kind: 'valid',
  text: JSON.stringify({ action: 'chat_message', message_body: body, receiver_id: KYRIAN.id }),
});

let run: FuzzRun | undefined;
afterEach(() => {
  if (run) FRAMES_PART.finish?.(run);
});

/** A run of the frames part alone, with writes, through a proxy breaking it as `lateCopiesAfterClose`. */
async function frameRun(): Promise<FuzzRun> {
  const ctx = await contextFor(standIn.url, await proxy(lateCopiesAfterClose()), {
    allowWrites: true,
  });
  run = {
    ctx,
    seed: FUZZ_SEED,
    budget: createBudget(),
    known: { uuids: [ctx.user.id, ctx.peer.id] },
    redact: (text) => text,
    found: new Set(),
    changes: { disabledCoins: new Set() },
    onFinding: () => {},
  };
  return run;
}

const rules = (outcome: SocketOutcome) => outcome.broken.map((b) => b.verdict.rule);

describe('the socket frames part of fuzz', () => {
  it('should not count a late copy from a closed case as a second delivery in the next case', async () => {
    const fuzz = await frameRun();
    // The first frame is read, the line break closes the socket, and its copy comes late to the
    // peer's next socket: the one the next case is judged on.
    const closed = await FRAMES_PART.send(fuzz, { frames: [message('first'), message('a\nb')] });
    expect(rules(closed)).toEqual(['no_internal_error_on_accepted_frame']);
    // A frame the contract refuses: nothing of it may reach the peer, so any copy there would count.
    const next = await FRAMES_PART.send(fuzz, { frames: [{ kind: 'not-json', text: 'second{' }] });
    expect(rules(next)).toEqual([]);
  }, 30_000);

  it('should screen a batch: cases seen clean are known clean, and after a close none is', async () => {
    const fuzz = await frameRun();
    const clean = await FRAMES_PART.screen?.(fuzz, [
      { frames: [message('one')] },
      { frames: [message('two'), message('three')] },
    ]);
    expect(clean).toEqual([true, true]);
    const closed = await FRAMES_PART.screen?.(fuzz, [
      { frames: [message('four')] },
      { frames: [message('five\n')] },
    ]);
    expect(closed).toEqual([false, false]);
    // What the closed batch's server still delivered was waited out: a case sent alone next is clean.
    const again = await FRAMES_PART.send(fuzz, { frames: [message('four')] });
    expect(
      again.broken.map((b) => b.verdict.actual),
      JSON.stringify(again.transcript),
    ).toEqual([]);
  }, 30_000);
});
