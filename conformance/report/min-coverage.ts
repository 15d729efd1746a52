import type { Coverage } from '../../spec/schemas/coverage.js';

/**
 * The one line that fails a run on coverage (D141), or undefined when it is enough: the suite,
 * fuzz and the proxy share it.
 */
export function belowMinCoverage(
  coverage: Coverage | undefined,
  min: number | undefined,
): string | undefined {
  if (min === undefined) return undefined;
  const percent = coverage?.overall.percent ?? null;
  if (percent !== null && percent >= min) return undefined;
  const got = percent === null ? 'not measured' : `${percent.toFixed(1)}%`;
  return `coverage ${got} is below --min-coverage ${min}% (overall: ${coverage?.overall.rule ?? 'no coverage in this report'})`;
}
