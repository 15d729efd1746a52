import type { DecisionReference } from './decision-references.js';
import type { Decision, DecisionsDocument } from './decisions-markdown.js';
import { escapeHtml, inlineMarkdown, page } from './html.js';

/** The part the index shows as a tooltip; the card shows it first. */
const WHERE = 'Where in the docs';
/**
 * The file's own list of source files a decision touches: for the repository's maintainers, and
 * mostly paths (tests, scripts) a user of the installed package does not have, so not shown here.
 */
const FILES = 'Affects';
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
 * with an anchor (`#D7`), its title, its parts (where in the docs first), and links back to the
 * operations and messages that cite it.
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
    .map(({ id, title, cells }) => {
      const fields = cells
        .filter(({ heading }) => heading !== FILES)
        .map(
          ({ heading, text }) =>
            `<dt>${escapeHtml(heading)}</dt><dd>${inlineMarkdown(text, here)}</dd>`,
        )
        .join('');
      return `<article class="decision" id="${id}" tabindex="-1">
<h2><a class="anchor" href="#${id}">${id}</a> ${inlineMarkdown(title, here)}</h2>
<dl>${fields}<dt>Cited by</dt><dd>${referencesList(references.get(id))}</dd></dl>
</article>`;
    })
    .join('\n');
  return page({
    title: 'Decisions: 9app stand-in',
    body: `<main class="doc">
${prose(intro)}
<p>This page renders <code>DECISIONS.md</code>, shipped in the package as <code>node_modules/9app-standin/dist/spec/DECISIONS.md</code>. The contract documents cite these by number. File paths in the text are the repository's: the code of <code>spec/</code>, <code>src/</code>, <code>conformance/</code> and the <code>fixtures/</code> ship compiled under <code>dist/</code> (<code>src/app/app.ts</code> is <code>dist/src/app/app.js</code>); tests, benchmarks and scripts are in the repository only.</p>
<nav class="index" aria-label="Decisions"><ul>${index}</ul></nav>
${cards}
${prose(outro)}
</main>`,
  });
}
