/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

/** Where a decision is shown: `/docs/decisions#D7`. */
export const decisionHref = (id: string) => `/docs/decisions#${id}`;

/**
 * The inline markdown the docs' texts use (`code`, **bold**, [links](url)), escaped, with every
 * decision id (`D7`) turned into a link to its anchor.
 *
 * @example
 * inlineMarkdown('GET with a body (`D7`)') // 'GET with a body (<code><a href=…>D7</a></code>)'
 */
export function inlineMarkdown(text: string, href: (id: string) => string = decisionHref): string {
  // Decision links first, so no later rule sees the `D7` inside an href it wrote.
  return escapeHtml(text)
    .replace(/\bD\d{1,3}\b/g, (id) => `<a href="${href(id)}">${id}</a>`)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>')
    .replace(/`([^`]+)`/g, '<code>$1</code>');
}

/** Every distinct decision id a text mentions, in order. */
export const decisionIds = (text: string): string[] => [
  ...new Set(text.match(/\bD\d{1,3}\b/g) ?? []),
];

/**
 * Declares "no icon", so a browser does not ask for `/favicon.ico`, which is no route of the API
 * and would be a 404 in every page's console (and in the journal).
 */
export const NO_FAVICON = '<link rel="icon" href="data:,">';

/** The shell every page of ours shares: one stylesheet, our own scripts only, nothing remote. */
export function page({
  title,
  body,
  scripts = [],
}: {
  title: string;
  body: string;
  scripts?: string[];
}): string {
  const tags = scripts.map((src) => `<script type="module" src="${src}"></script>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${NO_FAVICON}
<link rel="stylesheet" href="/docs/assets/docs.css">${tags}
</head><body>
<nav class="top"><a href="/docs">HTTP API</a><a href="/docs/ws">Socket</a><a href="/docs/decisions">Decisions</a></nav>
${body}
</body></html>`;
}
