import type { DecisionReference } from './decision-references.js';
import type { Decision, DecisionsDocument } from './decisions-markdown.js';
import { escapeHtml, inlineMarkdown, page } from './html.js';

/** The part a card's heading shows, beside the id. */
const WHERE = 'Where in the docs';
const whereOf = (cells: Decision['cells']) => cells.find((c) => c.heading === WHERE)?.text ?? '';

/** On this page a decision's `Dn` links to its own anchor. */
const here = (id: string) => `#${id}`;

const referencesList = (references: DecisionReference[] = []) =>
  references.length === 0
    ? '<p class="muted">No operation or message cites it by number.</p>'
    : `<ul class="affects">${references
        .map((ref) => `<li><a href="${escapeHtml(ref.href)}">${escapeHtml(ref.label)}</a></li>`)
        .join('')}</ul>`;

/**
 * `/docs/decisions`: `spec/DECISIONS.md` as an index of titles and one card per decision, each
 * with an anchor (`#D7`), its parts, and links back to the operations and messages that cite it.
 */
export function renderDecisionsPage(
  { intro, decisions: inFileOrder, outro }: DecisionsDocument,
  references: Map<string, DecisionReference[]>,
): string {
  // Whatever order the file grows in, readers look numbers up in order.
  const decisions = [...inFileOrder].sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  const prose = (texts: string[]) =>
    texts
      .map((text) =>
        text.startsWith('#')
          ? `<h1>${inlineMarkdown(text.replace(/^#+\s*/, ''), here)}</h1>`
          : `<p>${inlineMarkdown(text, here)}</p>`,
      )
      .join('\n');
  const index = decisions
    .map(
      ({ id, title, cells }) =>
        `<li><a href="#${id}" title="${escapeHtml(whereOf(cells))}">${id}</a> <span>${inlineMarkdown(title, here)}</span></li>`,
    )
    .join('');
  const cards = decisions
    .map(({ id, cells }) => {
      const fields = cells
        .filter(({ heading }) => heading !== WHERE)
        .map(
          ({ heading, text }) =>
            `<dt>${escapeHtml(heading)}</dt><dd>${inlineMarkdown(text, here)}</dd>`,
        )
        .join('');
      return `<article class="decision" id="${id}" tabindex="-1">
<h2><a class="anchor" href="#${id}">${id}</a> ${inlineMarkdown(whereOf(cells), here)}</h2>
<dl>${fields}<dt>Affects</dt><dd>${referencesList(references.get(id))}</dd></dl>
</article>`;
    })
    .join('\n');
  return page({
    title: 'Decisions: 9app stand-in',
    body: `<main class="doc">
${prose(intro)}
<p>The source is <code>spec/DECISIONS.md</code>; this page renders it. The contract documents cite these by number.</p>
<nav class="index" aria-label="Decisions"><ul>${index}</ul></nav>
${cards}
${prose(outro)}
</main>`,
  });
}
