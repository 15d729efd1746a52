import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildAsyncApiDocument } from './asyncapi.js';
import { buildControlsDocument } from './controls-openapi.js';
import { buildOpenApiDocument } from './openapi.js';

/** The committed API documents name production as their server; the stand-in serves its own. */
export const COMMITTED_OPENAPI_SERVERS = [
  { url: 'https://api.9app.co', description: 'Production' },
];
/** The controls exist only on a stand-in: the committed document names one on its default port. */
export const COMMITTED_CONTROLS_SERVERS = [
  { url: 'http://127.0.0.1:8000', description: 'A stand-in on its default port' },
];

export function renderDocuments() {
  return {
    'openapi.json': `${JSON.stringify(buildOpenApiDocument(COMMITTED_OPENAPI_SERVERS), null, 2)}\n`,
    'asyncapi.json': `${JSON.stringify(buildAsyncApiDocument(), null, 2)}\n`,
    // The stand-in's controls, apart from the API (D143); they exist only on the stand-in.
    'mock-openapi.json': `${JSON.stringify(buildControlsDocument(COMMITTED_CONTROLS_SERVERS), null, 2)}\n`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, text] of Object.entries(renderDocuments())) {
    writeFileSync(new URL(name, import.meta.url), text);
    console.log(`wrote spec/${name}`);
  }
}
