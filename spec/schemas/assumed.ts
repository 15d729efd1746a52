import type { z } from '@hono/zod-openapi';

/**
 * Provenance: which constraints of the contract the docs do not state outright. A constraint the
 * docs state (a field's presence, its JSON type, a format every example shows, the envelope) is a
 * fact; one we inferred is an assumption, recorded here on the schema itself with the decision that
 * made it. The generated documents show it as `x-assumed`; the conformance suite reads it back and
 * reports a server that breaks only assumptions as `unconfirmed`, not `fail` (DECISIONS.md D28).
 */

/** The kinds of constraint that can be assumed; each matches one kind of schema problem. */
export type AssumedConstraint =
  /** The docs show the field only with a value; null was never seen. */
  | 'not-null'
  /** The docs show one or two values; the rest of the list is ours. */
  | 'closed-enum'
  /** A minimum or maximum length the docs never state. */
  | 'length'
  /** A pattern inferred from a single example. */
  | 'format';

export interface Assumption {
  /** The DECISIONS.md entry that made the assumption. */
  decision: `D${number}`;
  constraint: AssumedConstraint;
  /** What the docs do show, completing "the docs show only …". */
  shown: string;
}

/** The extension keyword, in the schema's metadata and so in the OpenAPI and AsyncAPI documents. */
export const ASSUMED_KEYWORD = 'x-assumed';

/** The assumptions recorded on this schema node (not on the nodes inside it). */
export function assumptionsOf(schema: z.ZodType): Assumption[] {
  const meta = schema.meta() as Record<string, unknown> | undefined;
  return (meta?.[ASSUMED_KEYWORD] as Assumption[] | undefined) ?? [];
}

/**
 * Marks a constraint of `schema` as the contract's assumption. Apply it last (after
 * `.openapi('Name')`), since a later `.openapi()` copies the schema without its metadata.
 *
 * @example
 * const TransactionTypeSchema = assumed(z.enum(['DEPOSIT', 'WITHDRAWAL']).openapi('TransactionType'),
 *   { decision: 'D17', constraint: 'closed-enum', shown: '"DEPOSIT"' });
 */
export function assumed<T extends z.ZodType>(schema: T, assumption: Assumption): T {
  return schema.meta({ [ASSUMED_KEYWORD]: [...assumptionsOf(schema), assumption] }) as T;
}

/** A field the docs only ever show with a value: that it is never null is assumed (D28). */
export function shownWithValue<T extends z.ZodType>(schema: T): T {
  return assumed(schema, { decision: 'D28', constraint: 'not-null', shown: 'a value, never null' });
}

/**
 * Marks every field of an object shape as shown with a value (D28), except nested objects (they
 * are identities: a user, a sender) and fields the contract already allows to be null or absent.
 * Identity fields (ids, emails, tokens) stay outside the call: they are documented.
 *
 * @example
 * z.object({ id: UuidSchema, ...shownWithValues({ phone_number: z.string() }) })
 */
export function shownWithValues<S extends Record<string, z.ZodType>>(shape: S): S {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => {
      const type = (schema as unknown as { _zod: { def: { type: string } } })._zod.def.type;
      const open =
        type === 'object' || schema.safeParse(null).success || schema.safeParse(undefined).success;
      return [key, open ? schema : shownWithValue(schema)];
    }),
  ) as S;
}
