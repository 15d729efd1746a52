// A JSON Schema check for the few keywords the socket's published payloads use, so the console
// validates a frame in the browser with no library and no build step. An unknown keyword is
// ignored, as JSON Schema itself ignores them.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const typeOf = (value) => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
};

const typeMatches = (type, value) =>
  type === typeOf(value) || (type === 'number' && typeof value === 'number');

/** JSON Schema patterns are ECMA-262 with Unicode; an older-style pattern may need no flag. */
const compile = (pattern) => {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return new RegExp(pattern);
  }
};

/** JSON Schema counts characters as code points, not UTF-16 units. */
const length = (text) => [...text].length;

/**
 * The problems of `value` against `schema`, as `{ path, message }`; none means valid.
 *
 * @example
 * checkSchema({ type: 'string', minLength: 1 }, '') // [{ path: '', message: 'must not be empty' }]
 */
export function checkSchema(schema, value, path = '') {
  const problems = [];
  const fail = (message) => problems.push({ path, message });
  if (schema.type !== undefined) {
    const types = [schema.type].flat();
    if (!types.some((type) => typeMatches(type, value))) {
      fail(`must be ${types.join(' or ')}, not ${typeOf(value)}`);
      return problems;
    }
  }
  if (schema.const !== undefined && value !== schema.const)
    fail(`must be ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value))
    fail(`must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && length(value) < schema.minLength)
      fail(
        schema.minLength === 1
          ? 'must not be empty'
          : `needs at least ${schema.minLength} characters`,
      );
    if (schema.maxLength !== undefined && length(value) > schema.maxLength)
      fail(`has ${length(value)} characters; at most ${schema.maxLength}`);
    // The published pattern decides; the format alone only where no pattern is given.
    if (
      schema.pattern
        ? !compile(schema.pattern).test(value)
        : schema.format === 'uuid' && !UUID.test(value)
    )
      fail(schema.format === 'uuid' ? 'must be a UUID' : 'does not match the pattern');
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) fail(`must be ≥ ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) fail(`must be ≤ ${schema.maximum}`);
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum)
      fail(`must be > ${schema.exclusiveMinimum}`);
  }
  if (typeOf(value) === 'object') {
    const properties = schema.properties ?? {};
    for (const name of schema.required ?? [])
      if (!(name in value)) problems.push({ path: name, message: 'is required' });
    for (const [name, item] of Object.entries(value)) {
      if (properties[name]) problems.push(...checkSchema(properties[name], item, name));
      else if (schema.additionalProperties === false)
        problems.push({ path: name, message: 'is not a field of this frame' });
    }
  }
  for (const part of schema.allOf ?? []) problems.push(...checkSchema(part, value, path));
  return problems;
}
