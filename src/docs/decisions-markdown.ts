/** One row of the decisions table: its id (`D7`) and its cells by column heading. */
export interface Decision {
  id: string;
  cells: { heading: string; text: string }[];
}

export interface DecisionsDocument {
  /** Paragraphs before the table (inline markdown, headings without their `#`). */
  intro: string[];
  decisions: Decision[];
  /** Paragraphs after the table. */
  outro: string[];
}

const cellsOf = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());

/** Blank-line separated paragraphs, joined into one line each. */
const paragraphs = (lines: string[]) =>
  lines
    .join('\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);

/**
 * Reads `spec/DECISIONS.md`: prose, then one table whose first column is the decision id. Only the
 * shape that file has; anything richer would call for a markdown library.
 *
 * @example
 * parseDecisions(readFileSync('spec/DECISIONS.md', 'utf8')).decisions[6]?.id // 'D7'
 */
export function parseDecisions(markdown: string): DecisionsDocument {
  const lines = markdown.split('\n');
  const tableStart = lines.findIndex((line) => line.trim().startsWith('|'));
  if (tableStart < 0) return { intro: paragraphs(lines), decisions: [], outro: [] };
  let tableEnd = tableStart;
  while (tableEnd < lines.length && lines[tableEnd]?.trim().startsWith('|')) tableEnd++;
  const [header = '', _rule, ...rows] = lines.slice(tableStart, tableEnd);
  const headings = cellsOf(header).slice(1);
  const decisions = rows.map((row) => {
    const [id = '', ...cells] = cellsOf(row);
    return { id, cells: headings.map((heading, i) => ({ heading, text: cells[i] ?? '' })) };
  });
  return {
    intro: paragraphs(lines.slice(0, tableStart)),
    decisions: decisions.filter((decision) => /^D\d+$/.test(decision.id)),
    outro: paragraphs(lines.slice(tableEnd)),
  };
}
