import { OpenAPIHono } from '@hono/zod-openapi';
import { typeCompositions } from './composition-types.js';
import { API_VERSION, type OpenApiServer } from './openapi.js';
import { CONTROL_KEY_HEADER, MOCK_ROUTES, MOCK_TAG } from './routes/mock.js';

export const CONTROLS_TITLE = '9app stand-in controls';
/** Where the stand-in serves this document; the package exports it as `./mock-openapi.json`. */
export const CONTROLS_DOCUMENT_PATH = '/__mock/openapi.json';

const DESCRIPTION = [
  "The stand-in's own controls under `/__mock/` (DECISIONS.md D26): reset, faults, the request",
  'journal, snapshots, minted tokens. Not the 9app API, so not in its document (D143): a client',
  'generated from `openapi.json` never gets these operations, and the conformance suite never',
  'calls them. Every answer uses the API envelope `{status, entity, message, success}`.',
].join(' ');

/**
 * Builds the OpenAPI 3.1 document of the `/__mock` controls from `MOCK_ROUTES`, the routes the
 * stand-in mounts: one declaration, two readers.
 *
 * @example
 * const doc = buildControlsDocument([{ url: 'http://127.0.0.1:8000' }]);
 */
export function buildControlsDocument(servers: OpenApiServer[] = []) {
  const app = new OpenAPIHono();
  app.openAPIRegistry.registerComponent('securitySchemes', 'controlKey', {
    type: 'apiKey',
    in: 'header',
    name: CONTROL_KEY_HEADER,
    description:
      "The stand-in's control key (`--control-key`, or the one its banner prints): required on `/__mock/*` when it listens beyond loopback.",
  });
  for (const route of MOCK_ROUTES) app.openAPIRegistry.registerPath(route);
  const document = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: { title: CONTROLS_TITLE, version: API_VERSION, description: DESCRIPTION },
    servers,
    tags: [{ name: MOCK_TAG, description: 'Reset, faults, journal, snapshots and tokens' }],
  });
  typeCompositions(document);
  return document;
}
