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
      outcome: z.enum(['pass', 'fail', 'unconfirmed', 'skip']),
    }),
  ),
});
type ReportFile = z.infer<typeof ReportFileSchema>;

/** A check's standing in one report; `warning` is a failed advisory, `absent` not in the report. */
type Standing = 'pass' | 'fail' | 'warning' | 'unconfirmed' | 'skip' | 'absent';

export interface Change {
  id: string;
  title: string;
  before: Standing;
  after: Standing;
}

export interface ReportDiff {
  newFailures: Change[];
  stillFailing: Change[];
  fixed: Change[];
  unconfirmedChanges: Change[];
  otherChanges: Change[];
}

function standings(report: ReportFile): Map<string, { title: string; standing: Standing }> {
  return new Map(
    report.checks.map((c) => [
      c.id,
      {
        title: c.title,
        standing: c.outcome === 'fail' && c.severity === 'warning' ? 'warning' : c.outcome,
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
    unconfirmedChanges: [],
    otherChanges: [],
  };
  for (const id of new Set([...old.keys(), ...now.keys()])) {
    const change: Change = {
      id,
      title: now.get(id)?.title ?? old.get(id)?.title ?? id,
      before: old.get(id)?.standing ?? 'absent',
      after: now.get(id)?.standing ?? 'absent',
    };
    const { before: b, after: a } = change;
    if (a === 'fail') (b === 'fail' ? diff.stillFailing : diff.newFailures).push(change);
    else if (b === 'fail' && a === 'pass') diff.fixed.push(change);
    else if (a === b) continue;
    else if (a === 'unconfirmed' || b === 'unconfirmed') diff.unconfirmedChanges.push(change);
    else diff.otherChanges.push(change);
  }
  return diff;
}

export function readReportFile(path: string): ReportFile {
  let text: string;
  try {
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

const GROUPS: [keyof ReportDiff, string][] = [
  ['newFailures', 'New failures'],
  ['stillFailing', 'Still failing'],
  ['fixed', 'Fixed'],
  ['unconfirmedChanges', 'Unconfirmed changes'],
  ['otherChanges', 'Other changes'],
];

export function formatDiff(diff: ReportDiff, before: ReportFile, after: ReportFile): string {
  const lines = [`Comparing ${before.target} (old) with ${after.target} (new)`];
  for (const [key, heading] of GROUPS) {
    if (diff[key].length === 0) continue;
    lines.push('', `${heading} (${diff[key].length}):`);
    for (const c of diff[key]) lines.push(`  ${c.id}: ${c.before} → ${c.after}  ${c.title}`);
  }
  const counts = GROUPS.map(([key, heading]) => `${diff[key].length} ${heading.toLowerCase()}`);
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
