import {
  COVERAGE_DIMENSION_NAMES,
  COVERAGE_DIMENSIONS,
  type Coverage,
  type CoverageDimension,
} from '../schemas/coverage.js';

/** Items listed per dimension before "… and N more": the JSON form has every one. */
const DEFAULT_LIST_LIMIT = 25;

export interface CoverageTextOptions {
  /** Items listed per dimension and list; `Infinity` lists all. */
  listLimit?: number;
  /** The first line's words for where the exchanges came from. */
  source?: string;
}

const percentText = (percent: number | null) =>
  percent === null ? '' : `${percent.toFixed(1)}%`.padStart(6);

function listed(items: string[], limit: number): string[] {
  const shown = items.slice(0, limit).map((item) => `    ${item}`);
  if (items.length > limit) shown.push(`    … and ${items.length - limit} more`);
  return shown;
}

function summaryLine(title: string, dimension: CoverageDimension): string {
  const label = `  ${title}`.padEnd(24);
  if (!dimension.measured) return `${label}not measured: ${dimension.reason}`;
  const counts = `${dimension.covered}/${dimension.total}`.padStart(9);
  return `${label}${counts} ${percentText(dimension.percent)}`;
}

/**
 * The console form every source prints (the stand-in's `?format=text`, the suite, the proxy):
 * a line per dimension, then what was never hit, then what was seen but is not documented.
 *
 * @example
 * console.log(formatCoverageText(coverage, { source: 'the stand-in journal' }));
 */
export function formatCoverageText(coverage: Coverage, options: CoverageTextOptions = {}): string {
  const limit = options.listLimit ?? DEFAULT_LIST_LIMIT;
  const { http, frames, closes } = coverage.exchanges;
  const from = options.source ? ` from ${options.source}` : '';
  const lines = [
    `Contract coverage${from}: ${http} HTTP exchanges, ${frames} socket frames, ${closes} closes`,
    `${'  overall'.padEnd(24)}${' '.repeat(9)} ${percentText(coverage.overall.percent)}  ${coverage.overall.rule}`,
  ];
  const dimensions = COVERAGE_DIMENSION_NAMES.map(
    (name) => [COVERAGE_DIMENSIONS[name], coverage.dimensions[name]] as const,
  );
  for (const [title, dimension] of dimensions) lines.push(summaryLine(title, dimension));
  const missed = dimensions.filter(([, d]) => d.missed.length > 0);
  if (missed.length) lines.push('', 'Never hit:');
  for (const [title, dimension] of missed)
    lines.push(`  ${title} (${dimension.missed.length}):`, ...listed(dimension.missed, limit));
  const odd = dimensions.filter(([, d]) => d.undocumented.length > 0);
  if (odd.length) lines.push('', 'Undocumented, seen:');
  for (const [title, dimension] of odd) {
    const items = dimension.undocumented.map(({ item, count }) => `${item} (${count}×)`);
    if (dimension.undocumented_overflow)
      items.push(`(${dimension.undocumented_overflow} more distinct items not kept)`);
    lines.push(`  ${title}:`, ...listed(items, limit));
  }
  return `${lines.join('\n')}\n`;
}
