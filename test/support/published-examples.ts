import { pointer } from './published-contract.js';

/** One example a published document shows, and the pointer of the schema it claims to match. */
export interface PublishedExample {
  /** Where the example sits, for the failure message. */
  where: string;
  /** The JSON pointer of the schema it must match. */
  schemaAt: string;
  value: unknown;
}

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every example in a document, wherever a consumer would show or send one:
 * - beside a `schema` (OpenAPI media types, parameters, headers): `example` and `examples.*.value`;
 * - inside a schema (`example`, `examples[]`), checked against that schema;
 * - AsyncAPI messages: `examples[].payload` against the message `payload`.
 * Example values themselves are data and are never walked.
 */
export function collectExamples(document: Node): PublishedExample[] {
  const found: PublishedExample[] = [];
  const walk = (node: unknown, path: string[], inSchema: boolean) => {
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) walk(item, [...path, String(i)], inSchema);
      return;
    }
    if (!isNode(node)) return;
    const at = pointer(...path);
    const isMessage = isNode(node.payload) && Array.isArray(node.examples);
    if (isMessage) {
      for (const [i, example] of (node.examples as Node[]).entries())
        found.push({
          where: `${at}/examples/${i}`,
          schemaAt: `${at}/payload`,
          value: example.payload,
        });
    } else if (isNode(node.schema) && !inSchema) {
      if ('example' in node)
        found.push({ where: `${at}/example`, schemaAt: `${at}/schema`, value: node.example });
      if (isNode(node.examples))
        for (const [name, example] of Object.entries(node.examples))
          found.push({
            where: `${at}/examples/${name}`,
            schemaAt: `${at}/schema`,
            value: (example as Node).value,
          });
    } else if (inSchema) {
      if ('example' in node)
        found.push({ where: `${at}/example`, schemaAt: at, value: node.example });
      if (Array.isArray(node.examples))
        for (const [i, value] of node.examples.entries())
          found.push({ where: `${at}/examples/${i}`, schemaAt: at, value });
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === 'example' || key === 'examples' || key.startsWith('x-')) continue;
      const childInSchema =
        inSchema ||
        key === 'schema' ||
        key === 'payload' ||
        (path.length === 2 && path[0] === 'components' && path[1] === 'schemas');
      walk(child, [...path, key], childInSchema);
    }
  };
  walk(document, [], false);
  return found;
}
