import type { CheckResult, Report } from './types.js';

/** The counts a report opens with, the same for the fixed suite and the fuzzer. */
export function summariseResults(results: readonly CheckResult[]): Report['summary'] {
  const count = (test: (r: CheckResult) => boolean) => results.filter(test).length;
  return {
    passed: count((r) => r.outcome === 'pass'),
    failed: count((r) => r.outcome === 'fail' && r.severity === 'error'),
    warnings: count((r) => r.outcome === 'fail' && r.severity === 'warning'),
    unconfirmed: count((r) => r.outcome === 'unconfirmed'),
    skipped: count((r) => r.outcome === 'skip'),
    observed: count((r) => r.outcome === 'observed'),
  };
}
