import { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgeShape } from '../../conformance/judging/shape.js';
import type { Verdict } from '../../conformance/model/types.js';
import { type Assumption, assumed, shownWithValue } from '../../spec/schemas/assumed.js';
import { MessagesEntitySchema } from '../../spec/schemas/chat.js';
import {
  DepositListSchema,
  TransactionListSchema,
  WithdrawalListSchema,
} from '../../spec/schemas/ledger.js';
import { createStandIn, type InProcessStandIn } from '../../src/server/in-process.js';
import { CODEBEE, UDO } from '../support/standin.js';

/**
 * Provenance (D28): a problem breaking only what the contract assumed is `unconfirmed`, with the
 * decisions; one breaking what the docs state is `fail`. Each kind of problem (missing, null, type,
 * format, value, length) is judged against a documented and an assumed constraint: first on a
 * schema made for the purpose, then on the contract's own assumed fields with their decision ids.
 */

type Path = (string | number)[];
interface Row {
  kind: string;
  at: Path;
  /** The value put there; `undefined` removes the field. */
  value: unknown;
  outcome: 'fail' | 'unconfirmed';
  decisions?: string[];
}

/** Sets (or, with `undefined`, removes) the value at `path` in a copy of `json`. */
function withValue(json: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(json) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

/** The verdict's outcome, rule and decisions: what a row states. */
function judged(schema: z.ZodType, json: unknown): Pick<Verdict, 'outcome' | 'rule' | 'decisions'> {
  const { outcome, rule, decisions } = judgeShape('the contract', schema, json);
  return { outcome, rule, decisions };
}

const expectedOf = ({ kind, outcome, decisions }: Row) => ({
  outcome,
  rule: `schema.${kind}`,
  decisions,
});

const an = (decision: `D${number}`, constraint: Assumption['constraint']): Assumption => ({
  decision,
  constraint,
  shown: `what ${decision} saw`,
});

/** One field per constraint, documented and assumed side by side. */
const ProbeSchema = z.object({
  documented: z.object({
    list: z.enum(['a', 'b']),
    text: z.string().min(1).max(3),
    id: z.uuid(),
    count: z.int().min(1),
    flag: z.boolean(),
  }),
  assumed: z.object({
    list: assumed(z.enum(['a', 'b']), an('D901', 'closed-enum')),
    lists: z.array(assumed(z.enum(['a', 'b']), an('D901', 'closed-enum'))),
    text: assumed(z.string().min(1).max(3), an('D902', 'length')),
    size: assumed(z.string().regex(/^\d+kb$/), an('D903', 'format')),
    shown: shownWithValue(z.string()),
  }),
});
const PROBE = {
  documented: { list: 'a', text: 'ab', id: UDO.id, count: 2, flag: true },
  assumed: { list: 'a', lists: ['a', 'b'], text: 'ab', size: '0kb', shown: 'x' },
};

const PROBE_ROWS: Row[] = [
  // missing: presence is always documented, whatever else a field assumes.
  { kind: 'missing', at: ['documented', 'list'], value: undefined, outcome: 'fail' },
  { kind: 'missing', at: ['assumed', 'list'], value: undefined, outcome: 'fail' },
  { kind: 'missing', at: ['assumed', 'shown'], value: undefined, outcome: 'fail' },
  // null: assumed only where the field is marked shown with a value (D28).
  { kind: 'null', at: ['documented', 'text'], value: null, outcome: 'fail' },
  {
    kind: 'null',
    at: ['assumed', 'shown'],
    value: null,
    outcome: 'unconfirmed',
    decisions: ['D28'],
  },
  { kind: 'null', at: ['assumed', 'list'], value: null, outcome: 'fail' },
  // type: the JSON type is always documented, in a closed list too (a number is no unseen value).
  { kind: 'type', at: ['documented', 'flag'], value: 'yes', outcome: 'fail' },
  { kind: 'type', at: ['documented', 'list'], value: 42, outcome: 'fail' },
  { kind: 'type', at: ['assumed', 'list'], value: 42, outcome: 'fail' },
  { kind: 'type', at: ['assumed', 'list'], value: true, outcome: 'fail' },
  { kind: 'type', at: ['assumed', 'list'], value: ['a'], outcome: 'fail' },
  { kind: 'type', at: ['assumed', 'list'], value: { a: 1 }, outcome: 'fail' },
  { kind: 'type', at: ['assumed', 'lists', 1], value: 7, outcome: 'fail' },
  { kind: 'type', at: ['assumed', 'text'], value: 5, outcome: 'fail' },
  { kind: 'type', at: ['assumed', 'size'], value: 0, outcome: 'fail' },
  // format
  { kind: 'format', at: ['documented', 'id'], value: 'not-a-uuid', outcome: 'fail' },
  {
    kind: 'format',
    at: ['assumed', 'size'],
    value: '12',
    outcome: 'unconfirmed',
    decisions: ['D903'],
  },
  // value: outside a closed list, or a number out of its range.
  { kind: 'value', at: ['documented', 'list'], value: 'c', outcome: 'fail' },
  { kind: 'value', at: ['documented', 'count'], value: 0, outcome: 'fail' },
  {
    kind: 'value',
    at: ['assumed', 'list'],
    value: 'c',
    outcome: 'unconfirmed',
    decisions: ['D901'],
  },
  {
    kind: 'value',
    at: ['assumed', 'lists', 1],
    value: 'c',
    outcome: 'unconfirmed',
    decisions: ['D901'],
  },
  // length, too short and too long.
  { kind: 'length', at: ['documented', 'text'], value: '', outcome: 'fail' },
  { kind: 'length', at: ['documented', 'text'], value: 'abcd', outcome: 'fail' },
  {
    kind: 'length',
    at: ['assumed', 'text'],
    value: '',
    outcome: 'unconfirmed',
    decisions: ['D902'],
  },
  {
    kind: 'length',
    at: ['assumed', 'text'],
    value: 'abcd',
    outcome: 'unconfirmed',
    decisions: ['D902'],
  },
];

describe('Provenance per problem kind, documented and assumed', () => {
  it('should hold a documented and an assumed row for every kind that can be assumed', () => {
    for (const kind of ['null', 'format', 'value', 'length'])
      expect(new Set(PROBE_ROWS.filter((r) => r.kind === kind).map((r) => r.outcome))).toEqual(
        new Set(['fail', 'unconfirmed']),
      );
    expect(judged(ProbeSchema, PROBE)).toEqual({ outcome: 'pass' });
  });

  it.each(PROBE_ROWS)('$kind at $at ($value): $outcome $decisions', (row) => {
    expect(judged(ProbeSchema, withValue(PROBE, row.at, row.value))).toEqual(expectedOf(row));
  });

  it('should fail when a documented and an assumed constraint both break, naming the decision', () => {
    const json = withValue(withValue(PROBE, ['documented', 'list'], 'c'), ['assumed', 'list'], 'c');
    expect(judged(ProbeSchema, json)).toEqual({
      outcome: 'fail',
      rule: 'schema.value',
      decisions: ['D901'],
    });
  });

  it('should name every decision when only assumptions break', () => {
    const json = withValue(withValue(PROBE, ['assumed', 'size'], '1'), ['assumed', 'list'], 'c');
    expect(judged(ProbeSchema, json)).toEqual({
      outcome: 'unconfirmed',
      rule: 'schema.value',
      decisions: ['D901', 'D903'],
    });
  });
});

/** The contract's own assumed fields, on answers the stand-in really gives. */
let standIn: InProcessStandIn;
const answers: Record<string, unknown> = {};
beforeAll(async () => {
  standIn = await createStandIn();
  const { token } = await standIn.token({ user_id: UDO.id });
  for (const path of [
    '/transactions/all/',
    '/deposits/list/all/',
    '/withdrawals/list/all/',
    `/chat/messages/${CODEBEE.id}/`,
  ]) {
    const res = await standIn.fetch(
      new Request(`http://localhost${path}`, { headers: { authorization: `Bearer ${token}` } }),
    );
    answers[path] = await res.json();
  }
});
afterAll(() => standIn?.close());

const CONTRACT_ROWS: (Row & { path: string; schema: z.ZodType })[] = [
  ...[
    { at: [0, 'transaction_type'], decision: 'D17' },
    { at: [0, 'status'], decision: 'D17' },
    { at: [0, 'user', 'two_factor_type'], decision: 'D17' },
  ].flatMap(({ at, decision }) => [
    {
      path: '/transactions/all/',
      schema: TransactionListSchema,
      kind: 'value',
      at,
      value: 'SWAP',
      outcome: 'unconfirmed' as const,
      decisions: [decision],
    },
    {
      path: '/transactions/all/',
      schema: TransactionListSchema,
      kind: 'type',
      at,
      value: 42,
      outcome: 'fail' as const,
    },
  ]),
  ...[
    { kind: 'null', value: null, outcome: 'unconfirmed' as const, decisions: ['D28'] },
    { kind: 'missing', value: undefined, outcome: 'fail' as const },
    { kind: 'format', value: '12.5', outcome: 'fail' as const },
    { kind: 'type', value: 12.5, outcome: 'fail' as const },
  ].map((row) => ({
    ...row,
    path: '/transactions/all/',
    schema: TransactionListSchema,
    at: [0, 'amount'],
  })),
  {
    path: '/transactions/all/',
    schema: TransactionListSchema,
    kind: 'format',
    at: [0, 'id'],
    value: 'tx-1',
    outcome: 'fail',
  },
  ...[
    { at: [0, 'wallet_type'], value: 'DOGE', kind: 'value', decisions: ['D13'] },
    { at: [0, 'wallet_address'], value: '', kind: 'length', decisions: ['D29'] },
  ].flatMap((row) => [
    {
      ...row,
      path: '/deposits/list/all/',
      schema: DepositListSchema,
      outcome: 'unconfirmed' as const,
    },
    {
      ...row,
      path: '/deposits/list/all/',
      schema: DepositListSchema,
      kind: 'type',
      value: 42,
      outcome: 'fail' as const,
      decisions: undefined,
    },
  ]),
  {
    path: '/withdrawals/list/all/',
    schema: WithdrawalListSchema,
    kind: 'value',
    at: [0, 'wallet_type_display'],
    value: 'Dogecoin',
    outcome: 'unconfirmed',
    decisions: ['D13'],
  },
  {
    path: '/withdrawals/list/all/',
    schema: WithdrawalListSchema,
    kind: 'type',
    at: [0, 'wallet_type_display'],
    value: 1,
    outcome: 'fail',
  },
  ...[
    { kind: 'format', value: 'big', outcome: 'unconfirmed' as const, decisions: ['D29'] },
    { kind: 'type', value: 0, outcome: 'fail' as const },
  ].map((row) => ({
    ...row,
    path: `/chat/messages/${CODEBEE.id}/`,
    schema: z.object({ entity: MessagesEntitySchema }),
    at: ['entity', 'messages', 0, 'attached_file_size'],
  })),
];

describe("Provenance on the contract's own assumed fields", () => {
  it('should start from answers the contract accepts', () => {
    for (const { path, schema } of CONTRACT_ROWS) {
      expect(judged(schema, answers[path]), path).toEqual({ outcome: 'pass' });
      expect(answers[path], path).not.toEqual([]);
    }
  });

  it.each(CONTRACT_ROWS)('$path $at ($value): $kind, $outcome $decisions', (row) => {
    expect(judged(row.schema, withValue(answers[row.path], row.at, row.value))).toEqual(
      expectedOf(row),
    );
  });
});
