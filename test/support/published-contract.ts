import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * The contract as other tools read it: the committed `spec/openapi.json` and `spec/asyncapi.json`,
 * validated with Ajv, never with the Zod schemas they were generated from. Code generators, Prism
 * and Schemathesis see these documents, so a Zod feature that does not survive the conversion (a
 * regex flag, a transform) shows up here as a mismatch and nowhere else.
 */

type Json = Record<string, unknown>;
const read = (name: string): Json =>
  JSON.parse(readFileSync(new URL(`../../spec/${name}`, import.meta.url), 'utf8'));

export const PUBLISHED_OPENAPI = read('openapi.json');
export const PUBLISHED_ASYNCAPI = read('asyncapi.json');
/** The stand-in's controls, in their own document (D143). */
export const PUBLISHED_CONTROLS = read('mock-openapi.json');

/**
 * The OpenAPI document with every assumed rule (`x-assumed`) lifted and every documented one
 * kept: what a response that declares broken assumptions (D126) is judged by. Derived from the
 * document's own metadata, so the watch keeps no list of assumed fields.
 */
function withoutAssumptions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutAssumptions);
  if (!node || typeof node !== 'object') return node;
  const copy = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, withoutAssumptions(value)]),
  ) as Json;
  const assumed = (copy['x-assumed'] ?? []) as { constraint?: string }[];
  for (const { constraint } of assumed) {
    if (constraint === 'not-null') {
      if (typeof copy.type === 'string') copy.type = [copy.type, 'null'];
      if (Array.isArray(copy.enum)) copy.enum = [...copy.enum, null];
      if (typeof copy.$ref === 'string') return { anyOf: [{ $ref: copy.$ref }, { type: 'null' }] };
    }
    if (constraint === 'closed-enum') delete copy.enum;
    if (constraint === 'length') {
      delete copy.minLength;
      delete copy.maxLength;
    }
    if (constraint === 'format') {
      delete copy.pattern;
      delete copy.format;
    }
  }
  return copy;
}
const RELAXED_OPENAPI = withoutAssumptions(PUBLISHED_OPENAPI) as Json;

const OPENAPI_ID = 'https://contract.local/openapi.json';
const RELAXED_ID = 'https://contract.local/openapi-without-assumptions.json';
const ASYNCAPI_ID = 'https://contract.local/asyncapi.json';
const CONTROLS_ID = 'https://contract.local/mock-openapi.json';

/**
 * OpenAPI 3.1 schemas are JSON Schema 2020-12; AsyncAPI's default schema format is a superset of
 * draft-07. `strict: false` because consumers ignore keywords they do not know (`example`, `x-…`).
 */
type Kind = 'openapi' | 'asyncapi' | 'openapi-without-assumptions' | 'controls';

function validatorFor(kind: Kind): Ajv {
  const ajv =
    kind === 'asyncapi'
      ? new Ajv({ strict: false, allErrors: true, validateSchema: false })
      : new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats.default(ajv);
  const documents: Record<Kind, Json> = {
    openapi: PUBLISHED_OPENAPI,
    asyncapi: PUBLISHED_ASYNCAPI,
    'openapi-without-assumptions': RELAXED_OPENAPI,
    controls: PUBLISHED_CONTROLS,
  };
  ajv.addSchema(documents[kind], documentId(kind));
  return ajv;
}

const DOCUMENT_IDS: Record<Kind, string> = {
  openapi: OPENAPI_ID,
  asyncapi: ASYNCAPI_ID,
  'openapi-without-assumptions': RELAXED_ID,
  controls: CONTROLS_ID,
};
const documentId = (kind: Kind) => DOCUMENT_IDS[kind];
/** Built on first use: most test files never validate anything. */
const validators: Partial<Record<Kind, Ajv>> = {};
const compiled = new Map<string, ValidateFunction>();

/** `/paths/{uid}` → `/paths/~1chat~1messages~1{uid}~1`, URI-safe, as `$ref` writes it. */
export function pointer(...segments: string[]): string {
  return segments
    .map((s) => `/${encodeURIComponent(s.replaceAll('~', '~0').replaceAll('/', '~1'))}`)
    .join('');
}

/**
 * Validates `value` against the schema at `at` (a JSON pointer) inside a published document, with
 * `$ref`s resolved against that document as a consumer resolves them. Answers readable problems.
 */
export function validateAt(kind: Kind, at: string, value: unknown): string[] {
  const key = `${kind}#${at}`;
  let validate = compiled.get(key);
  if (!validate) {
    validators[kind] ??= validatorFor(kind);
    validate = validators[kind].compile({ $ref: `${documentId(kind)}#${at}` });
    compiled.set(key, validate);
  }
  return validate(value) ? [] : describe(validate.errors ?? []);
}

function describe(errors: ErrorObject[]): string[] {
  return errors
    .slice(0, 5)
    .map(
      (e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`,
    );
}

/** The value at a `#/a/b~1c` reference inside a document, or undefined. */
export function valueAt(document: Json, ref: string): unknown {
  return ref
    .replace(/^#?\//, '')
    .split('/')
    .map((s) => decodeURIComponent(s).replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((parent, s) => (parent as Json | undefined)?.[s], document);
}

/**
 * Follows document-level `$ref`s (`#/channels/room/messages/x` → `#/components/messages/x`) the
 * way AsyncAPI tools do; answers the pointer where the chain ends.
 */
export function followRef(document: Json, ref: string): string {
  let at = ref;
  for (let hops = 0; hops < 10; hops += 1) {
    const next = (valueAt(document, at) as { $ref?: unknown } | undefined)?.$ref;
    if (typeof next !== 'string') return at.slice(1);
    at = next;
  }
  throw new Error(`$ref chain too long from ${ref}`);
}

/** The value at `ref`, or, when that is a `{ $ref }`, what it refers to. */
export function resolvedAt(document: Json, ref: string): unknown {
  return valueAt(document, `#${followRef(document, ref)}`);
}
