import fc from 'fast-check';

/** The part of JSON Schema the contract's documents use (OpenAPI 3.1 and AsyncAPI 3.0). */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  example?: unknown;
}

/** Values the run knows exist on the server (its accounts' ids): a UUID is drawn from them too. */
export interface Known {
  uuids: readonly string[];
}

/**
 * Strings at the edges: empty, one space, a line break, a NUL, non-ASCII, an emoji, a right-to-left
 * mark. Mixed into every free string, so rare inputs are common enough to meet in 100 cases.
 */
const EDGE_CHARS = ['\n', '\r', '\t', ' ', '\u0000', 'é', 'ß', '😀', '\u202e', '"', '\\', 'a'];
const edgyString = fc.string({ unit: fc.constantFrom(...EDGE_CHARS), maxLength: 8 });

/** A string within the schema's length bounds: short, unicode, edgy, or exactly at a bound. */
function stringOf(schema: JsonSchema, known: Known): fc.Arbitrary<string> {
  if (schema.format === 'uuid')
    return known.uuids.length ? fc.oneof(fc.constantFrom(...known.uuids), fc.uuid()) : fc.uuid();
  if (schema.format === 'email') return fc.emailAddress();
  const min = schema.minLength ?? 0;
  const max = schema.maxLength;
  const bounded = (s: fc.Arbitrary<string>) =>
    s.filter((text) => text.length >= min && (max === undefined || text.length <= max));
  const bounds = [min, max].filter((n): n is number => n !== undefined && n > 0);
  return fc.oneof(
    { weight: 4, arbitrary: bounded(fc.string({ minLength: min, maxLength: 12 })) },
    { weight: 2, arbitrary: bounded(edgyString) },
    {
      weight: 1,
      arbitrary: bounded(fc.string({ unit: 'grapheme', minLength: min, maxLength: 6 })),
    },
    ...(bounds.length
      ? [{ weight: 1, arbitrary: fc.constantFrom(...bounds).map((n) => 'x'.repeat(n)) }]
      : []),
  );
}

function numberOf(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum ?? -1e6 - 1) + (integer ? 1 : 1e-6);
  const max = schema.maximum ?? 1e6;
  return integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true });
}

/** Resolves `#/components/...` references against the document the schema came from. */
export type Resolve = (ref: string) => JsonSchema;

/**
 * A fast-check arbitrary of values the schema accepts: every enum value, optional properties
 * present and absent, strings at their bounds. Derived from the document, never a field list.
 *
 * @example
 * const body = arbitraryOf(schema, resolve, { uuids: [ctx.user.id] });
 */
export function arbitraryOf(
  schema: JsonSchema,
  resolve: Resolve,
  known: Known,
): fc.Arbitrary<unknown> {
  if (schema.$ref) return arbitraryOf(resolve(schema.$ref), resolve, known);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return fc.oneof(...options.map((option) => arbitraryOf(option, resolve, known)));
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1)
    return fc.oneof(...types.map((type) => arbitraryOf({ ...schema, type }, resolve, known)));
  switch (types[0]) {
    case 'string':
      return stringOf(schema, known);
    case 'integer':
      return numberOf(schema, true);
    case 'number':
      return numberOf(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(schema.items ? arbitraryOf(schema.items, resolve, known) : fc.jsonValue(), {
        maxLength: 4,
      });
    case 'object': {
      const shape = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, property]) => [
          key,
          arbitraryOf(property, resolve, known),
        ]),
      );
      return fc.record(shape, { requiredKeys: schema.required ?? [] });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** The JSON types a value of `schema` may have, for picking a wrong one. */
export function typesOf(schema: JsonSchema, resolve: Resolve): string[] {
  if (schema.$ref) return typesOf(resolve(schema.$ref), resolve);
  if (schema.const !== undefined || schema.enum)
    return [
      ...new Set((schema.enum ?? [schema.const]).map((v) => (v === null ? 'null' : typeof v))),
    ];
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return options.flatMap((option) => typesOf(option, resolve));
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  return types.map((type) => (type === 'integer' ? 'number' : type));
}

/** One value of each JSON type: a wrong-type mutation picks one the schema does not allow. */
export const VALUE_OF_TYPE: Record<string, unknown> = {
  string: 'not-the-right-type',
  number: 42,
  boolean: true,
  null: null,
  array: [],
  object: {},
};
