import { readFile } from 'node:fs/promises';
import { Scalar } from '@scalar/hono-api-reference';
import { Hono } from 'hono';
import { buildAsyncApiDocument } from '../../spec/asyncapi.js';
import { buildOpenApiDocument } from '../../spec/openapi.js';
import { scalarBundlePath } from './scalar-bundle.js';
import { renderSocketPage } from './socket-page.js';
const SCALAR_BUNDLE = scalarBundlePath();
/**
 * `/docs` (Scalar, for the OpenAPI document), `/docs/ws` (the socket), and both documents. The
 * documents name this server, so "Try it" calls the stand-in itself.
 */
export function docsRoutes({ origin }) {
    const docs = new Hono();
    let bundle;
    docs.get('/openapi.json', (c) => c.json(buildOpenApiDocument([{ url: origin(), description: 'This stand-in' }])));
    docs.get('/asyncapi.json', (c) => {
        const { host, protocol } = new URL(origin());
        return c.json(buildAsyncApiDocument({ host, protocol: protocol === 'https:' ? 'wss' : 'ws' }));
    });
    docs.get('/docs/assets/standalone.js', async (c) => {
        bundle ??= readFile(SCALAR_BUNDLE);
        c.header('Content-Type', 'text/javascript; charset=utf-8');
        c.header('Cache-Control', 'public, max-age=3600');
        return c.body(new Uint8Array(await bundle));
    });
    docs.get('/docs/ws', (c) => {
        const { host } = new URL(origin());
        return c.html(renderSocketPage(buildAsyncApiDocument({ host, protocol: 'ws' })));
    });
    docs.get('/docs', Scalar({
        url: '/openapi.json',
        cdn: '/docs/assets/standalone.js',
        withDefaultFonts: false,
        pageTitle: '9app stand-in: API reference',
        authentication: { preferredSecurityScheme: 'bearerAuth' },
        // Both reach Scalar's cloud (the AI agent, the share/deploy toolbar): off for an offline page.
        agent: { disabled: true },
        showDeveloperTools: 'never',
    }));
    return docs;
}
