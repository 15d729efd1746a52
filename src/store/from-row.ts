import type { z } from 'zod';

type Def = { type: string; innerType?: z.ZodType };
const typeOf = (schema: z.ZodType): string => {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  return def.innerType && (def.type === 'nullable' || def.type === 'optional')
    ? typeOf(def.innerType)
    : def.type;
};

/**
 * Builds a payload from a SQLite row by the contract's own field list: the schema says which
 * fields exist and which are booleans (stored 0/1), so a field added to the contract shows up here
 * without a second listing. `fill` supplies fields the row does not hold.
 *
 * @example
 * const user = fromRow(UserSummarySchema, row);
 */
export function fromRow<S extends z.ZodObject>(
  schema: S,
  row: object,
  fill: Partial<z.infer<S>> = {},
): z.infer<S> {
  const source = row as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const value = key in fill ? (fill as Record<string, unknown>)[key] : source[key];
    out[key] = typeOf(field) === 'boolean' && typeof value === 'number' ? value === 1 : value;
  }
  return out as z.infer<S>;
}
