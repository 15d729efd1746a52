import { z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { shownWithValue } from '../../spec/schemas/assumed.js';
import { describeProblems, extraFields, judgeProblems, judgeShape, shapeErrors } from './shape.js';

describe('extraFields', () => {
  const Item = z.object({ id: z.number() });
  const Schema = z.object({
    list: z.array(Item),
    maybe: Item.nullable().optional(),
    fallback: Item.default({ id: 0 }),
    frozen: Item.readonly(),
    piped: Item.pipe(z.any()),
    either: z.union([z.string(), Item]),
    text: z.string(),
  });

  it('should name each undeclared field with its path and value, through every wrapper', () => {
    const extra = { id: 1, x: 'extra' };
    const value = {
      list: [{ id: 1 }, extra],
      maybe: extra,
      fallback: extra,
      frozen: extra,
      piped: extra,
      either: extra,
      text: 'a',
      top: 2,
    };
    expect(extraFields(Schema, value)).toEqual(
      ['$.list[1].x', '$.maybe.x', '$.fallback.x', '$.frozen.x', '$.piped.x', '$.either.x']
        .map((path) => ({ path, message: 'not in the contract', value: 'extra' }))
        .concat({ path: '$.top', message: 'not in the contract', value: 2 as never }),
    );
  });

  it('should find nothing in null, absent, mistyped or unmatched values', () => {
    expect(
      extraFields(Schema, { list: 'no', maybe: null, either: 42, text: { x: 1 }, fallback: [] }),
    ).toEqual([]);
    expect(extraFields(Schema, null)).toEqual([]);
    expect(extraFields(Schema, [{ x: 1 }])).toEqual([]);
    expect(extraFields(Schema.optional(), undefined)).toEqual([]);
  });
});

describe('describeProblems', () => {
  const problem = (n: number) => ({ path: `$.f${n}`, message: 'wrong', value: n });

  it('should write one line a problem, joined, with at most `limit` and a count of the rest', () => {
    expect(describeProblems([problem(1), problem(2)])).toBe(
      '$.f1: wrong (got 1); $.f2: wrong (got 2)',
    );
    const seven = [1, 2, 3, 4, 5, 6, 7].map(problem);
    expect(describeProblems(seven)).toBe(
      `${[1, 2, 3, 4, 5].map((n) => `$.f${n}: wrong (got ${n})`).join('; ')}; and 2 more`,
    );
    expect(describeProblems(seven.slice(0, 5))).not.toContain('more');
    expect(describeProblems(seven, 1)).toBe('$.f1: wrong (got 1); and 6 more');
  });

  it('should say what came, cut to 80 characters, and nothing when nothing came', () => {
    expect(describeProblems([{ path: '$', message: 'missing' }])).toBe('$: missing');
    expect(describeProblems([{ path: '$', message: 'm', value: 'x'.repeat(100) }])).toBe(
      `$: m (got "${'x'.repeat(79)})`,
    );
  });

  it("should put an assumed problem in issue 9's words, with its decision", () => {
    const assumption = {
      decision: 'D28' as const,
      constraint: 'not-null' as const,
      shown: 'a value',
    };
    expect(describeProblems([{ path: '$.a', message: 'm', value: null, assumption }])).toBe(
      '$.a: the docs show only a value; the server sent null — the docs or the contract may be incomplete (D28)',
    );
    expect(describeProblems([{ path: '$.a', message: 'm', value: () => 1, assumption }])).toContain(
      'the server sent nothing',
    );
  });
});

describe('judgeShape and judgeProblems', () => {
  it('should point at the root and at list items by index', () => {
    expect(shapeErrors(z.string(), 42)[0]?.path).toBe('$');
    expect(shapeErrors(z.array(z.object({ a: z.string() })), [{ a: 1 }])[0]?.path).toBe('$[0].a');
  });

  it('should fail on a documented problem, adding the assumed ones and their decisions', () => {
    const Schema = z.object({
      id: z.string(),
      a: shownWithValue(z.string()),
      b: shownWithValue(z.string()),
    });
    const verdict = judgeShape('x', Schema, { id: 1, a: null, b: null });
    expect(verdict).toEqual({
      expected: 'x',
      path: '$.id',
      rule: 'schema.type',
      outcome: 'fail',
      actual: expect.stringMatching(
        /^\$\.id: .* \(got 1\); also unconfirmed: \$\.a: the docs show only .*; \$\.b: /,
      ),
      decisions: ['D28'],
    });
    expect(judgeShape('x', Schema, { id: 1, a: 'a', b: 'b' })).not.toHaveProperty('decisions');
    expect(judgeShape('x', Schema, { id: 1, a: 'a', b: 'b' })).toMatchObject({
      // The documented problem alone, nothing after it.
      actual: expect.stringMatching(/^\$\.id: [^;]* \(got 1\)$/),
    });
  });

  it('should pass no problems and fail the first one found', () => {
    expect(judgeProblems('x', [])).toEqual({ outcome: 'pass' });
    expect(judgeProblems('x', [{ path: '$.a', message: 'bad' }])).toMatchObject({
      outcome: 'fail',
      expected: 'x',
      actual: '$.a: bad',
      path: '$.a',
    });
  });
});
