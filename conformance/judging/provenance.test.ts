import { z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { assumed, shownWithValue } from '../../spec/schemas/assumed.js';
import { assumptionFor, type ProblemKind, problemKind } from './provenance.js';
import { judgeShape } from './shape.js';

const closed = (schema: z.ZodType) =>
  assumed(schema, { decision: 'D17', constraint: 'closed-enum', shown: '"A"' });
const long = (schema: z.ZodType) =>
  assumed(schema, { decision: 'D19', constraint: 'length', shown: 'short text' });
const patterned = (schema: z.ZodType) =>
  assumed(schema, { decision: 'D30', constraint: 'format', shown: 'one uuid' });

/** One field per rule, each once as the docs state it and once as the contract assumed it. */
const Documented = z.object({
  name: z.string(),
  kind: z.enum(['A', 'B']),
  body: z.string().max(3),
  id: z.uuid(),
  count: z.number().max(3),
});
const Assumed = z.object({
  name: shownWithValue(z.string()),
  kind: closed(z.enum(['A', 'B'])),
  body: long(z.string().max(3)),
  id: patterned(z.uuid()),
  count: z.number().max(3),
});
const good = { name: 'n', kind: 'A', body: 'abc', id: crypto.randomUUID(), count: 1 };

/** For every problem kind: the broken value, and the verdict with the rule documented or assumed. */
const CASES: { kind: ProblemKind; broken: Record<string, unknown>; decision?: string }[] = [
  { kind: 'missing', broken: { name: undefined } },
  { kind: 'null', broken: { name: null }, decision: 'D28' },
  { kind: 'type', broken: { name: 42 } },
  { kind: 'type', broken: { kind: 42 } },
  { kind: 'value', broken: { kind: 'C' }, decision: 'D17' },
  { kind: 'length', broken: { body: 'abcd' }, decision: 'D19' },
  { kind: 'format', broken: { id: 'not-a-uuid' }, decision: 'D30' },
  { kind: 'value', broken: { count: 4 } },
];

describe('Provenance per problem kind', () => {
  for (const { kind, broken, decision } of CASES) {
    const field = Object.keys(broken)[0] as string;
    const value = { ...good, ...broken };
    it(`should fail a documented ${kind} problem (${field}: ${String(broken[field])})`, () => {
      expect(judgeShape('x', Documented, value)).toMatchObject({
        outcome: 'fail',
        rule: `schema.${kind}`,
        path: `$.${field}`,
      });
      expect(judgeShape('x', Documented, value)).not.toHaveProperty('decisions');
    });

    it(`should judge an assumed ${kind} problem (${field}) ${decision ? 'unconfirmed' : 'a failure'}`, () => {
      const verdict = judgeShape('x', Assumed, value);
      if (decision)
        expect(verdict).toMatchObject({
          outcome: 'unconfirmed',
          rule: `schema.${kind}`,
          decisions: [decision],
        });
      else expect(verdict).toMatchObject({ outcome: 'fail', rule: `schema.${kind}` });
    });
  }

  it('should pass a value that breaks nothing', () => {
    expect(judgeShape('x', Documented, good)).toEqual({ outcome: 'pass' });
    expect(judgeShape('x', Assumed, good)).toEqual({ outcome: 'pass' });
  });
});

describe('problemKind', () => {
  it('should tell a value of another JSON type from an unseen value of the same type', () => {
    expect(problemKind({ code: 'invalid_value', values: ['A'] }, 42)).toBe('type');
    expect(problemKind({ code: 'invalid_value', values: ['A'] }, 'B')).toBe('value');
    expect(problemKind({ code: 'invalid_value' }, 'B')).toBe('type');
    expect(problemKind({ code: 'invalid_value', values: ['A'] }, undefined)).toBe('missing');
    expect(problemKind({ code: 'invalid_type' }, null)).toBe('null');
    expect(problemKind({ code: 'too_small', origin: 'number' }, 0)).toBe('value');
    expect(problemKind({ code: 'too_small', origin: 'string' }, '')).toBe('length');
    expect(problemKind({ code: 'too_big', origin: 'array' }, [])).toBe('length');
    expect(problemKind({ code: 'custom' }, undefined)).toBe('type');
    expect(problemKind({ code: 'invalid_format' }, null)).toBe('format');
    expect(problemKind({ code: 'too_big', origin: 'string' }, null)).toBe('length');
  });
});

describe('assumptionFor', () => {
  const Wrapped = z.object({
    list: z.array(z.object({ kind: closed(z.enum(['A'])) })),
    map: z.record(z.string(), long(z.string())),
    either: z.union([z.number(), patterned(z.string())]).optional(),
    piped: shownWithValue(z.string()).pipe(z.string()),
  });

  it('should find an assumption through arrays, records, unions, wrappers and pipes', () => {
    expect(assumptionFor(Wrapped, ['list', 0, 'kind'], 'value')?.decision).toBe('D17');
    expect(assumptionFor(Wrapped, ['map', 'any'], 'length')?.decision).toBe('D19');
    expect(assumptionFor(Wrapped, ['either'], 'format')?.decision).toBe('D30');
    expect(assumptionFor(Wrapped, ['piped'], 'null')?.decision).toBe('D28');
  });

  it('should find none for another kind, a kind never assumed, or a path the schema lacks', () => {
    expect(assumptionFor(Wrapped, ['list', 0, 'kind'], 'length')).toBeUndefined();
    expect(assumptionFor(Wrapped, ['list', 0, 'kind'], 'type')).toBeUndefined();
    expect(assumptionFor(Wrapped, ['list', 0, 'kind'], 'missing')).toBeUndefined();
    expect(assumptionFor(Wrapped, ['list', 'x', 'kind'], 'value')).toBeUndefined();
    expect(assumptionFor(Wrapped, ['nothing'], 'value')).toBeUndefined();
    expect(assumptionFor(Wrapped, [0], 'value')).toBeUndefined();
    expect(assumptionFor(Wrapped, ['list', 0, 'kind', 'deeper'], 'value')).toBeUndefined();
  });

  it('should tell a list position from a field named like one, and a record from an object', () => {
    // The value at [0] of a list or a field "0" of an object: each has its own assumption.
    const Either = z.union([z.array(closed(z.enum(['A']))), z.object({ '0': long(z.string()) })]);
    expect(assumptionFor(Either, [0], 'value')?.decision).toBe('D17');
    expect(assumptionFor(Either, [0], 'length')).toBeUndefined();
    expect(assumptionFor(Either, ['0'], 'length')?.decision).toBe('D19');
    expect(assumptionFor(Either, ['0'], 'value')).toBeUndefined();
    // A field the object lacks is not a record's value.
    const Mixed = z.object({ known: z.string() });
    expect(assumptionFor(Mixed, ['unknown'], 'null')).toBeUndefined();
  });

  it('should call a value of a type some allowed value has an unseen value, not a type break', () => {
    expect(problemKind({ code: 'invalid_value', values: [1, 'a'] }, 'b')).toBe('value');
    expect(problemKind({ code: 'invalid_value', values: [1, 'a'] }, true)).toBe('type');
  });
});
