/** The part of JSON Schema the socket's payloads use. */
export interface JsonSchema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  allOf?: JsonSchema[];
  [key: string]: unknown;
}

/** One row of a message's field table. */
export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  /** In words, as inline markdown (`always \`re_message\``). */
  constraints: string[];
  /** Regular expressions the value must match; shown folded, they are long. */
  patterns: string[];
  description: string;
  /** `x-assumed` annotations, as "length (D19)": constraints inferred, not documented. */
  assumed: string[];
}

const FORMAT_WORDS: Record<string, string> = {
  uuid: 'UUID',
  'date-time': 'ISO-8601 date-time',
  email: 'email address',
  uri: 'URI',
};

/** A value as inline markdown code: `chat_message`. */
const literal = (value: unknown) =>
  `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

/** Zod writes JavaScript's largest safe integer as every int's maximum: not a real limit. */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

function lengthWords({ minLength, maxLength }: JsonSchema): string | undefined {
  if (minLength !== undefined && maxLength !== undefined)
    return `${minLength}–${maxLength} characters`;
  if (minLength !== undefined)
    return `at least ${minLength} character${minLength === 1 ? '' : 's'}`;
  if (maxLength !== undefined) return `at most ${maxLength} characters`;
  return undefined;
}

function rangeWords(schema: JsonSchema): string[] {
  const words: string[] = [];
  if (schema.exclusiveMinimum === 0 && schema.minimum === undefined) words.push('positive');
  else if (schema.exclusiveMinimum !== undefined) words.push(`> ${schema.exclusiveMinimum}`);
  if (schema.minimum !== undefined) words.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined && schema.maximum !== NO_LIMIT)
    words.push(`≤ ${schema.maximum}`);
  if (schema.exclusiveMaximum !== undefined) words.push(`< ${schema.exclusiveMaximum}`);
  return words;
}

/** A literal suffix (`\\+00:00$`): the escaped characters of the pattern, unescaped. */
const LITERAL_SUFFIX = /^((?:\\[^\w\s]|[\w:-])+)\$$/;

/**
 * A pattern in words, for the shapes the contract's patterns take; undefined when it is not one
 * of them (the pattern is then shown as it is, folded).
 */
function patternWords(pattern: string): string | undefined {
  if (/\\d\{4\}-.*T/.test(pattern)) return 'ISO-8601 date-time';
  const suffix = LITERAL_SUFFIX.exec(pattern);
  if (suffix?.[1]) return `ends in \`${suffix[1].replace(/\\(.)/g, '$1')}\``;
  return undefined;
}

/**
 * The provenance annotations (`x-assumed: [{ decision, constraint }]`) as "length (D19)": which
 * constraint is inferred rather than documented, and the decision that inferred it.
 */
function assumptions(schema: JsonSchema): string[] {
  const entries = [schema['x-assumed']].flat().filter(Boolean) as unknown[];
  return entries.flatMap((entry) => {
    const { decision, constraint } = (entry ?? {}) as { decision?: unknown; constraint?: unknown };
    if (typeof decision !== 'string') return [];
    return [typeof constraint === 'string' ? `${constraint} (${decision})` : decision];
  });
}

/** A schema and the schemas it must also satisfy (`allOf`), flattened into one list. */
const withAllOf = (schema: JsonSchema): JsonSchema[] => [
  schema,
  ...(schema.allOf ?? []).flatMap(withAllOf),
];

/**
 * A property's constraints in words ("UUID", "1–4000 characters", "always `re_message`") rather
 * than the regular expressions the document spells them with.
 *
 * @example
 * describeField('body', { type: 'string', minLength: 1, maxLength: 4000 }, true).constraints
 * // ['1–4000 characters']
 */
export function describeField(name: string, schema: JsonSchema, required: boolean): FieldRow {
  const parts = withAllOf(schema);
  const constraints: string[] = [];
  const patterns: string[] = [];
  for (const part of parts) {
    if (part.const !== undefined) constraints.push(`always ${literal(part.const)}`);
    if (part.enum) constraints.push(`one of ${part.enum.map(literal).join(', ')}`);
    const format = part.format && (FORMAT_WORDS[part.format] ?? part.format);
    if (format) constraints.push(format);
    const length = lengthWords(part);
    if (length) constraints.push(length);
    constraints.push(...rangeWords(part));
    if (part.pattern && !part.format) {
      const words = patternWords(part.pattern);
      if (words) constraints.push(words);
      else patterns.push(part.pattern);
    }
  }
  const types = [schema.type].flat().filter(Boolean) as string[];
  return {
    name,
    type: types.join(' or ') || 'any',
    required,
    constraints: [...new Set(constraints)],
    patterns: [...new Set(patterns)],
    description: schema.description ?? '',
    assumed: [...new Set(parts.flatMap(assumptions))],
  };
}

/** The rows of an object schema's field table, in the schema's order. */
export function fieldRows(schema: JsonSchema): FieldRow[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    describeField(name, property, required.has(name)),
  );
}
