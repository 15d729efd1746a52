import type { buildAsyncApiDocument } from '../../spec/asyncapi.js';
import type { buildOpenApiDocument } from '../../spec/openapi.js';
import { decisionIds } from './html.js';

type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
type AsyncApiDocument = ReturnType<typeof buildAsyncApiDocument>;

/** A place in the docs a decision shapes: an HTTP operation, a socket message, the connection. */
export interface DecisionReference {
  label: string;
  href: string;
}

/** Keys whose text is prose for people (or our `x-` annotations), where a `Dn` is a citation. */
const isProseKey = (key: string) =>
  key === 'description' || key === 'summary' || key === 'title' || key.startsWith('x-');

/**
 * The prose under a node of a document, following `$ref`s once each, so an operation's text
 * includes that of the schemas it answers with.
 */
function proseUnder(node: unknown, resolve: (ref: string) => unknown, seen = new Set<string>()) {
  const texts: string[] = [];
  const walk = (value: unknown, prose: boolean) => {
    if (typeof value === 'string') {
      if (prose) texts.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, prose);
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === '$ref' && typeof child === 'string' && !seen.has(child)) {
          seen.add(child);
          walk(resolve(child), false);
        } else walk(child, prose || isProseKey(key));
      }
    }
  };
  walk(node, false);
  return texts.join('\n');
}

/** Follows a local JSON pointer (`#/components/schemas/User`). */
const pointer = (doc: unknown) => (ref: string) =>
  ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], doc);

/** The slugs of the two documents on `/docs` (D143): Scalar's addresses start with them. */
export const DOCS_SLUGS = { api: 'api', controls: 'controls' } as const;

/** Scalar's address for an API operation (it scrolls there on load): tag slug, method and path. */
export const scalarOperationHref = (tag: string, method: string, path: string) =>
  `/docs#${DOCS_SLUGS.api}/tag/${tag.trim().toLowerCase().replace(/\s+/g, '-')}/${method.toUpperCase()}${path}`;

/** The anchor of a message on `/docs/ws`. */
export const socketMessageHref = (name: string) => `/docs/ws#message-${name}`;

/**
 * Which operations and messages cite each decision, read from the published documents: a `Dn`
 * in their descriptions (or their schemas'), so the back-links cannot disagree with the docs.
 */
export function decisionReferences(
  openapi: OpenApiDocument,
  asyncapi: AsyncApiDocument,
): Map<string, DecisionReference[]> {
  const references = new Map<string, DecisionReference[]>();
  const add = (text: string, reference: DecisionReference) => {
    for (const id of decisionIds(text))
      references.set(id, [...(references.get(id) ?? []), reference]);
  };

  const resolveOpenApi = pointer(openapi);
  for (const [path, item] of Object.entries(openapi.paths ?? {})) {
    for (const [method, operation] of Object.entries(item ?? {})) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      const { tags = [], summary = '' } = operation as { tags?: string[]; summary?: string };
      add(proseUnder(operation, resolveOpenApi), {
        label: `${method.toUpperCase()} ${path}: ${summary}`,
        href: scalarOperationHref(tags[0] ?? 'default', method, path),
      });
    }
  }

  const resolveAsyncApi = pointer(asyncapi);
  const { servers, channels, info, operations, components } = asyncapi;
  add(
    proseUnder({ info, servers, channels: { ...channels.room, messages: {} } }, resolveAsyncApi),
    {
      label: `Socket connection (${channels.room.address})`,
      href: '/docs/ws#connection',
    },
  );
  for (const [key, message] of Object.entries(components.messages)) {
    // Only the operations' own words: their channel's text belongs to the connection.
    const carriers = Object.values(operations)
      .filter((operation) => operation.messages.some((ref) => ref.$ref.endsWith(`/${key}`)))
      .map((operation) => ({ ...operation, channel: undefined }));
    add(proseUnder({ message, carriers }, resolveAsyncApi), {
      label: `Socket message ${message.name}`,
      href: socketMessageHref(message.name),
    });
  }
  return references;
}
