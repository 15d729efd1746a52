import type { z } from 'zod';
import {
  type AssumedConstraint,
  type Assumption,
  assumptionsOf,
} from '../../spec/schemas/assumed.js';

/** What kind of rule a schema problem breaks; the verdict names it as `schema.<kind>`. */
export type ProblemKind = 'missing' | 'null' | 'type' | 'format' | 'value' | 'length';

/** Each kind that the contract may have assumed, and the assumption that would cover it. */
const ASSUMABLE: Partial<Record<ProblemKind, AssumedConstraint>> = {
  null: 'not-null',
  value: 'closed-enum',
  length: 'length',
  format: 'format',
};

/** The parts of a Zod issue its kind depends on. */
interface IssueFacts {
  code: string;
  /** For too_big/too_small: what was measured (string, array, number…). */
  origin?: string;
  /** For invalid_value: the values allowed. */
  values?: readonly unknown[];
}

/**
 * The kind of one Zod issue, judged by its code and the value that broke it. A value of another
 * JSON type than every allowed value (`42` for an enum of strings) is a type problem, which the
 * docs state, not an enum problem, which they may not.
 */
export function problemKind({ code, origin, values }: IssueFacts, value: unknown): ProblemKind {
  const unexpected = code === 'invalid_type' || code === 'invalid_value';
  if (unexpected && value === undefined) return 'missing';
  if (unexpected && value === null) return 'null';
  // Stryker disable next-line ConditionalExpression,StringLiteral: an invalid_type issue falls through to the same 'type' below
  if (code === 'invalid_type') return 'type';
  if (code === 'invalid_format') return 'format';
  if (code === 'invalid_value')
    return values?.some((allowed) => typeof allowed === typeof value) ? 'value' : 'type';
  if (code === 'too_big' || code === 'too_small') return origin === 'number' ? 'value' : 'length';
  return 'type';
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  valueType?: z.ZodType;
};
export const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema and every schema it wraps (nullable, optional, pipe, union options…). */
function layers(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  // Stryker disable next-line ArrayDeclaration: a union always has its options
  if (def.type === 'union') return [schema, ...(def.options ?? []).flatMap(layers)];
  const inner = def.innerType ?? def.in;
  return inner ? [schema, ...layers(inner)] : [schema];
}

/**
 * The schema of what sits under `key` in a value `node` describes: an object's field (named by a
 * string), a list's item (by a number) or a record's value; a scalar holds nothing.
 */
function childOf(node: z.ZodType, key: PropertyKey): z.ZodType | undefined {
  const def = defOf(node);
  // Stryker disable next-line OptionalChaining: every object def has a shape
  if (def.type === 'object') return typeof key === 'string' ? def.shape?.[key] : undefined;
  if (def.type === 'array') return typeof key === 'number' ? def.element : undefined;
  // A record's value; of the other kinds only maps and sets have a valueType, and JSON has neither.
  return def.valueType;
}

/** Every schema node that describes the value at `path`, wrappers included. */
function nodesAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType[] {
  let nodes = layers(schema);
  for (const key of path) {
    nodes = nodes.flatMap((node) => {
      const child = childOf(node, key);
      return child ? layers(child) : [];
    });
  }
  return nodes;
}

/**
 * The assumption that covers a problem of `kind` at `path`, if the contract marked one there
 * (spec/schemas/assumed.ts); undefined means the broken constraint is documented.
 */
export function assumptionFor(
  schema: z.ZodType,
  path: readonly PropertyKey[],
  kind: ProblemKind,
): Assumption | undefined {
  const constraint = ASSUMABLE[kind];
  // Stryker disable next-line ConditionalExpression: with no constraint, find() below matches no assumption either
  if (!constraint) return undefined;
  return nodesAt(schema, path)
    .flatMap(assumptionsOf)
    .find((a) => a.constraint === constraint);
}
