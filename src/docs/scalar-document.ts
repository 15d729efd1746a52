import type { buildOpenApiDocument } from '../../spec/openapi.js';
import { DEVIATION_HEADER } from '../http/deviation.js';
import { decisionHref } from './html.js';

type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

/** How the stand-in treats what the docs do not document (`--strict` refuses it). */
export type StandInMode = 'strict' | 'lenient';

const MODE_TEXT: Record<StandInMode, string> = {
  strict: `This stand-in runs **strict** ([D63](${decisionHref('D63')})): it answers as a server built exactly to the docs, so every extension (the operations marked \`x-standin-extension\`, \`?coin=\`, form bodies, paths without their slash, the socket alias) is refused as Django REST framework would refuse it.`,
  lenient: `This stand-in runs **lenient** ([D63](${decisionHref('D63')})): besides what the docs document it accepts the extensions (the operations marked \`x-standin-extension\`, \`?coin=\`, form bodies, paths without their slash, the socket alias), and names the decision in an \`${DEVIATION_HEADER}\` header whenever it does. Start it with \`--strict\` to refuse them.`,
};

/** Markdown links where the contract's prose names a decision or one of our pages. */
function linkify(text: string): string {
  return text
    .replace(/(`?)((?:spec\/)?DECISIONS\.md)\1/g, '[$1$2$1](/docs/decisions)')
    .replace(/\bD\d{1,3}\b/g, (id) => `[${id}](${decisionHref(id)})`)
    .replace(/`(\/docs\/ws|\/docs\/decisions|\/asyncapi\.json|\/openapi\.json)`/g, '[`$1`]($1)');
}

/** "Assumed: length (D19)." for a schema node with `x-assumed`, which Scalar does not show. */
function assumptionNote(node: object): string | undefined {
  const entries = (node as { 'x-assumed'?: unknown })['x-assumed'];
  if (!Array.isArray(entries) || entries.length === 0) return undefined;
  const parts = entries.map((entry) => {
    const { decision, constraint } = entry as { decision?: string; constraint?: string };
    return constraint ? `${constraint} (${decision})` : String(decision);
  });
  return `*Assumed, not documented: ${parts.join(', ')}.*`;
}

function rewriteDescriptions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteDescriptions);
  if (!node || typeof node !== 'object') return node;
  const rewritten = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === 'description' && typeof value === 'string'
        ? linkify(value)
        : rewriteDescriptions(value),
    ]),
  );
  const note = assumptionNote(node);
  if (note) {
    const { description } = node as { description?: unknown };
    const text = typeof description === 'string' ? description : '';
    rewritten.description = linkify([text, note].filter(Boolean).join(' '));
  }
  return rewritten;
}

const MORE_PAGES =
  "**More pages:** [the chat socket: reference and live console](/docs/ws) · [every decision on the docs' ambiguities](/docs/decisions) · [`openapi.json`](/openapi.json) · [`asyncapi.json`](/asyncapi.json) · [`/__mock/openapi.json`](/__mock/openapi.json)";

/**
 * The controls document as `/docs` shows it beside the API's (D143): decisions linked, and the
 * same links to the other pages.
 */
export function controlsForScalar<D extends { info: { description?: string } }>(doc: D): D {
  const rewritten = rewriteDescriptions(doc) as D;
  const intro = [rewritten.info.description ?? '', MORE_PAGES].join('\n\n');
  return { ...rewritten, info: { ...rewritten.info, description: intro } };
}

/**
 * The OpenAPI document as `/docs` shows it: every `Dn` a link to `/docs/decisions`, and an
 * introduction that links the socket and decision pages and says how this stand-in runs (its mode
 * and, as markdown, its policies where the docs are silent). The
 * published `/openapi.json` stays as generated (its readers are tools, not this page).
 */
export function documentForScalar(
  doc: OpenApiDocument,
  mode: StandInMode,
  policies = '',
): OpenApiDocument {
  const rewritten = rewriteDescriptions(doc) as OpenApiDocument;
  const intro = [
    rewritten.info.description ?? '',
    MODE_TEXT[mode],
    linkify(policies),
    MORE_PAGES,
  ].join('\n\n');
  return { ...rewritten, info: { ...rewritten.info, description: intro } };
}
