import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBudget } from './budget.js';
import type { FuzzRun } from './http-run.js';
import { roundParameters } from './http-run.js';
import { packed } from './socket-batch.js';
import type { FrameFacts } from './socket-deliveries.js';
import { roundCases } from './socket-rounds.js';
import { FRAMES_PART } from './socket-run.js';

const owed = (body: string): FrameFacts => ({ body, toPeer: true, reachesPeer: true });
const refused = (body: string): FrameFacts => ({ body, toPeer: false, reachesPeer: true });

describe('packed', () => {
  it('should keep cases in order, 25 to a batch', () => {
    const facts = Array.from({ length: 60 }, (_, i) => [owed(`b${i}`)]);
    const batches = packed(facts);
    expect(batches.map((b) => b.length)).toEqual([25, 25, 10]);
    expect(batches.flat()).toEqual(facts.map((_, i) => i));
  });

  it('should never put two cases in one batch when the peer is owed a body both carry', () => {
    expect(packed([[owed('x')], [owed('x')], [refused('x')], [owed('y')]])).toEqual([
      [0, 3],
      [1],
      [2],
    ]);
  });

  it('should let cases share a body the peer is owed by neither', () => {
    expect(
      packed([[refused('x')], [refused('x')], [{ toPeer: false, reachesPeer: false }]]),
    ).toEqual([[0, 1, 2]]);
  });
});

describe('roundCases', () => {
  // Screening is only worth anything if the property is then asked about the same cases in the
  // same order: otherwise every case is quietly sent twice.
  it.each([true, false])(
    'should draw what the round property is asked about (writes: %s)',
    async (allowWrites) => {
      const run = {
        seed: 2112,
        budget: createBudget(150),
        ctx: {
          allowWrites,
          user: { id: '68f6cebe-1dfb-418d-8c4e-3ada680984d1' },
          peer: { id: '8b979f92-2d5d-471f-abdc-4f8259f5736a' },
        },
      } as unknown as FuzzRun;
      const drawn = roundCases(run, FRAMES_PART, 'socket#0');
      const asked: unknown[] = [];
      await fc.check(
        fc.asyncProperty(FRAMES_PART.cases(run), async (c) => {
          asked.push(c);
          return true;
        }),
        roundParameters(run, 'socket#0'),
      );
      expect(asked).toHaveLength(150);
      expect(asked).toEqual(drawn);
    },
  );
});
