import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildAsyncApiDocument } from './asyncapi.js';
import { buildOpenApiDocument } from './openapi.js';

/** The committed documents name production as their server; the stand-in serves its own. */
export const COMMITTED_OPENAPI_SERVERS = [
  { url: 'https://api.9app.co', description: 'Production' },
];

export function renderDocuments() {
  return {
    'openapi.json': `${JSON.stringify(buildOpenApiDocument(COMMITTED_OPENAPI_SERVERS), null, 2)}\n`,
    'asyncapi.json': `${JSON.stringify(buildAsyncApiDocument(), null, 2)}\n`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, text] of Object.entries(renderDocuments())) {
    writeFileSync(new URL(name, import.meta.url), text);
    console.log(`wrote spec/${name}`);
  }
}
