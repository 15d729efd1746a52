import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAsyncApiDocument } from '../../spec/asyncapi.js';
import { buildOpenApiDocument } from '../../spec/openapi.js';
import { SLOW_READER_CLOSE, SOCKET_ERROR_CODES } from '../../spec/schemas/socket.js';
import { decisionReferences } from './decision-references.js';
import { parseDecisions } from './decisions-markdown.js';
import { inlineMarkdown } from './html.js';
import { docsRoutes } from './index.js';

const markdown = readFileSync(new URL('../../spec/DECISIONS.md', import.meta.url), 'utf8');
const docs = docsRoutes({ origin: () => 'http://127.0.0.1:8000' });

describe('The decisions page', () => {
  it('should read every decision of spec/DECISIONS.md with its cells', () => {
    const { decisions, intro } = parseDecisions(markdown);
    const ids = decisions.map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining(['D1', 'D7', 'D19', 'D27', 'D80']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(intro[0]).toBe('# Decisions');
    const d7 = decisions.find((d) => d.id === 'D7');
    expect(d7?.cells.map((c) => c.heading)).toEqual([
      'Where in the docs',
      'Ambiguity',
      'Decision',
      'Why',
    ]);
  });

  it('should link each decision back to the operations and messages that cite it', () => {
    const references = decisionReferences(buildOpenApiDocument(), buildAsyncApiDocument());
    const labels = (id: string) => (references.get(id) ?? []).map((r) => r.label);
    expect(labels('D7')).toContain('GET /exec/coin/enable/: Enable a coin');
    expect(references.get('D7')?.[0]?.href).toBe('/docs#api/tag/exec/GET/exec/coin/enable/');
    expect(labels('D80')).toEqual(['Socket message chat_message']);
    expect(labels('D2')).toEqual(['Socket connection (/chat/room/ws/)']);
    expect(labels('D19')).toEqual(
      expect.arrayContaining(['Socket message chat_message', 'Socket message error']),
    );
    // Every number the documents cite is a decision of the file.
    const ids = parseDecisions(markdown).decisions.map((d) => d.id);
    expect([...references.keys()].filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('should serve every page with and without the trailing slash', async () => {
    for (const path of ['/docs/ws', '/docs/ws/', '/docs/decisions', '/docs/decisions/']) {
      const response = await docs.request(path);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toContain('<nav class="top">');
    }
    for (const path of ['/docs', '/docs/'])
      expect((await docs.request(path)).status, path).toBe(200);
    expect((await docs.request('/docs/assets/console.js')).headers.get('content-type')).toContain(
      'javascript',
    );
    expect((await docs.request('/docs/assets/index.ts')).status).toBe(404);
  });

  it('should render every decision of the file, in number order, each titled in the index', async () => {
    const html = await (await docs.request('/docs/decisions')).text();
    const inNumberOrder = [...parseDecisions(markdown).decisions].sort(
      (a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)),
    );
    const anchors = [...html.matchAll(/<article class="decision" id="(D\d+)"/g)].map((m) => m[1]);
    expect(anchors).toEqual(inNumberOrder.map((d) => d.id));
    const index = [
      ...html.matchAll(/<li><a href="#(D\d+)"[^>]*>\1<\/a> <span>(.*?)<\/span><\/li>/g),
    ].map(([, id, title]) => [id, title]);
    expect(index).toEqual(
      inNumberOrder.map((d) => [d.id, inlineMarkdown(d.title, (id) => `#${id}`)]),
    );
    expect(index).toContainEqual(['D7', 'Coin enable/disable as GET with a body']);
    // Each card shows its title, where in the docs, the other parts, then what cites it; the
    // file's own list of source files (tests among them) is the repository's, not the page's.
    const d7 = html.slice(html.indexOf('<article class="decision" id="D7"'));
    expect(d7.slice(0, d7.indexOf('</article>'))).toMatch(
      /<h2><a class="anchor" href="#D7">D7<\/a> Coin enable\/disable as GET with a body<\/h2>\n<dl><dt>Where in the docs<\/dt><dd>Enable a coin \/ Disable a coin<\/dd><dt>Ambiguity<\/dt>.*<dt>Decision<\/dt>.*<dt>Why<\/dt>.*<dt>Cited by<\/dt>/,
    );
    expect(html).not.toContain('<dt>Affects</dt>');
    expect(html).not.toContain('The source is <code>spec/DECISIONS.md</code>');
    expect(html).toContain('node_modules/9app-standin/dist/spec/DECISIONS.md');
    expect(html).not.toContain('../shared/');
  });
});

describe('The socket reference', () => {
  it('should explain every error code, every close code and the limits this server runs with', async () => {
    const limited = docsRoutes({
      origin: () => 'http://127.0.0.1:8000',
      maxUnreadBytes: 2 * 1024 * 1024,
    });
    const html = await (await limited.request('/docs/ws')).text();
    for (const code of SOCKET_ERROR_CODES) expect(html).toContain(`<code>${code}</code></th>`);
    for (const code of [1000, 1006, SLOW_READER_CLOSE.code])
      expect(html).toContain(`<code>${code}</code></th>`);
    expect(html).toContain('more than 2 MB of frames unread');
    expect(html).toContain('1–4000 characters');
    expect(html).toContain('65536 bytes');
  });
});
