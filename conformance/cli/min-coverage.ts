import type { Report } from '../model/types.js';

/** The one line that fails a run on coverage (D141), or undefined when it is enough. */
export function belowMinCoverage(report: Report, min: number | undefined): string | undefined {
  if (min === undefined) return undefined;
  const percent = report.coverage?.overall.percent ?? null;
  if (percent !== null && percent >= min) return undefined;
  const got = percent === null ? 'not measured' : `${percent.toFixed(1)}%`;
  return `coverage ${got} is below --min-coverage ${min}% (overall: ${report.coverage?.overall.rule ?? 'no coverage in this report'})`;
}
