import { OpenAPIHono } from '@hono/zod-openapi';
import { typeCompositions } from './composition-types.js';
import { contractLinks } from './links.js';
import { ROUTES } from './routes/index.js';

export const API_TITLE = '9app chat + exec API';
export const API_VERSION = '0.1.0';

const DESCRIPTION = [
  'The contract of the 9app chat + exec API, derived from `9app-api.md` and `production-notes.md`.',
  'Every ambiguity of the docs is decided in `spec/DECISIONS.md`; operations marked',
  '`x-standin-extension` are accepted by the stand-in beyond what the docs promise.',
  'The WebSocket chat is described by the AsyncAPI document (`/asyncapi.json`, `/docs/ws`);',
  "the stand-in's own controls by their own document (`/__mock/openapi.json`, D143).",
].join(' ');

export type OpenApiServer = { url: string; description?: string };

/**
 * Builds the OpenAPI 3.1 document of the 9app API, from the route objects: the documented API and
 * the stand-in's extensions of it, never its `/__mock` controls (spec/controls-openapi.ts, D143).
 * Pure: the same schemas always give the same document, which is what the drift test relies on.
 *
 * @example
 * const doc = buildOpenApiDocument([{ url: 'http://127.0.0.1:8000' }]);
 */
export function buildOpenApiDocument(servers: OpenApiServer[] = []) {
  const app = new OpenAPIHono();
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      'An access token from `POST /auth/login/`, sent as `Authorization: Bearer <token>`.',
  });
  for (const route of ROUTES) app.openAPIRegistry.registerPath(route);
  const document = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: API_TITLE,
      version: API_VERSION,
      description: DESCRIPTION,
    },
    servers,
    tags: [
      { name: 'Auth', description: 'Logging in (production-notes.md)' },
      { name: 'Chat', description: 'Chat history and threads' },
      { name: 'Users', description: 'All users' },
      { name: 'Exec', description: 'Admin: coins and per-user trading settings' },
      { name: 'Ledger', description: 'Admin: transactions, deposits, withdrawals' },
    ],
  });
  addLinks(document);
  typeCompositions(document);
  return document;
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

/** Puts each operation's links on its 200 answer (spec/links.ts). */
function addLinks(document: OpenApiDocument): void {
  const links = contractLinks(ROUTES);
  for (const item of Object.values(document.paths ?? {}))
    for (const operation of Object.values(item as Record<string, { operationId?: string }>)) {
      const own = links[operation.operationId as keyof typeof links];
      const ok = (operation as { responses?: Record<string, { links?: unknown }> }).responses?.[
        '200'
      ];
      if (own && ok) ok.links = own;
    }
}
