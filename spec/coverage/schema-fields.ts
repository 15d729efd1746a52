/**
 * Field paths of a JSON Schema, and which of them a value carries. Paths read like the body:
 * `entity.messages[].sender_id`; `[]` is every element of an array, `*` any key of a map.
 * Alternatives (`anyOf`, `oneOf`, `allOf`) are merged: a field is documented if any of them
 * declares it, which is what a reader of the docs page sees.
 */

type JsonSchema = Record<string, unknown>;

/** What a schema says a value may hold, alternatives merged. */
export interface FieldShape {
  properties: Map<string, FieldShape>;
  items?: FieldShape;
  /** `additionalProperties` with a schema: a map whose keys are data, not fields. */
  values?: FieldShape;
}

/** Deep enough for every schema in the contract (alternatives count as a level); a cycle stops here. */
const MAX_DEPTH = 16;
/** A long list repeats its element's fields; the first ones say which fields it carries. */
const MAX_ELEMENTS = 100;

const isObject = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Resolves `#/a/b` references against `root` (the whole document). */
function resolve(schema: unknown, root: unknown, seen: Set<string>): JsonSchema | undefined {
  if (!isObject(schema)) return undefined;
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  if (seen.has(ref) || !ref.startsWith('#/')) return undefined;
  seen.add(ref);
  let node: unknown = root;
  for (const key of ref.slice(2).split('/')) node = isObject(node) ? node[key] : undefined;
  return resolve(node, root, seen);
}

function merge(into: FieldShape, from: FieldShape): FieldShape {
  for (const [key, shape] of from.properties) {
    const own = into.properties.get(key);
    into.properties.set(key, own ? merge(own, shape) : shape);
  }
  if (from.items) into.items = into.items ? merge(into.items, from.items) : from.items;
  if (from.values) into.values = into.values ? merge(into.values, from.values) : from.values;
  return into;
}

/**
 * The shape of `schema`, with `$ref`s resolved against `root`.
 *
 * @example
 * shapeOf({ type: 'object', properties: { a: { type: 'string' } } }, {}).properties.has('a') // true
 */
export function shapeOf(schema: unknown, root: unknown, depth = 0): FieldShape {
  const shape: FieldShape = { properties: new Map() };
  const node = resolve(schema, root, new Set());
  if (!node || depth > MAX_DEPTH) return shape;
  const child = (sub: unknown) => shapeOf(sub, root, depth + 1);
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    const alternatives = node[key];
    if (Array.isArray(alternatives)) for (const alt of alternatives) merge(shape, child(alt));
  }
  if (isObject(node.properties))
    for (const [key, sub] of Object.entries(node.properties))
      merge(shape, { properties: new Map([[key, child(sub)]]) });
  if (isObject(node.items)) merge(shape, { properties: new Map(), items: child(node.items) });
  if (isObject(node.additionalProperties))
    merge(shape, { properties: new Map(), values: child(node.additionalProperties) });
  return shape;
}

function join(prefix: string, key: string): string {
  if (key === '[]') return `${prefix}[]`;
  return prefix ? `${prefix}.${key}` : key;
}

/** Every field path a shape documents, parents before children. */
export function fieldPaths(shape: FieldShape, prefix = ''): string[] {
  const paths: string[] = [];
  for (const [key, sub] of shape.properties) {
    const path = join(prefix, key);
    paths.push(path, ...fieldPaths(sub, path));
  }
  if (shape.items) paths.push(...fieldPaths(shape.items, join(prefix, '[]')));
  if (shape.values) {
    const path = join(prefix, '*');
    paths.push(path, ...fieldPaths(shape.values, path));
  }
  return paths;
}

/** The fields a value carries (a key present counts, null or not), documented or not. */
export interface FieldsSeen {
  documented: string[];
  undocumented: string[];
}

/** Walks `value` along `shape`: keys the shape declares are documented, others are not. */
export function fieldsSeen(shape: FieldShape, value: unknown): FieldsSeen {
  const seen: FieldsSeen = { documented: [], undocumented: [] };
  walk(shape, value, '', seen);
  return {
    documented: [...new Set(seen.documented)],
    undocumented: [...new Set(seen.undocumented)],
  };
}

function walk(shape: FieldShape, value: unknown, prefix: string, seen: FieldsSeen): void {
  if (Array.isArray(value)) {
    if (shape.items)
      for (const element of value.slice(0, MAX_ELEMENTS))
        walk(shape.items, element, join(prefix, '[]'), seen);
    return;
  }
  if (!isObject(value)) return;
  for (const [key, sub] of Object.entries(value)) {
    const declared = shape.properties.get(key);
    const inner = declared ?? shape.values;
    const path = join(prefix, declared ? key : shape.values ? '*' : key);
    if (!inner) {
      seen.undocumented.push(path);
      continue;
    }
    seen.documented.push(path);
    walk(inner, sub, path, seen);
  }
}
