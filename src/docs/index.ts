import { readFile } from 'node:fs/promises';
import { Scalar } from '@scalar/hono-api-reference';
import { Hono, type MiddlewareHandler } from 'hono';
import generation from '../../fixtures/generation.json' with { type: 'json' };
import { buildAsyncApiDocument, SOCKET_PATH } from '../../spec/asyncapi.js';
import { buildControlsDocument } from '../../spec/controls-openapi.js';
import { buildOpenApiDocument } from '../../spec/openapi.js';
import { DOCUMENTED } from '../../spec/schemas/documented.js';
import type { AppEnv } from '../http/hono-env.js';
import type { ResolvedPolicies } from '../policy/resolve.js';
import { DOCS_SLUGS, decisionReferences } from './decision-references.js';
import { parseDecisions } from './decisions-markdown.js';
import { renderDecisionsPage } from './decisions-page.js';
import { NO_FAVICON } from './html.js';
import { policyMarkdown, socketPolicyText } from './policy-text.js';
import { scalarBundlePath } from './scalar-bundle.js';
import { controlsForScalar, documentForScalar, type StandInMode } from './scalar-document.js';
import { renderSocketPage } from './socket-page.js';

const SCALAR_BUNDLE = scalarBundlePath();
const DECISIONS_FILE = new URL('../../spec/DECISIONS.md', import.meta.url);

/** Our own static files for the pages, by name: nothing else in the folder is served. */
const ASSETS: Record<string, string> = {
  'docs.css': 'text/css; charset=utf-8',
  'console.js': 'text/javascript; charset=utf-8',
  'frame-log.js': 'text/javascript; charset=utf-8',
  'schema-check.js': 'text/javascript; charset=utf-8',
  'copy-buttons.js': 'text/javascript; charset=utf-8',
};

/** The two documented people the console and snippets start with (D3, D21). */
const [FIRST, SECOND] = DOCUMENTED.users;

export interface DocsOptions {
  /** The public origin (`http://127.0.0.1:8000`), for "Try it" and the snippets. */
  origin: () => string;
  /** Whether the stand-in refuses the extensions (`--strict`); the `/docs` introduction says so. */
  mode?: () => StandInMode;
  /** How many bytes of frames a socket may leave unread before it is closed (D91). */
  maxUnreadBytes?: number;
  /** Where the docs are silent, what this stand-in does (D120–D125): both pages say so. */
  policies?: ResolvedPolicies;
}

/** `build` for the current origin, kept until the origin changes. */
function perOrigin<T>(origin: () => string, build: (origin: string) => T): () => T {
  let cached: { origin: string; value: T } | undefined;
  return () => {
    const current = origin();
    if (cached?.origin !== current) cached = { origin: current, value: build(current) };
    return cached.value;
  };
}

/** Adds {@link NO_FAVICON} to an HTML page another package renders (Scalar's). */
const withNoFavicon: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const html = await c.res.text();
  const headers = new Headers(c.res.headers);
  headers.delete('content-length');
  c.res = new Response(html.replace('<head>', `<head>\n    ${NO_FAVICON}`), {
    status: c.res.status,
    headers,
  });
};

/** Serves each page at its path with and without the trailing slash, as the API paths are (D22). */
const bothSlashes = (path: string) => [path, `${path}/`];

/**
 * `/docs` (Scalar, for the API's OpenAPI document and the controls' one), `/docs/ws` (the socket: reference and console),
 * `/docs/decisions`, and both documents. The documents name this server, so "Try it" calls the
 * stand-in itself.
 */
export function docsRoutes({
  origin,
  mode = () => 'lenient',
  maxUnreadBytes,
  policies,
}: DocsOptions) {
  const docs = new Hono<AppEnv>();
  let bundle: Promise<Buffer> | undefined;
  // The documents and pages depend only on the origin, known once the server listens (port 0):
  // built on first request for that origin, not on every request.
  const openapi = perOrigin(origin, (url) =>
    buildOpenApiDocument([{ url, description: 'This stand-in' }]),
  );
  const controls = perOrigin(origin, (url) =>
    controlsForScalar(buildControlsDocument([{ url, description: 'This stand-in' }])),
  );
  const asyncapi = perOrigin(origin, (url) => {
    const { host, protocol } = new URL(url);
    return buildAsyncApiDocument({ host, protocol: protocol === 'https:' ? 'wss' : 'ws' });
  });
  const socketPage = perOrigin(origin, (url) =>
    renderSocketPage(
      asyncapi(),
      {
        origin: url,
        socketUrl: `${url.replace(/^http/, 'ws')}${SOCKET_PATH}`,
        email: FIRST?.email ?? '',
        password: generation.password,
        receiverId: SECOND?.id ?? '',
      },
      { a: FIRST?.email ?? '', b: SECOND?.email ?? '' },
      { maxUnreadBytes, policy: policies && socketPolicyText(policies) },
    ),
  );
  let decisionsMarkdown: Promise<string> | undefined;
  const decisionsPage = perOrigin(origin, async () => {
    decisionsMarkdown ??= readFile(DECISIONS_FILE, 'utf8');
    const references = decisionReferences(openapi(), asyncapi());
    return renderDecisionsPage(parseDecisions(await decisionsMarkdown), references);
  });

  docs.get('/openapi.json', (c) => c.json(openapi()));
  docs.get('/asyncapi.json', (c) => c.json(asyncapi()));
  docs.get('/docs/openapi.json', (c) =>
    c.json(documentForScalar(openapi(), mode(), policies && policyMarkdown(policies))),
  );
  // The controls as `/docs` shows them; `/__mock/openapi.json` (the control key's side) is as generated.
  docs.get('/docs/mock-openapi.json', (c) => c.json(controls()));
  docs.get('/docs/assets/standalone.js', async (c) => {
    bundle ??= readFile(SCALAR_BUNDLE);
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(new Uint8Array(await bundle));
  });
  docs.get('/docs/assets/:name', async (c) => {
    const name = c.req.param('name');
    const type = ASSETS[name];
    if (!type) return c.notFound();
    c.header('Content-Type', type);
    c.header('Cache-Control', 'no-cache');
    return c.body(await readFile(new URL(`./assets/${name}`, import.meta.url), 'utf8'));
  });
  for (const path of bothSlashes('/docs/ws')) docs.get(path, (c) => c.html(socketPage()));
  for (const path of bothSlashes('/docs/decisions')) {
    docs.get(path, async (c) => c.html(await decisionsPage()));
  }
  // The path a reader of the repository would guess.
  docs.get('/spec/DECISIONS.md', (c) => c.redirect('/docs/decisions'));
  const scalar = Scalar({
    // Two documents, one page: the API first, the stand-in's own controls second (D143).
    sources: [
      { url: '/docs/openapi.json', title: '9app API', slug: DOCS_SLUGS.api, default: true },
      {
        url: '/docs/mock-openapi.json',
        title: 'Stand-in controls (/__mock)',
        slug: DOCS_SLUGS.controls,
      },
    ],
    cdn: '/docs/assets/standalone.js',
    withDefaultFonts: false,
    pageTitle: '9app stand-in: API reference',
    authentication: { preferredSecurityScheme: 'bearerAuth' },
    // Both reach Scalar's cloud (the AI agent, the share/deploy toolbar): off for an offline page.
    agent: { disabled: true },
    showDeveloperTools: 'never',
  });
  // Scalar's page has no icon tag of its own: ours is added, as on our other pages.
  for (const path of bothSlashes('/docs')) docs.get(path, withNoFavicon, scalar);
  return docs;
}
