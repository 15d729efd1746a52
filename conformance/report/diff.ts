import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { SetupError } from '../model/setup-error.js';

/** The part of a JSON report a comparison reads; anything else in the file is ignored. */
const ReportFileSchema = z.object({
  target: z.string(),
  checks: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      severity: z.enum(['error', 'warning']),
      outcome: z.enum(['pass', 'fail', 'unconfirmed', 'skip', 'observed']),
      expected: z.string().optional(),
      actual: z.string().optional(),
    }),
  ),
});
type ReportFile = z.infer<typeof ReportFileSchema>;

/** A check's standing in one report; `warning` is a failed advisory, `absent` not in the report. */
type Standing = 'pass' | 'fail' | 'warning' | 'unconfirmed' | 'skip' | 'observed' | 'absent';

export interface Change {
  id: string;
  title: string;
  before: Standing;
  after: Standing;
  /** For a new failure: what the new report expected and received. */
  expected?: string;
  actual?: string;
}

export interface ReportDiff {
  newFailures: Change[];
  stillFailing: Change[];
  fixed: Change[];
  /** In the old report and not in the new: coverage lost, whatever the check's old outcome. */
  lost: Change[];
  unconfirmedChanges: Change[];
  /** In the new report only, and not failing (a new check that fails is a new failure). */
  appeared: Change[];
  /** Checks that passed or warned before and skip now: coverage lost, not a fix. */
  lostCoverage: Change[];
  otherChanges: Change[];
}

interface Standed {
  title: string;
  standing: Standing;
  expected?: string;
  actual?: string;
}

function standings(report: ReportFile): Map<string, Standed> {
  return new Map(
    report.checks.map((c) => [
      c.id,
      {
        title: c.title,
        standing: c.outcome === 'fail' && c.severity === 'warning' ? 'warning' : c.outcome,
        expected: c.expected,
        actual: c.actual,
      },
    ]),
  );
}

/** Sorts every check of either report by how its outcome moved between them. */
export function diffReports(before: ReportFile, after: ReportFile): ReportDiff {
  const old = standings(before);
  const now = standings(after);
  const diff: ReportDiff = {
    newFailures: [],
    stillFailing: [],
    fixed: [],
    lost: [],
    unconfirmedChanges: [],
    appeared: [],
    lostCoverage: [],
    otherChanges: [],
  };
  for (const id of new Set([...old.keys(), ...now.keys()])) {
    const change: Change = {
      id,
      // Stryker disable next-line OptionalChaining: an id is in one report at least, so old is read only when it holds it
      title: now.get(id)?.title ?? old.get(id)?.title ?? id,
      before: old.get(id)?.standing ?? 'absent',
      after: now.get(id)?.standing ?? 'absent',
    };
    const { before: b, after: a } = change;
    const latest = now.get(id);
    if (a === 'fail' && b !== 'fail')
      diff.newFailures.push({ ...change, expected: latest?.expected, actual: latest?.actual });
    else if (a === 'fail') diff.stillFailing.push(change);
    else if (a === 'absent') diff.lost.push(change);
    else if (b === 'fail' && a === 'pass') diff.fixed.push(change);
    else if (a === b) continue;
    else if (b === 'absent') diff.appeared.push(change);
    else if (a === 'unconfirmed' || b === 'unconfirmed') diff.unconfirmedChanges.push(change);
    else if (a === 'skip' && (b === 'pass' || b === 'warning')) diff.lostCoverage.push(change);
    else diff.otherChanges.push(change);
  }
  return diff;
}

export function readReportFile(path: string): ReportFile {
  let text: string;
  try {
    // Stryker disable next-line StringLiteral: without an encoding JSON.parse reads the Buffer as UTF-8 too
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SetupError(`cannot read ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SetupError(`${path} is not JSON: expected a report written with --json`);
  }
  const parsed = ReportFileSchema.safeParse(json);
  if (!parsed.success)
    throw new SetupError(`${path} is not a conformance JSON report (written with --json)`);
  return parsed.data;
}

/** Each group: its heading, and its name in the closing counts. */
const GROUPS: [keyof ReportDiff, string, string][] = [
  ['newFailures', 'New failures', 'new failures'],
  ['stillFailing', 'Still failing', 'still failing'],
  ['fixed', 'Fixed', 'fixed'],
  ['lost', 'Lost (in the old report, not in the new)', 'lost'],
  ['unconfirmedChanges', 'Unconfirmed changes', 'unconfirmed changes'],
  ['lostCoverage', 'Lost coverage (checked before, skipped now)', 'lost coverage'],
  ['appeared', 'New checks', 'new checks'],
  ['otherChanges', 'Other changes', 'other changes'],
];

export function formatDiff(diff: ReportDiff, before: ReportFile, after: ReportFile): string {
  const lines = [`Comparing ${before.target} (old) with ${after.target} (new)`];
  for (const [key, heading] of GROUPS) {
    if (diff[key].length === 0) continue;
    lines.push('', `${heading} (${diff[key].length}):`);
    for (const c of diff[key]) {
      lines.push(`  ${c.id}: ${c.before} → ${c.after}  ${c.title}`);
      if (c.expected) lines.push(`      - expected: ${c.expected}`);
      if (c.actual) lines.push(`      + received: ${c.actual}`);
    }
  }
  const counts = GROUPS.map(([key, , counted]) => `${diff[key].length} ${counted}`);
  lines.push('', counts.join(', '));
  return lines.join('\n');
}

/** `9app-conformance diff OLD.json NEW.json`: exit 1 when NEW fails a check OLD did not. */
export function runDiff(args: string[], print: (line: string) => void): number {
  const [oldPath, newPath, ...rest] = args;
  if (!oldPath || !newPath || rest.length)
    throw new SetupError('usage: 9app-conformance diff OLD.json NEW.json');
  const before = readReportFile(oldPath);
  const after = readReportFile(newPath);
  const diff = diffReports(before, after);
  print(formatDiff(diff, before, after));
  return diff.newFailures.length > 0 ? 1 : 0;
}
