import type { CheckResult } from '../model/types.js';

/** At least this many skips with the same reason print the reason once (issue 20). */
export const SHARED_REASON_MIN = 3;

/** How the console and HTML reports gather skips; the JSON report keeps every result as is. */
export interface SkipFolding {
  /** Failed check id → the skips its failure caused, printed under it. */
  underFailure: Map<string, CheckResult[]>;
  /** Reason → the skips that give it, where at least SHARED_REASON_MIN do. */
  sharedReason: Map<string, CheckResult[]>;
  /** Every skip placed in one of the two maps: not printed on its own. */
  folded: Set<string>;
}

/** The failed check a skip names as its cause (`caused_by`, e.g. `withJsonBody`'s status). */
function causeOf(skip: CheckResult, failed: Set<string>): string | undefined {
  return skip.caused_by && failed.has(skip.caused_by) ? skip.caused_by : undefined;
}

export function foldSkips(checks: CheckResult[]): SkipFolding {
  const failed = new Set(checks.filter((c) => c.outcome === 'fail').map((c) => c.id));
  const underFailure = new Map<string, CheckResult[]>();
  const byReason = new Map<string, CheckResult[]>();
  const folded = new Set<string>();
  for (const c of checks) {
    if (c.outcome !== 'skip') continue;
    const cause = causeOf(c, failed);
    if (cause) {
      underFailure.set(cause, [...(underFailure.get(cause) ?? []), c]);
      folded.add(c.id);
    } else if (c.actual) byReason.set(c.actual, [...(byReason.get(c.actual) ?? []), c]);
  }
  const sharedReason = new Map(
    [...byReason].filter(([, skips]) => skips.length >= SHARED_REASON_MIN),
  );
  for (const skips of sharedReason.values()) for (const c of skips) folded.add(c.id);
  return { underFailure, sharedReason, folded };
}
