import type { buildAsyncApiDocument } from '../../spec/asyncapi.js';
import { escapeHtml, page } from './html.js';
import { renderSocketConsole } from './socket-console.js';
import { renderSocketReference, type SocketLimits } from './socket-reference.js';
import { type SnippetValues, socketSnippets } from './socket-snippets.js';

type AsyncApiDocument = ReturnType<typeof buildAsyncApiDocument>;

function snippetsSection(values: SnippetValues): string {
  const blocks = socketSnippets(values)
    .map(
      (s) => `<div class="snippet-head"><h3 id="${s.id}">${escapeHtml(s.title)}</h3>
<button type="button" data-copy="${s.id}-code" aria-label="Copy the ${escapeHtml(s.title)} snippet">Copy</button></div>
<pre id="${s.id}-code"><code class="language-${s.language}">${escapeHtml(s.code)}</code></pre>`,
    )
    .join('\n');
  return `<section id="snippets"><h2>Clients to copy</h2>
<p>Filled in with this server and a documented person, so they run as pasted.</p>${blocks}</section>`;
}

/**
 * `/docs/ws`: the socket reference (from the AsyncAPI document), copy-ready clients, and the live
 * two-person console. The reference reads without script; the console is `console.js`.
 */
export function renderSocketPage(
  doc: AsyncApiDocument,
  snippetValues: SnippetValues,
  people: { a: string; b: string },
  limits: SocketLimits = {},
): string {
  const toc = [
    ['connection', 'Connecting'],
    ['errors', 'Error frames'],
    ['close-codes', 'Close codes'],
    ['delivery', 'Delivery'],
    ['limits', 'Limits'],
    ['messages', 'Messages'],
    ['snippets', 'Clients'],
    ['console', 'Console'],
  ]
    .map(([id, label]) => `<a href="#${id}">${label}</a>`)
    .join('');
  return page({
    title: `${doc.info.title}: reference and console`,
    scripts: ['/docs/assets/console.js', '/docs/assets/copy-buttons.js'],
    body: `<main class="doc">
<h1>${escapeHtml(doc.info.title)}</h1>
<p>Reference generated from <a href="/asyncapi.json">asyncapi.json</a>; the HTTP side is at <a href="/docs">/docs</a>, the decisions cited here at <a href="/docs/decisions">/docs/decisions</a>.</p>
<nav class="toc" aria-label="On this page">${toc}</nav>
${renderSocketReference(doc, limits)}
${snippetsSection(snippetValues)}
</main>
${renderSocketConsole(people)}`,
  });
}
