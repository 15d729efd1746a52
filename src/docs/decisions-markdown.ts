/** One decision: its id (`D7`), its title, and its labelled parts in file order. */
export interface Decision {
  id: string;
  title: string;
  cells: { heading: string; text: string }[];
}

export interface DecisionsDocument {
  /** Paragraphs before the first decision (inline markdown, headings without their `#`). */
  intro: string[];
  decisions: Decision[];
  /** Paragraphs from the first `##` heading that is not a decision on. */
  outro: string[];
}

/** The parts every decision has; the page shows them in the file's order. */
export const DECISION_PARTS = ['Where in the docs', 'Ambiguity', 'Decision', 'Why'] as const;
/** Parts a decision may add after those: the files and tests it shaped. */
export const OPTIONAL_DECISION_PARTS = ['Affects'] as const;

/** `## D7. Coin enable/disable as GET with a body` */
const DECISION_HEADING = /^##\s+(D\d+)\.\s+(\S.*?)\s*$/;
/** `**Ambiguity:** text` */
const LABELLED = /^\*\*([^*]+?):\*\*\s*([\s\S]*)$/;

/** Blank-line separated paragraphs, joined into one line each; HTML comments are for editors. */
const paragraphs = (lines: string[]) =>
  lines
    .join('\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph && !/^<!--[\s\S]*-->$/.test(paragraph));

function decisionFrom(heading: string, body: string[]): Decision {
  const [, id = '', title = ''] = DECISION_HEADING.exec(heading) ?? [];
  if (!id) throw new Error(`"${heading}": a decision's heading reads "## D7. Its title"`);
  const cells = paragraphs(body).map((paragraph) => {
    const [, label, text] = LABELLED.exec(paragraph) ?? [];
    if (!label || text === undefined)
      throw new Error(`${id}: a paragraph without a "**Part:**" label: ${paragraph.slice(0, 60)}`);
    return { heading: label, text };
  });
  const labels = cells.map((cell) => cell.heading);
  const missing = DECISION_PARTS.filter((part) => !labels.includes(part));
  if (missing.length > 0) throw new Error(`${id} has no ${missing.join(', ')} part`);
  const repeated = labels.find((label, i) => labels.indexOf(label) !== i);
  if (repeated) throw new Error(`${id} has two ${repeated} parts`);
  return { id, title, cells };
}

/**
 * Reads `spec/DECISIONS.md`: prose, then one `## Dn. Title` heading per decision, each followed
 * by paragraphs labelled `**Where in the docs:**`, `**Ambiguity:**`, `**Decision:**`, `**Why:**`.
 * Throws on a decision missing a part, so a slip fails the tests instead of the page. Only the
 * shape that file has; anything richer would call for a markdown library.
 *
 * @example
 * parseDecisions(readFileSync('spec/DECISIONS.md', 'utf8')).decisions[6]?.title
 * // 'Coin enable/disable as GET with a body'
 */
export function parseDecisions(markdown: string): DecisionsDocument {
  const lines = markdown.split('\n');
  const isSection = (line: string) => /^##\s/.test(line);
  const first = lines.findIndex(isSection);
  if (first < 0) return { intro: paragraphs(lines), decisions: [], outro: [] };
  const decisions: Decision[] = [];
  let start = first;
  while (start < lines.length && /^##\s+D\d/.test(lines[start] ?? '')) {
    let end = start + 1;
    while (end < lines.length && !isSection(lines[end] ?? '')) end++;
    decisions.push(decisionFrom(lines[start] ?? '', lines.slice(start + 1, end)));
    start = end;
  }
  return {
    intro: paragraphs(lines.slice(0, first)),
    decisions,
    outro: paragraphs(lines.slice(start)),
  };
}
