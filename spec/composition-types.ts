/**
 * Gives every `allOf`/`anyOf`/`oneOf` schema without a `type` the types its branches share
 * (DECISIONS.md D149). JSON Schema needs no such `type`, but Scalar's `/docs` reader does: it
 * marks a type-less composition it first reaches through a `$ref` as invalid ("document
 * validation errors … Expected union value"). The type is derived from the branches themselves,
 * so it cannot disagree with them; a composition whose branch types cannot be told is left alone.
 */

type Node = Record<string, unknown>;
const COMPOSITIONS = ['allOf', 'anyOf', 'oneOf'] as const;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON types a literal can be, as a schema's `type` names them. */
function typeOfValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The set of types a schema admits, or undefined when it cannot be told (e.g. `{}`). */
function typesOf(schema: unknown, schemas: Node, seen: Set<unknown>): Set<string> | undefined {
  if (!isNode(schema) || seen.has(schema)) return undefined;
  seen.add(schema);
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop() ?? '';
    return typesOf(schemas[name], schemas, seen);
  }
  if (typeof schema.type === 'string') return new Set([schema.type]);
  if (Array.isArray(schema.type)) return new Set(schema.type as string[]);
  if (Array.isArray(schema.enum)) return new Set(schema.enum.map(typeOfValue));
  if ('const' in schema) return new Set([typeOfValue(schema.const)]);
  if (Array.isArray(schema.allOf)) {
    // Every branch must hold: the types all of them admit.
    const each = schema.allOf.map((branch) => typesOf(branch, schemas, new Set(seen)));
    if (each.some((types) => types === undefined)) return undefined;
    const [first, ...rest] = each as Set<string>[];
    return new Set([...(first ?? [])].filter((type) => rest.every((types) => types.has(type))));
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = schema[key];
    if (!Array.isArray(branches)) continue;
    const union = new Set<string>();
    for (const branch of branches) {
      const types = typesOf(branch, schemas, new Set(seen));
      if (!types) return undefined;
      for (const type of types) union.add(type);
    }
    return union;
  }
  return undefined;
}

/** An `integer` branch beside a `number` one is already a number. */
function typeKeyword(types: Set<string>): string | string[] {
  if (types.has('number')) types.delete('integer');
  const list = [...types].sort();
  return list.length === 1 ? (list[0] as string) : list;
}

/**
 * Adds `type` in place to each composition schema of an OpenAPI 3.1 document.
 *
 * @example
 * typeCompositions(document); // { allOf: [{ $ref: '#/…/BriefUser' }, {…}] } gains type: 'object'
 */
export function typeCompositions(document: {
  components?: { schemas?: Record<string, unknown> };
}): void {
  const schemas = (document.components?.schemas ?? {}) as Node;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!isNode(node)) return;
    for (const value of Object.values(node)) visit(value);
    if (node.type !== undefined || !COMPOSITIONS.some((key) => Array.isArray(node[key]))) return;
    const types = typesOf(node, schemas, new Set());
    if (types && types.size > 0) node.type = typeKeyword(types);
  };
  visit(document);
}
