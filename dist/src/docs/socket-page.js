const escapeHtml = (text) => text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
const block = (value) => `<pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre>`;
/**
 * A self-contained page for the chat socket, rendered from the AsyncAPI document: no script, no
 * external asset, so it reads the same offline.
 */
export function renderSocketPage(doc) {
    const server = doc.servers.chat;
    const url = `${server.protocol}://${server.host}${doc.channels.room.address}?token=<access token>`;
    const messages = Object.values(doc.components.messages)
        .map((message) => `<section>
  <h2>${escapeHtml(message.title)}</h2>
  <p>${escapeHtml(message.summary)}</p>
  <h3>Example</h3>${block(message.examples[0]?.payload)}
  <h3>Schema</h3>${block(message.payload)}
</section>`)
        .join('\n');
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(doc.info.title)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:900px;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
pre{background:#f5f5f7;padding:.75rem;border-radius:6px;overflow:auto;font-size:13px}
code{background:#f5f5f7;padding:0 .25rem;border-radius:4px}
section{border-top:1px solid #ddd;margin-top:1.5rem}
</style></head><body>
<h1>${escapeHtml(doc.info.title)}</h1>
<p>${escapeHtml(doc.info.description)}</p>
<p>Connect: <code>${escapeHtml(url)}</code></p>
<p>${escapeHtml(doc.channels.room.description)} ${escapeHtml(server.description)}</p>
<p>Documents: <a href="/asyncapi.json">asyncapi.json</a> · <a href="/docs">HTTP API reference</a></p>
${messages}
</body></html>`;
}
