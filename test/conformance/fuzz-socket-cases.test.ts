import { afterEach, describe, expect, it } from 'vitest';
import { createBudget } from '../../conformance/fuzz/budget.js';
import type { FuzzRun } from '../../conformance/fuzz/http-run.js';
import type { FrameSpec } from '../../conformance/fuzz/socket-frames.js';
import type { SocketOutcome } from '../../conformance/fuzz/socket-rounds.js';
import { FRAMES_PART } from '../../conformance/fuzz/socket-run.js';
import type { Breakage } from '../support/breaking-proxy.js';
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

/** A run of the frames part alone, with writes, through a proxy breaking it as `breakage` does. */
async function frameRun(breakage: Breakage): Promise<FuzzRun> {
  const ctx = await contextFor(standIn.url, await proxy(breakage), { allowWrites: true });
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
  it('should not count a late copy from a closed case as a second delivery of the same body next', async () => {
    const variant = lateCopiesAfterClose();
    const fuzz = await frameRun(variant);
    // `first` is read, the line break closes the socket, and the copy of `first` reaches the
    // peer's next socket: the one the next case, a shrink step sending `first` again, is judged on.
    const closed = await FRAMES_PART.send(fuzz, { frames: [message('first'), message('a\nb')] });
    expect(rules(closed)).toEqual(['no_internal_error_on_accepted_frame']);
    expect(variant.held()).toBe(1);
    const next = await FRAMES_PART.send(fuzz, { frames: [message('first')] });
    expect(next.broken.map((b) => b.verdict.actual)).toEqual([]);
  }, 30_000);

  it('should screen a batch: cases seen clean are known clean, and after a close none is', async () => {
    const variant = lateCopiesAfterClose();
    const fuzz = await frameRun(variant);
    const clean = await FRAMES_PART.screen?.(fuzz, [
      { frames: [message('one')] },
      { frames: [message('two'), message('three')] },
    ]);
    expect(clean).toEqual([true, true]);
    // The batch closes after every copy it owed came (held for the next socket): still unknown.
    const closed = await FRAMES_PART.screen?.(fuzz, [
      { frames: [message('four')] },
      { frames: [message('five\n')] },
    ]);
    expect(closed).toEqual([false, false]);
    expect(variant.held()).toBe(1);
    // What the closed batch's server still delivered was waited out: a case sent alone next is clean.
    const again = await FRAMES_PART.send(fuzz, { frames: [message('four')] });
    expect(again.broken.map((b) => b.verdict.actual)).toEqual([]);
  }, 30_000);

  it('should leave a whole batch unknown when a copy comes that no frame of it carries', async () => {
    // The server delivers `mangle me` with another body: a copy no case of the batch can own.
    const fuzz = await frameRun({
      clientText: (text) => text.replace('"mangle me"', '"mangled"'),
    });
    const screened = await FRAMES_PART.screen?.(fuzz, [
      { frames: [message('six')] },
      { frames: [message('mangle me')] },
    ]);
    expect(screened).toEqual([false, false]);
    // Sent alone, the mangled case's own copy never came: lost, whatever else arrived.
    const alone = await FRAMES_PART.send(fuzz, { frames: [message('mangle me')] });
    expect(alone.broken.map((b) => b.verdict.actual)).toEqual(['0 delivered: a frame lost']);
  }, 30_000);

  it('should leave a batch unknown when a socket closed, even after every copy came', async () => {
    const fuzz = await frameRun({
      clientFrame: (text) => (text.startsWith('x{') ? { close: 1011 } : undefined),
    });
    const notJson: FrameSpec = { kind: 'not-json', text: 'x{' };
    const screened = await FRAMES_PART.screen?.(fuzz, [
      { frames: [message('seven')] },
      { frames: [notJson] },
    ]);
    expect(screened).toEqual([false, false]);
    // Sent alone, the frame that closed is seen closing: a refusal of invalid input, observed.
    const alone = await FRAMES_PART.send(fuzz, { frames: [notJson] });
    expect(rules(alone)).toEqual(['invalid_frame_refusal']);
  }, 30_000);

  it('should call a refused frame sharing a body with a deliverable one accepted input, not a duplicate', async () => {
    // Both frames carry `same`; the server takes the unknown action as a message and delivers it.
    const fuzz = await frameRun({
      clientText: (text) => text.replace('"typing"', '"chat_message"'),
    });
    const typing: FrameSpec = {
      kind: 'unknown-action',
      text: JSON.stringify({ action: 'typing', message_body: 'same', receiver_id: KYRIAN.id }),
    };
    const outcome = await FRAMES_PART.send(fuzz, { frames: [message('same'), typing] });
    expect(outcome.broken.map((b) => [b.verdict.rule, b.verdict.outcome])).toEqual([
      ['negative_data_rejection', 'unconfirmed'],
    ]);
  }, 30_000);
});
